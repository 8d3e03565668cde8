import ArgumentParser
import Foundation
import Glossary
import ThaiText

extension ThaiTM {
  /// `thaitm glossary lint G...`: every problem of glossary files, one `path:line: kind: message`
  /// a line on stdout.
  struct GlossaryLint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lint",
      abstract: "Report duplicates, conflicts, unnormalized Thai and bad rows, with line numbers.",
      discussion: """
        Each finding is printed as 'path:line: kind: message'. Errors: empty-field, bad-keyword, \
        whitespace, unknown-variant, unnormalized (decomposed SARA AM, เเ, zero-width \
        characters, double spaces), conflict (one Thai term with two preferred English renderings \
        that are not variants). Warnings: duplicate, ambiguous-english (one English for two \
        unrelated Thai terms), unreachable (a Thai term whose first or last boundary is not a \
        libthai word break, so the matcher never finds it), type-conflict, csv-quote.
        Exit status: 0 no errors (warnings allowed unless --strict), 1 errors found, \
        2 a file could not be read.
        """)

    @Argument(
      help: "Glossary files (TSV, CSV or TBX). Default: the shipped glossaries.",
      completion: .file())
    var paths: [String] = []

    @Flag(help: "Skip the word-break check (needs libthai's dictionary).")
    var noWordBreaks = false

    @Flag(help: "Exit 1 on warnings too.")
    var strict = false

    func run() async throws {
      let files = try paths.isEmpty ? Self.shippedPaths() : paths
      var documents: [GlossaryDocument] = []
      for path in files { documents.append(try GlossaryDocument.load(path: path)) }
      var breaker: WordBreaker?
      if !noWordBreaks {
        let terms = documents.flatMap { $0.glossary.concepts.flatMap { $0.thai.map(\.text) } }
        do {
          breaker = try WordBreaker(adding: terms)
        } catch {
          Diagnostics.warning("word-break check skipped: \(error)")
        }
      }
      let findings = GlossaryLinter(wordBreaker: breaker).lint(documents)
      var output = ""
      for finding in findings { output += "\(finding)\n" }
      FileHandle.standardOutput.write(Data(output.utf8))
      let errors = findings.count { $0.severity == .error }
      let warnings = findings.count - errors
      let concepts = documents.reduce(0) { $0 + $1.glossary.concepts.count }
      Diagnostics.note(
        "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") "
          + "in \(concepts) concepts of \(documents.count) file\(documents.count == 1 ? "" : "s")")
      if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }

    /// Every .tsv/.csv/.tbx in the shipped glossaries folder, sorted.
    static func shippedPaths() throws -> [String] {
      guard let directory = GlossaryOptions.shippedDirectory() else {
        throw JobFailed(
          "no glossary given and the shipped glossaries were not found "
            + "(set THAITM_GLOSSARIES to the glossaries/ folder)")
      }
      return try FileManager.default.contentsOfDirectory(atPath: directory)
        .filter { [".tsv", ".csv", ".tbx"].contains(where: $0.hasSuffix) }
        .sorted().map { directory + "/" + $0 }
    }
  }
}
