import ArgumentParser

extension ThaiTM {
  struct Extend: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "extend",
      abstract: "Find names a glossary lacks and append them as candidates. (not built yet)")

    @Argument(parsing: .allUnrecognized, help: .hidden) var rest: [String] = []

    func run() async throws {
      throw NotBuiltYet(command: "extend")
    }
  }
}
