import ArgumentParser

extension ThaiTM {
  struct Romanize: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "romanize",
      abstract: "Romanize Thai text (RTGS). (not built yet)")

    @Argument(parsing: .allUnrecognized, help: .hidden) var rest: [String] = []

    func run() async throws {
      throw NotBuiltYet(command: "romanize")
    }
  }
}
