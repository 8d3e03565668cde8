import Align
import ArgumentParser
import Foundation
import Glossary
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
      for assignment in set {
        let parts = assignment.split(separator: "=")
        guard parts.count == 2, let v = Double(parts[1]) else { continue }
        switch parts[0] {
        case "skip": options.skipCost = v
        case "band": options.band = Int(v)
        case "epieces": options.maxEnglishPieces = Int(v)
        case "floor": options.thaiPriorFloor = v
        case "length": options.lengthWeight = v
        case "tprior": options.thaiPriorWeight = v
        case "eprior": options.englishPriorWeight = v
        case "variance": options.lengthVariance = v
        default:
          if let kind = AnchorKind(rawValue: String(parts[0])) { options.anchorWeights[kind] = v }
        }
      }
      let glossary = try glossaries.load()
      let lexiconData = try loadLexicon()
      let input = try readInput()
      let aligner = try Aligner(glossary: glossary, lexicon: lexiconData, options: options)
      let results = await aligner.align(input.documents)
      if debug {
        for doc in results {
          for b in doc.beads {
            Diagnostics.write(
              "\(doc.name)\t\(b.thaiPieces)-\(b.englishPieces)\tcost=\(b.cost) len=\(b.lengthCost) anc=\(b.anchorBonus)\n  TH: \(b.thai)\n  EN: \(b.english)\n")
          }
        }
      }
      try writeTSV(results)
    }

    /// The input documents, and the date of the metadata line if any.
    struct Input {
      var documents: [DocumentPair]
      var header: DocumentHeader?
    }

    func readInput() throws -> Input {
      var thaiLines = try readLines(thai)
      let englishLines = try readLines(english)
      var header: DocumentHeader? = nil
      if let first = thaiLines.first, let h = DocumentHeader(parsing: first) {
        header = h
        thaiLines[0] = h.headline
      }
      if documentsPerLine {
        guard thaiLines.count == englishLines.count else {
          throw JobFailed(
            "\(english): \(englishLines.count) lines, but \(thai) has \(thaiLines.count): "
              + "with --documents-per-line line N of each file is one document")
        }
        let documents = zip(thaiLines, englishLines).enumerated().map { n, pair in
          DocumentPair(name: String(n + 1), thai: [pair.0], english: [pair.1])
        }
        return Input(documents: documents, header: header)
      }
      let name = (thai as NSString).lastPathComponent
      return Input(documents: [DocumentPair(name: name, thai: thaiLines, english: englishLines)], header: header)
    }

    func readLines(_ path: String) throws -> [String] {
      do {
        return try TextFile.lines(path: path)
      } catch let error as TextFileError {
        throw JobFailed(error.description)
      }
    }

    func loadLexicon() throws -> Lexicon {
      if noLexicon { return Lexicon() }
      if let lexicon {
        do { return try Lexicon.load(path: lexicon) } catch { throw JobFailed(error.description) }
      }
      guard let path = Self.shippedLexicon() else {
        Diagnostics.warning("the shipped lexicon was not found; aligning without it (see --lexicon)")
        return Lexicon()
      }
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

    func writeTSV(_ results: [DocumentAlignment]) throws {
      var out = ""
      for doc in results {
        for bead in doc.beads where bead.isPair {
          out += "\(bead.thai)\t\(bead.english)\n"
        }
      }
      try OutputFile(path: output).write(out)
    }
  }
}
