import ArgumentParser

extension ThaiTM {
  struct Align: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "align",
      abstract: "Align a Thai document with its English translation and write TMX. (not built yet)")

    @Argument(parsing: .allUnrecognized, help: .hidden) var rest: [String] = []

    func run() async throws {
      throw NotBuiltYet(command: "align")
    }
  }
}
