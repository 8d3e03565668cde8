import Align
import ArgumentParser
import Foundation
import Glossary
import ThaiText

extension ThaiTM {
  struct Segment: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "segment",
      abstract: "Show Thai sentence candidates, or word breaks.",
      discussion: """
        Without --words: the sentence candidates of each paragraph, one a line, a blank line \
        between paragraphs: the paragraph split at the spaces whose sentence-end prior \
        (SentenceCandidates) is at least --threshold. Glossary terms are never split \
        (คิม จองอึน stays whole). \
        With --words: each paragraph word-broken by libthai with the glossary's words added to \
        its dictionary, words separated by '|' (spaces kept as they are), or one word a line.
        """)

    @Argument(help: "Thai text file, one paragraph a line ('-' for stdin).", completion: .file())
    var input: String

    @Flag(help: "Show word breaks instead of sentence candidates.")
    var words = false

    @Flag(help: "With --words: one word a line (a blank line between paragraphs).")
    var onePerLine = false

    @Option(help: "With --words: the separator between words.")
    var separator = "|"

    @Flag(help: "Use libthai's dictionary alone, without the glossary's words.")
    var noGlossary = false

    @Option(help: "Split at spaces whose sentence-end prior is at least this (0: every space).")
    var threshold = 0.5

    @OptionGroup var glossaries: GlossaryOptions

    @Option(name: .shortAndLong, help: "Output file ('-' for stdout).", completion: .file())
    var output = "-"

    func run() async throws {
      let glossary = noGlossary ? Glossary() : try glossaries.load()
      let matcher: ThaiTermMatcher
      do {
        matcher = try ThaiTermMatcher(glossary: glossary)
      } catch let error as WordBreakerError {
        throw JobFailed("\(error)")
      }
      var out = ""
      var first = true
      var paragraphs = 0
      try Self.forEachParagraph(path: input) { _, paragraph, _ in
        paragraphs += 1
        if words {
          let pieces = matcher.wordBreaker.words(in: paragraph)
          if onePerLine {
            if !first { out += "\n" }
            for word in pieces where !word.allSatisfy(\.isWhitespace) { out += word + "\n" }
          } else {
            var previousWasWord = false
            for word in pieces {
              let isSpace = word.allSatisfy(\.isWhitespace)
              if !isSpace && previousWasWord { out += separator }
              out += word
              previousWasWord = !isSpace
            }
            out += "\n"
          }
        } else {
          if !first { out += "\n" }
          for range in Self.sentences(in: paragraph, matcher: matcher, threshold: threshold) { out += paragraph[range] + "\n" }
        }
        first = false
      }
      if paragraphs == 0 { Diagnostics.warning("\(input): no text to segment (the input is empty or blank)") }
      try OutputFile(path: output).write(out)
    }
  }
}

extension ThaiTM.Segment {
  /// Calls `body` with each paragraph of a Thai document: every non-blank line, and for a
  /// metadata line (` date YYYY-MM-DD headline`) its headline, with the Unicode scalar offset of
  /// the paragraph in its line.
  ///
  /// - Throws: `JobFailed` with `path:line: message` when the file cannot be read.
  static func forEachParagraph(
    path: String, _ body: (_ line: Int, _ paragraph: String, _ offset: Int) throws -> Void
  ) throws {
    do {
      try TextFile.forEachLine(path: path) { number, line in
        if line.allSatisfy(\.isWhitespace) { return }
        if number == 1, let header = DocumentHeader(parsing: line) {
          guard !header.headline.isEmpty, let range = line.range(of: header.headline) else { return }
          let offset = line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound)
          try body(number, header.headline, offset)
          return
        }
        try body(number, line, 0)
      }
    } catch let error as TextFileError {
      throw JobFailed("\(error)")
    }
  }

  /// The sentence candidates of a paragraph, as ranges of it: the pieces between the spaces
  /// that `SentenceCandidates` gives a sentence-end prior of at least `threshold`, never
  /// splitting a glossary term (คิม จองอึน).
  static func sentences(
    in paragraph: String, matcher: ThaiTermMatcher, threshold: Double
  ) -> [Range<String.Index>] {
    sentences(in: paragraph, protecting: matcher.matches(in: paragraph).map(\.range), threshold: threshold)
  }

  /// `sentences(in:matcher:threshold:)` with the glossary hits of the paragraph already found.
  static func sentences(
    in paragraph: String, protecting protected: [Range<String.Index>], threshold: Double
  ) -> [Range<String.Index>] {
    var out: [Range<String.Index>] = []
    var start = paragraph.startIndex
    for candidate in SentenceCandidates().candidateBoundaries(in: paragraph, protecting: protected)
    where candidate.prior >= threshold {
      let space = candidate.range
      if protected.contains(where: { $0.lowerBound < space.lowerBound && $0.upperBound > space.lowerBound }) {
        continue
      }
      if start < space.lowerBound { out.append(start..<space.lowerBound) }
      start = space.upperBound
    }
    if start < paragraph.endIndex { out.append(start..<paragraph.endIndex) }
    return out
  }
}
