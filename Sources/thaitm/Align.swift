import Align
import ArgumentParser
import Foundation
import Glossary
import TMX
import ThaiText

extension ThaiTM {
  struct Align: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "align",
      abstract: "Align a Thai document with its English translation and write TMX.",
      discussion: """
        Inputs are UTF-8 text, one paragraph a line. A first Thai line ' date YYYY-MM-DD <headline>' \
        gives the TMX creation date and an x-date property; its headline is text. With as many \
        paragraphs on both sides, paragraphs are hard anchors. With --documents-per-line, line N of \
        TH and line N of EN are one document each (the NTREX format).
        """)

    @Argument(help: "Thai text file ('-' for stdin).", completion: .file()) var thai: String
    @Argument(help: "English text file.", completion: .file()) var english: String
    @OptionGroup var glossaries: GlossaryOptions
    @Option(name: .shortAndLong, help: "Output TMX file ('-' for stdout; .tsv writes th<TAB>en).")
    var output: String = "-"
    @Option(help: "Write a JSON report of every bead (low-confidence beads first).") var report: String?
    @Option(help: "How aligned glossary terms are marked: prop, hi or none.") var markTerms: TermMarking = .prop
    @Option(help: "Most Thai pieces in one bead.") var maxThaiPieces: Int = AlignmentOptions().maxThaiPieces
    @Option(help: "Most English sentences in one bead.") var maxEnglish: Int = 2
    @Option(help: "Beads scoring below this carry x-review.") var reviewThreshold: Double = 0.5
    @Flag(help: "Every line is a separate document (line N of TH with line N of EN).")
    var documentsPerLine = false
    @Option(help: "Lexicon file (th<TAB>en|en…). Default: the shipped data/lexicon.", completion: .file())
    var lexicon: String?
    @Flag(help: "Do not use a lexicon.") var noLexicon = false
    @Option(help: .hidden) var disableAnchor: [String] = []
    @Option(help: .hidden) var set: [String] = []
    @Flag(help: .hidden) var debug = false

    /// A progress bar on stderr (only when it is a terminal).
    final class ProgressBar: Sendable {
      let enabled: Bool
      init(enabled: Bool) { self.enabled = enabled }
      @Sendable func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = done * width / total
        Diagnostics.write(
          "\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
            + "] \(done)/\(total)")
      }
      func finish() { if enabled { Diagnostics.write("\r\u{1B}[K") } }
    }

    enum TermMarking: String, ExpressibleByArgument, CaseIterable { case prop, hi, none }

    func validate() throws {
      guard maxThaiPieces >= 1, maxThaiPieces <= 64 else { throw ValidationError("--max-thai-pieces must be 1…64.") }
      guard maxEnglish >= 1, maxEnglish <= 8 else { throw ValidationError("--max-english must be 1…8.") }
      guard (0...1).contains(reviewThreshold) else { throw ValidationError("--review-threshold must be 0…1.") }
      for name in disableAnchor where AnchorKind(rawValue: name) == nil {
        throw ValidationError(
          "unknown anchor '\(name)' (\(AnchorKind.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
    }

    func run() async throws {
      var options = AlignmentOptions()
      options.maxThaiPieces = maxThaiPieces
      options.maxEnglishSentences = maxEnglish
      options.reviewThreshold = reviewThreshold
      options.disabledAnchors = Set(disableAnchor.compactMap(AnchorKind.init(rawValue:)))
      var trainingPairs: Int? = nil
      for assignment in set {
        let parts = assignment.split(separator: "=")
        guard parts.count == 2, let v = Double(parts[1]) else {
          throw ValidationError("--set \(assignment): expected NAME=NUMBER")
        }
        switch parts[0] {
        case "skip": options.skipCost = v
        case "band": options.band = Int(v)
        case "epieces": options.maxEnglishPieces = Int(v)
        case "floor": options.thaiPriorFloor = v
        case "efloor": options.englishPriorFloor = v
        case "length": options.lengthWeight = v
        case "tprior": options.thaiPriorWeight = v
        case "dice": options.diceWeight = v
        case "eprior": options.englishPriorWeight = v
        case "variance": options.lengthVariance = v
        case "refine": options.refineWeight = v
        case "opener": options.openerWeight = v
        case "pairs": trainingPairs = Int(v)
        default:
          guard let kind = AnchorKind(rawValue: String(parts[0])) else {
            throw ValidationError("--set \(assignment): unknown setting '\(parts[0])'")
          }
          options.anchorWeights[kind] = v
        }
      }
      // The lexicon loads on another core while the glossary and the input are read.
      let (skipLexicon, lexiconPath) = (noLexicon, lexicon)
      let lexiconTask = Task.detached { try Self.loadLexicon(skip: skipLexicon, path: lexiconPath) }
      let glossary = try glossaries.load()
      let input = try readInput()
      let lexiconData = try await lexiconTask.value
      var aligner = try Aligner(glossary: glossary, lexicon: lexiconData, options: options)
      if let trainingPairs { aligner.trainingPairs = trainingPairs }
      // Each document is written as soon as it and those before it are aligned.
      let sink = try openOutput(header: input.header)
      let progress = ProgressBar(enabled: Diagnostics.stderrIsTerminal && input.count > 1)
      var done = 0
      try await aligner.align(streaming: input.documents) { document in
        try emit(document, glossary: glossary, into: sink)
        done += 1
        progress.update(done, input.count)
      }
      progress.finish()
      try input.finish()
      do { try sink.finish() } catch let error as TMXError { throw JobFailed("\(error)") }
      if let path = self.report {
        let report = AlignmentReport(results: sink.kept, glossary: glossary, reviewThreshold: reviewThreshold)
        try OutputFile(path: path).write(report.json())
      }
      summarize(sink.summary, missing: sink.missing)
    }

    /// The summary line, and the first glossary terms without an English rendering.
    func summarize(_ s: AlignmentReport.Summary, missing: [String]) {
      func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
      var line = "aligned \(counted(s.pairs, "sentence pair"))"
      if s.unpaired > 0 { line += ", \(counted(s.unpaired, "untranslated piece")) left out" }
      if s.review > 0 { line += ", \(s.review) to review (score < \(reviewThreshold))" }
      line += "; \(counted(s.termsAligned, "glossary term")) aligned"
      Diagnostics.note(line)
      guard s.termsMissing > 0 else { return }
      Diagnostics.warning("\(s.termsMissing) Thai glossary terms have no English rendering in their sentence pair")
      for line in missing { Diagnostics.write(line) }
      if s.termsMissing > missing.count { Diagnostics.write("  … see --report for all\n") }
    }

    func debugDump(_ results: [DocumentAlignment]) {
      for doc in results {
        for b in doc.beads {
          Diagnostics.write(
            "\(doc.name)\t\(b.thaiPieces)-\(b.englishPieces)\tcost=\(b.cost) len=\(b.lengthCost) anc=\(b.anchorBonus)\n  TH: \(b.thai)\n  EN: \(b.english)\n")
        }
      }
    }

    /// One TU per sentence pair, with document, paragraph, score, terms and review marks.
    func unit(_ bead: Bead, document: DocumentAlignment, number: Int, date: String?) -> TranslationUnit {
      var properties = [
        TMXProperty(type: "x-document", value: document.name),
        TMXProperty(type: "x-paragraph", value: String((bead.thaiParagraph ?? 0) + 1)),
        TMXProperty(type: "x-score", value: AlignmentReportNumber.format(bead.score)),
      ]
      let aligned = bead.terms.filter { $0.english != nil }
      if markTerms != .none, !aligned.isEmpty {
        let text = aligned.map { "\(bead.thai[$0.thai])=\(bead.english[$0.english!])" }.joined(separator: "; ")
        properties.append(TMXProperty(type: "x-terms", value: text))
      }
      if bead.score < reviewThreshold { properties.append(TMXProperty(type: "x-review", value: "low-score")) }
      var thaiSegment = TMX.Segment(String(bead.thai))
      var englishSegment = TMX.Segment(String(bead.english))
      if markTerms == .hi, !aligned.isEmpty {
        var thaiMarks: [(Range<String.Index>, Int)] = []
        var englishMarks: [(Range<String.Index>, Int)] = []
        for (k, t) in aligned.enumerated() {
          thaiMarks.append((t.thai, k + 1))
          englishMarks.append((t.english!, k + 1))
        }
        thaiSegment = Self.marked(bead.thai, thaiMarks)
        englishSegment = Self.marked(bead.english, englishMarks)
      }
      var unit = TranslationUnit(
        tuid: String(number), properties: properties,
        variants: [
          TranslationVariant(language: "th", segment: thaiSegment),
          TranslationVariant(language: "en", segment: englishSegment),
        ])
      unit.creationDate = date
      return unit
    }

    /// The text with each marked range wrapped in `<hi type="term" x="n">` (overlaps skipped).
    static func marked(_ text: Substring, _ marks: [(Range<String.Index>, Int)]) -> TMX.Segment {
      var content: [InlineContent] = []
      var position = text.startIndex
      for (range, n) in marks.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) where range.lowerBound >= position {
        if position < range.lowerBound { content.append(.text(String(text[position..<range.lowerBound]))) }
        content.append(
          .element(
            name: "hi",
            attributes: [TMXAttribute(name: "type", value: "term"), TMXAttribute(name: "x", value: String(n))],
            children: [.text(String(text[range]))]))
        position = range.upperBound
      }
      if position < text.endIndex { content.append(.text(String(text[position...]))) }
      return TMX.Segment(content: content)
    }

    static func loadLexicon(skip: Bool, path lexicon: String?) throws -> Lexicon {
      if skip { return Lexicon() }
      if let lexicon {
        do { return try Lexicon.load(path: lexicon) } catch { throw JobFailed(error.description) }
      }
      guard let shipped = try loadShippedLexicon() else {
        Diagnostics.warning("the shipped lexicon was not found; aligning without it (see --lexicon)")
        return Lexicon()
      }
      return shipped
    }

    /// The lexicon in `data/lexicon/` beside the shipped glossaries, or nil when there is none.
    static func loadShippedLexicon() throws -> Lexicon? {
      guard let path = shippedLexicon() else { return nil }
      do { return try Lexicon.load(path: path) } catch { throw JobFailed(error.description) }
    }

    /// `data/lexicon/th-en-lexicon.tsv` beside the shipped glossaries.
    static func shippedLexicon() -> String? {
      if let env = ProcessInfo.processInfo.environment["THAITM_LEXICON"], !env.isEmpty { return env }
      guard let glossaries = GlossaryOptions.shippedDirectory() else { return nil }
      let root = URL(fileURLWithPath: glossaries).deletingLastPathComponent()
      for candidate in ["data/lexicon/th-en-lexicon.tsv", "lexicon/th-en-lexicon.tsv"] {
        let path = root.appendingPathComponent(candidate).path
        if FileManager.default.fileExists(atPath: path) { return path }
      }
      return nil
    }

  }
}
