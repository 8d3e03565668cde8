/// What `TMXReader.nextText(languages:)` keeps of one `<tu>`: its `tuid` and the plain text of
/// one variant per language asked for.
public struct TMXUnitText: Sendable, Hashable {
  /// The `tuid` attribute, if any.
  public var tuid: String?
  /// For each language asked for, in that order: `Segment.plainText` of the first `<tuv>` whose
  /// language has the same primary subtag, or nil when the unit has none.
  public var texts: [String?]

  /// Creates the text of a unit.
  public init(tuid: String?, texts: [String?]) {
    self.tuid = tuid
    self.texts = texts
  }

  /// The text of `unit` for `languages`, as `nextText(languages:)` reads it.
  public init(_ unit: TranslationUnit, languages: [String]) {
    self.init(tuid: unit.tuid, texts: languages.map { unit.variant(for: $0)?.segment.plainText })
  }
}
