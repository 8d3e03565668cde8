/// Finds glossary English renderings in English text.
///
/// Placeholder: case-insensitive leftmost-longest search on word boundaries. The ThaiText work
/// replaces it (possessives, loose hyphen/space mode, per-entry case sensitivity).
public struct EnglishTermMatcher: Sendable {
  let terms: [(text: String, concept: Int, term: Int)]
  /// Whether hyphens and spaces inside a rendering are interchangeable.
  public let loose: Bool

  /// Builds the matcher for every English rendering of the glossary.
  public init(glossary: Glossary, loose: Bool = false) {
    var terms: [(String, Int, Int)] = []
    for (c, concept) in glossary.concepts.enumerated() {
      for (t, term) in concept.english.enumerated() where !term.text.isEmpty {
        terms.append((term.text.lowercased(), c, t))
      }
    }
    self.terms = terms.sorted { $0.0.count > $1.0.count }
    self.loose = loose
  }

  /// Leftmost-longest occurrences on word boundaries, ranges in `text`.
  public func matches(in text: String) -> [TermMatch] {
    let lower = text.lowercased()
    guard lower.count == text.count else { return [] }
    var out: [TermMatch] = []
    var offset = 0
    let chars = Array(lower)
    let indices = Array(text.indices) + [text.endIndex]
    outer: while offset < chars.count {
      if offset == 0 || !(chars[offset - 1].isLetter || chars[offset - 1].isNumber) {
        for (term, c, t) in terms {
          let n = term.count
          guard offset + n <= chars.count, String(chars[offset..<offset + n]) == term else { continue }
          if offset + n < chars.count, chars[offset + n].isLetter || chars[offset + n].isNumber { continue }
          out.append(TermMatch(concept: c, term: t, side: .english, range: indices[offset]..<indices[offset + n]))
          offset += n
          continue outer
        }
      }
      offset += 1
    }
    return out
  }
}
