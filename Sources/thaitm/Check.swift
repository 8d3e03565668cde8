import Align
import ArgumentParser
import Glossary


extension ThaiTM {
  /// `thaitm check`: term QA over a TMX, TSV or JSONL file, with a text, JSON or HTML report.
  struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Check term consistency in a TMX, TSV or JSONL file.",
      discussion: """
        Checks: \(CheckName.allCases.map { "\($0.rawValue) (\($0.severity.rawValue))" }.joined(separator: ", ")).
        Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 unreadable input.
        """)

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
      case error, warning, never
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, json, html
    }

    /// A check name on the command line.
    struct CheckArgument: ExpressibleByArgument {
      var name: CheckName
      init?(argument: String) {
        guard let name = CheckName(rawValue: argument) else { return nil }
        self.name = name
      }
      static var allValueStrings: [String] { CheckName.allCases.map(\.rawValue) }
    }

    @Argument(
      help: "TMX, TSV (th<TAB>en) or JSONL ({\"th\": …, \"en\": …}) file, by extension, else by its first bytes; '-' is stdin (TSV unless --from says otherwise).",
      completion: .file())
    var input: String

    @OptionGroup var glossaries: GlossaryOptions

    @Option(help: "Input format: tmx, tsv or jsonl (default: from the extension, else the first bytes).")
    var from: PairFileFormat?

    @Option(help: "Report format: text, json or html.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report here ('-' is stdout).", valueName: "report"))
    var output: String = "-"

    @Option(help: "Exit 1 when a finding is at or above this severity: error, warning or never.")
    var failOn: FailOn = .error

    @Option(help: ArgumentHelp("Do not run this check (repeatable).", valueName: "check"))
    var skip: [CheckArgument] = []

    @Option(help: ArgumentHelp("Suppress the findings whose fingerprints this file lists (repeatable).", valueName: "file"))
    var ignore: [String] = []

    @Option(help: ArgumentHelp("Write the fingerprints of this run's findings to this file.", valueName: "file"))
    var writeIgnore: String?

    func run() async throws {
      let glossary: Glossary
      do {
        glossary = try glossaries.load()
      } catch let error as GlossaryError {
        throw JobFailed(error.description)
      }
      let ignored = try CheckIgnoreList(paths: ignore)
      var engine = try CheckEngine(glossary: glossary, enabled: Set(CheckName.allCases).subtracting(skip.map(\.name)))
      let report = try ReportFile(path: output)
      let ignoreFile = try writeIgnore.map { try ReportFile(path: $0) }
      let summary: CheckSummary
      switch format {
      case .text:
        let colour = output == "-" && Diagnostics.stdoutIsTerminal
        var writer = CheckTextReport(colour: colour)
        summary = try await execute(&engine, &writer, report, ignored, ignoreFile, glossary)
      case .json:
        var writer = CheckJSONReport()
        summary = try await execute(&engine, &writer, report, ignored, ignoreFile, glossary)
      case .html:
        var writer = CheckHTMLReport(glossary: glossary)
        summary = try await execute(&engine, &writer, report, ignored, ignoreFile, glossary)
      }
      try report.commit()
      try ignoreFile?.commit()
      if summary.tus == 0 {
        // Nothing checked is no pass: an empty export or the wrong file should not look clean.
        Diagnostics.warning("\(input): no translation units to check (the input is empty or has no units)")
      }
      if output != "-" {
        let e = summary.count(.error), w = summary.count(.warning)
        Diagnostics.note(
          "checked \(summary.tus) TUs: \(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s"); report in \(output)")
      }
      if let threshold = FindingSeverity(rawValue: failOn.rawValue), summary.hasFindings(atLeast: threshold) {
        throw ExitCode(1)
      }
    }

    /// Streams the input through the engine into the report.
    func execute<R: CheckReport>(
      _ engine: inout CheckEngine, _ writer: inout R, _ report: ReportFile, _ ignored: CheckIgnoreList,
      _ ignoreFile: ReportFile?, _ glossary: Glossary
    ) async throws -> CheckSummary {
      var out = report
      var summary = CheckSummary()
      writer.begin(input: input, glossaries: glossary.paths, to: &out)
      ignoreFile?.write(CheckIgnoreList.header(input: input))
      let needsFingerprints = ignoreFile != nil || !ignored.fingerprints.isEmpty
      func handle(_ unit: CheckedUnit) {
        guard !unit.findings.isEmpty else { return }
        var kept = unit
        kept.findings = []
        for finding in unit.findings {
          // Hashed only when an ignore list needs it (the JSON report hashes on its own).
          let fingerprint = needsFingerprints ? finding.fingerprint : ""
          ignoreFile?.write(CheckIgnoreList.line(finding, fingerprint: fingerprint))
          if needsFingerprints, ignored.fingerprints.contains(fingerprint) {
            summary.ignored += 1
          } else {
            summary.add(finding)
            kept.findings.append(finding)
          }
        }
        if !kept.findings.isEmpty { writer.write(kept, to: &out) }
      }
      let snapshot = engine
      let format = from ?? PairFileFormat.of(input: input)
      // Swapped sides would check nothing and pass: refuse instead (exit 2), before any report
      // line when the input can be read twice, else at the end.
      let swapped = "the Thai and English sides (columns or xml:lang)"
      let fromStdin = input == "-"
      var script = fromStdin ? ScriptTally() : ScriptTally.sample(path: input, format: format)
      try script.requireNotSwapped(input, swapped)
      try await CheckPipeline.run(path: input, format: format, engine: snapshot) {
        let unit = engine.record($0)
        if fromStdin { script.add(thai: unit.pair.th, english: unit.pair.en) }
        handle(unit)
      }
      if fromStdin { try script.requireNotSwapped(input, swapped) }
      for finding in engine.finish() {
        let (thai, english) = engine.matches(th: finding.th, en: finding.en)
        let pair = CheckPair(th: finding.th, en: finding.en, tuid: finding.tuid, position: finding.tu)
        handle(CheckedUnit(pair: pair, findings: [finding], thaiMatches: thai, englishMatches: english))
      }
      summary.tus = engine.pairCount
      writer.end(summary, to: &out)
      return summary
    }
  }
}
