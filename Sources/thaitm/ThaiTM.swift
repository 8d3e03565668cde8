import ArgumentParser

/// The `thaitm` command: Thai–English alignment, TMX, term checks and glossary growth.
@main
struct ThaiTM: AsyncParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "thaitm",
    abstract: "Align Thai with English, write TMX, check and extend glossaries of names.",
    discussion: """
      Exit codes: 0 done (check: clean), 1 check found problems, 2 could not do the job \
      (unreadable or malformed input, I/O), 64 bad usage.
      """,
    version: version,
    subcommands: [
      Align.self, Convert.self, Check.self, Extend.self, Terms.self, Segment.self,
      Romanize.self, GlossaryCommand.self,
    ])

  /// Errors that ArgumentParser defines (`ExitCode`, `CleanExit`, `ValidationError`, and its
  /// internal help and parse errors) keep ArgumentParser's own handling.
  static func isArgumentParserError(_ error: any Error) -> Bool {
    String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
  }

  /// Parses, runs, and maps errors to DESIGN.md's exit codes in one place: usage errors 64 and
  /// `--help`/`--version` as ArgumentParser does; `ExitCode(n)` as thrown; any other error from a
  /// running subcommand means the job could not be done: its description (`path:line: message`)
  /// goes to stderr and the exit code is 2.
  static func main() async {
    let command: any ParsableCommand
    do {
      command = try parseAsRoot()
    } catch {
      exit(withError: error)
    }
    do {
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        var syncCommand = command
        try syncCommand.run()
      }
    } catch where isArgumentParserError(error) {
      exit(withError: error)
    } catch {
      Diagnostics.write("thaitm: error: \(error)\n")
      exit(withError: ExitCode(2))
    }
  }
}
