import ThaiText

extension GlossaryLinter {
  /// Words around a term when testing whether the matcher can find it: (before, after).
  /// Common function words that stand next to names in Thai news.
  static let contexts: [(String, String)] = [("ที่", "ได้"), ("กับ", "ว่า"), ("และ", "จะ")]

  /// Thai terms that the matcher (libthai with every glossary word added) finds in none of the
  /// `contexts`: their first or last boundary is never a word break, so they never match.
  static func unreachable(_ glossary: Glossary, wordBreaker: WordBreaker) -> [GlossaryIssue] {
    let matcher = ThaiTermMatcher(glossary: glossary, wordBreaker: wordBreaker)
    var out: [GlossaryIssue] = []
    var checked = Set<String>()
    for concept in glossary.concepts {
      for term in concept.thai {
        guard let location = term.location, checked.insert(term.text).inserted,
          term.text.unicodeScalars.contains(where: { (0x0E01...0x0E5B).contains($0.value) })
        else { continue }
        // Unnormalized spellings are reported as such; test the form the matcher sees.
        let written = NormalizedText.normalize(term.text)
        var startFails = 0
        var endFails = 0
        var found = false
        for (before, after) in contexts {
          let text = before + written + after
          let lower = before.utf8.count
          let upper = lower + written.utf8.count
          let spans = matcher.matches(in: text).map {
            (text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound),
             text.utf8.distance(from: text.startIndex, to: $0.range.upperBound))
          }
          if spans.contains(where: { $0 == (lower, upper) }) {
            found = true
            break
          }
          // Which side failed: does a break fall where the term starts / ends?
          let breaks = Set(wordBreaker.breakOffsets(in: text))
          let scalarsBefore = before.unicodeScalars.count
          if !breaks.contains(scalarsBefore) { startFails += 1 }
          if !breaks.contains(scalarsBefore + written.unicodeScalars.count) { endFails += 1 }
        }
        guard !found else { continue }
        let why =
          switch (startFails > 0, endFails > 0) {
          case (true, true): "its start and end are not libthai word breaks"
          case (true, false): "its start is not a libthai word break"
          case (false, true): "its end is not a libthai word break"
          case (false, false): "the matcher does not find it as written (a space next to a non-Thai character?)"
          }
        let tried = contexts.map { "\($0.0)…\($0.1)" }.joined(separator: ", ")
        out.append(
          GlossaryIssue(location: location, severity: .warning, kind: "unreachable",
            message: "'\(term.text)' is never found in running text: \(why) (tried \(tried))"))
      }
    }
    return out
  }
}
