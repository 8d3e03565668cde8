public import Glossary

/// One sentence pair to check: a TU of a TMX, a TSV row or a JSONL record.
public struct CheckPair: Sendable, Hashable {
  /// The Thai segment (plain text).
  public var th: String
  /// The English segment (plain text); empty when the TU has none.
  public var en: String
  /// The TU's `tuid`, if any.
  public var tuid: String?
  /// 1-based position of the pair in the input.
  public var position: Int
  /// 1-based line of the input where the pair starts, when the format is line-based.
  public var line: Int?

  /// Creates a pair.
  public init(th: String, en: String, tuid: String? = nil, position: Int, line: Int? = nil) {
    self.th = th
    self.en = en
    self.tuid = tuid
    self.position = position
    self.line = line
  }
}

/// A pair with the findings it produced and the glossary terms found in it (for highlighting).
public struct CheckedUnit: Sendable {
  /// The pair.
  public var pair: CheckPair
  /// Its findings, in check order; empty when the pair is clean.
  public var findings: [Finding]
  /// Glossary terms found in the Thai (ranges in `pair.th`).
  public var thaiMatches: [TermMatch]
  /// Glossary renderings found in the English (ranges in `pair.en`).
  public var englishMatches: [TermMatch]

  /// Creates a unit.
  public init(pair: CheckPair, findings: [Finding], thaiMatches: [TermMatch], englishMatches: [TermMatch]) {
    self.pair = pair
    self.findings = findings
    self.thaiMatches = thaiMatches
    self.englishMatches = englishMatches
  }
}
