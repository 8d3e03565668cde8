/// Which side of a concept a match is on.
public enum TermSide: String, Sendable, Hashable {
  case thai, english
}

/// One occurrence of a glossary term in a text.
public struct TermMatch: Sendable, Hashable {
  /// Index of the concept in `Glossary.concepts`.
  public var concept: Int
  /// Index of the term in the concept's `thai` or `english` list.
  public var term: Int
  /// Which list `term` indexes.
  public var side: TermSide
  /// Where the occurrence is in the text that was searched (original, not normalized, indices).
  public var range: Range<String.Index>

  /// Creates a match.
  public init(concept: Int, term: Int, side: TermSide, range: Range<String.Index>) {
    self.concept = concept
    self.term = term
    self.side = side
    self.range = range
  }
}
