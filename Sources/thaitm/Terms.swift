import ArgumentParser

extension ThaiTM {
  struct Terms: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "terms",
      abstract: "Show the glossary terms in each Thai sentence candidate. (not built yet)")

    @Argument(parsing: .allUnrecognized, help: .hidden) var rest: [String] = []

    func run() async throws {
      throw NotBuiltYet(command: "terms")
    }
  }
}
