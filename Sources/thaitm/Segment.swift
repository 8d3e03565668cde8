import ArgumentParser

extension ThaiTM {
  struct Segment: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "segment",
      abstract: "Show Thai sentence candidates or word breaks. (not built yet)")

    @Argument(parsing: .allUnrecognized, help: .hidden) var rest: [String] = []

    func run() async throws {
      throw NotBuiltYet(command: "segment")
    }
  }
}
