/// Finds glossary Thai terms in Thai text.
///
/// Placeholder: plain leftmost-longest substring search without word-break validation. The
/// ThaiText work replaces it with an automaton over normalized scalars validated by libthai.
public struct ThaiTermMatcher: Sendable {
  let terms: [(text: String, concept: Int, term: Int)]

  /// Builds the matcher for every Thai term of the glossary.
  public init(glossary: Glossary) throws {
    var terms: [(String, Int, Int)] = []
    for (c, concept) in glossary.concepts.enumerated() {
      for (t, term) in concept.thai.enumerated() where !term.text.isEmpty {
        terms.append((term.text, c, t))
      }
    }
    self.terms = terms.sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
  }

  /// Leftmost-longest occurrences, ranges in `text`.
  public func matches(in text: String) -> [TermMatch] {
    var out: [TermMatch] = []
    var i = text.startIndex
    outer: while i < text.endIndex {
      for (term, c, t) in terms where text[i...].hasPrefix(term) {
        let end = text.index(i, offsetBy: term.count)
        out.append(TermMatch(concept: c, term: t, side: .thai, range: i..<end))
        i = end
        continue outer
      }
      i = text.index(after: i)
    }
    return out
  }
}
