import ArgumentParser

extension ThaiTM {
  struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Check term consistency in a TMX, TSV or JSONL file. (not built yet)")

    @Argument(parsing: .allUnrecognized, help: .hidden) var rest: [String] = []

    func run() async throws {
      throw NotBuiltYet(command: "check")
    }
  }
}
