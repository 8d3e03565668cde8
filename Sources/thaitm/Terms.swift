import ArgumentParser
import Foundation
import Glossary
import ThaiText

extension ThaiTM {
  struct Terms: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "terms",
      abstract: "Show the glossary terms in each Thai sentence candidate, with their English.",
      discussion: """
        For each sentence candidate of each paragraph (split at spaces whose sentence-end prior \
        is at least --threshold): its text, then each glossary term found \
        in it (leftmost-longest, on word breaks) with the preferred English rendering. \
        JSON: {"sentences": [{"line", "start", "end", "text", "terms": [{"start", "end", \
        "text", "thai", "english", "concept", "type", "status"}]}]}; sentence offsets are \
        Unicode scalars in the input line, term offsets Unicode scalars in the sentence text.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, json
    }

    @Argument(help: "Thai text file, one paragraph a line ('-' for stdin).", completion: .file())
    var input: String

    @OptionGroup var glossaries: GlossaryOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Split paragraphs at spaces whose sentence-end prior is at least this (0: every space).")
    var threshold = 0.5

    @Option(name: .shortAndLong, help: "Output file ('-' for stdout).", completion: .file())
    var output = "-"

    /// For scripts/bench/matcher.sh: count the hits only, timings on stderr.
    @Flag(help: .hidden) var benchmark = false
    /// For scripts/bench/matcher.sh: word-break every paragraph with libthai instead, count breaks.
    @Flag(help: .hidden) var benchmarkWordBreaks = false

    func run() async throws {
      let clock = ContinuousClock()
      let started = clock.now
      // A file's paragraphs are read while the glossary loads and the matcher is built (their
      // errors are reported first, as when reading came after them). Standard input is read
      // afterwards: a glossary may come from it too, and it reads first.
      let input = self.input
      let read = { @Sendable () throws -> [(line: Int, text: String, offset: Int)] in
        var paragraphs: [(line: Int, text: String, offset: Int)] = []
        try Segment.forEachParagraph(path: input) { paragraphs.append(($0, $1, $2)) }
        return paragraphs
      }
      let reading = input == "-" ? nil : Task.detached(operation: read)
      let glossary = try glossaries.load()
      let loaded = clock.now
      let matcher: ThaiTermMatcher
      do {
        matcher = try ThaiTermMatcher(glossary: glossary)
      } catch let error as WordBreakerError {
        throw JobFailed("\(error)")
      }
      let built = clock.now
      let paragraphs = try await reading?.value ?? read()
      if paragraphs.isEmpty { Diagnostics.warning("\(input): no text to look terms up in (the input is empty or blank)") }
      let texts = paragraphs.map(\.text)
      if benchmark || benchmarkWordBreaks {
        let wordBreaks = benchmarkWordBreaks
        let counts = try await ParallelParagraphs.map(texts, matcher: matcher) { matcher, paragraph in
          if wordBreaks {
            let text = NormalizedText(paragraph)
            return matcher.wordBreaker.breaks(in: text.scalars, range: 0..<text.count).count
          }
          return matcher.occurrences(in: paragraph).count
        }
        let hits = counts.reduce(0, +)
        let matched = clock.now
        let terms = glossary.concepts.reduce(0) { $0 + $1.thai.count }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        Diagnostics.write(
          "terms \(terms) load \(loaded - started) build \(built - loaded) "
            + "(dictionary \(matcher.wordBreaker.builtDictionary ? "built" : "cached")) match \(matched - built) "
            + "user-cpu \(cpu)s libthai-calls \(matcher.wordBreaker.statistics.calls) "
            + "libthai-scalars \(matcher.wordBreaker.statistics.scalars)\n")
        print(hits)
        return
      }
      let allHits = try await ParallelParagraphs.map(texts, matcher: matcher) { $0.occurrences(in: $1) }
      var out = format == .json ? "{\"sentences\": [" : ""
      var firstSentence = true
      for ((line, paragraph, offset), hits) in zip(paragraphs, allHits) {
        var k = 0
        var scalarBase = 0
        var previous = paragraph.startIndex
        let protected = hits.map(\.match.range)
        for range in Segment.sentences(in: paragraph, protecting: protected, threshold: threshold) {
          scalarBase += paragraph.unicodeScalars.distance(from: previous, to: range.lowerBound)
          previous = range.lowerBound
          let sentenceLength = paragraph.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
          var inside: [TermOccurrence] = []
          while k < hits.count, hits[k].match.range.lowerBound < range.upperBound {
            if hits[k].match.range.lowerBound >= range.lowerBound { inside.append(hits[k]) }
            k += 1
          }
          let sentence = String(paragraph[range])
          switch format {
          case .text:
            out += "\(line)\t\(sentence)\n"
            for hit in inside { out += "\t\t" + Self.describe(hit, in: paragraph, glossary: glossary) + "\n" }
          case .json:
            out += firstSentence ? "\n" : ",\n"
            out += "  {\"line\": \(line), \"start\": \(offset + scalarBase), "
            out += "\"end\": \(offset + scalarBase + sentenceLength), \"text\": \(JSONString.quoted(sentence)), \"terms\": ["
            out += inside.map { Self.json($0, in: paragraph, sentenceStart: scalarBase, glossary: glossary) }
              .joined(separator: ", ")
            out += "]}"
          }
          firstSentence = false
        }
      }
      if format == .json { out += firstSentence ? "]}\n" : "\n]}\n" }
      try OutputFile(path: output).write(out)
    }

    /// `คิม จองอึน → Kim Jong Un (person)`, noting forbidden Thai spellings.
    static func describe(_ hit: TermOccurrence, in paragraph: String, glossary: Glossary) -> String {
      let concept = glossary.concepts[hit.match.concept]
      let thai = concept.thai[hit.match.term]
      var text = "\(paragraph[hit.match.range]) → \(concept.preferredEnglish?.text ?? "?")"
      let others = concept.allowedEnglish.map(\.text).filter { $0 != concept.preferredEnglish?.text }
      if !others.isEmpty { text += " (also: \(others.joined(separator: ", ")))" }
      if concept.type != .other { text += " [\(concept.type.rawValue)]" }
      if thai.status == .forbidden {
        let preferred = concept.thai.first { $0.status == .preferred }?.text
        text += " — forbidden Thai spelling" + (preferred.map { "; use \($0)" } ?? "")
      }
      return text
    }

    static func json(
      _ hit: TermOccurrence, in paragraph: String, sentenceStart: Int, glossary: Glossary
    ) -> String {
      let concept = glossary.concepts[hit.match.concept]
      let thai = concept.thai[hit.match.term]
      let start = hit.scalarRange.lowerBound - sentenceStart
      return "{\"start\": \(start), \"end\": \(start + hit.scalarRange.count), "
        + "\"text\": \(JSONString.quoted(String(paragraph[hit.match.range]))), \"thai\": \(JSONString.quoted(thai.text)), "
        + "\"english\": \(concept.preferredEnglish.map { JSONString.quoted($0.text) } ?? "null"), "
        + "\"concept\": \(hit.match.concept), \"type\": \"\(concept.type.rawValue)\", "
        + "\"status\": \"\(thai.status.rawValue)\"}"
    }
  }
}

