/// What a `TMXWriter` changed or left out, so a caller can print one warning per kind.
public struct TMXWriteReport: Sendable, Hashable {
  /// `<tu>` elements written.
  public var unitsWritten = 0
  /// Code points illegal in XML 1.0 (controls other than tab/LF/CR, U+FFFE, U+FFFF) replaced by
  /// U+FFFD, in segments, notes, properties and attributes.
  public var illegalCharactersReplaced = 0
  /// CR, LF or CRLF sequences inside segments replaced by one space.
  public var newlinesFolded = 0
  /// Units not written because a side was empty or missing.
  public var unitsSkipped = 0
  /// The first few skipped units, each named by its `tuid` or, without one, `#N` (its 1-based
  /// position among the units appended).
  public var firstSkipped: [String] = []

  /// How many skipped units `firstSkipped` keeps (memory stays constant).
  public static let skippedNamesKept = 5

  /// Creates an empty report.
  public init() {}
}
