/// A term match with its place also given as Unicode scalar offsets of the searched text.
///
/// `TermMatch.range` indexes the original `String`; `scalarRange` is the same span counted in
/// Unicode scalars from the start of that text, for JSON and other consumers outside Swift.
public struct TermOccurrence: Sendable, Hashable {
  /// The match (concept, term, side, original range).
  public var match: TermMatch
  /// The span in Unicode scalar offsets of the original text.
  public var scalarRange: Range<Int>

  /// Creates an occurrence.
  public init(match: TermMatch, scalarRange: Range<Int>) {
    self.match = match
    self.scalarRange = scalarRange
  }
}
