import ArgumentParser

extension ThaiTM {
  /// `thaitm glossary …`: glossary maintenance.
  struct GlossaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "glossary",
      abstract: "Glossary maintenance.",
      subcommands: [GlossaryLint.self])
  }
}
