import ArgumentParser

extension ThaiTM {
  struct Convert: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "convert",
      abstract: "Convert between TSV, JSONL and TMX. (not built yet)")

    @Argument(parsing: .allUnrecognized, help: .hidden) var rest: [String] = []

    func run() async throws {
      throw NotBuiltYet(command: "convert")
    }
  }
}
