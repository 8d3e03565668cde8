import ArgumentParser

extension ThaiTM {
  struct GlossaryLint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lint",
      abstract: "Report duplicates, conflicts and bad rows, with line numbers (not built yet)")

    @Argument(parsing: .allUnrecognized, help: .hidden) var rest: [String] = []

    func run() async throws {
      throw NotBuiltYet(command: "glossary lint")
    }
  }
}
