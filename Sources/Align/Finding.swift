/// The name of one check `thaitm check` runs; the raw value is the stable name in reports,
/// ignore files and `--fail-on` summaries.
public enum CheckName: String, Sendable, Hashable, CaseIterable, Comparable {
  /// A Thai glossary term occurs and none of its allowed English renderings does.
  case missingTerm = "missing-term"
  /// A Thai term occurs more often than its English renderings (two ปูติน, one Putin).
  case termCount = "term-count"
  /// A rendering the glossary marks forbidden is used.
  case forbiddenTerm = "forbidden-term"
  /// One Thai term rendered with different English in different TUs.
  case inconsistentTarget = "inconsistent-target"
  /// One English rendering coming from different Thai spellings in different TUs.
  case inconsistentSource = "inconsistent-source"
  /// The numbers of the two sides differ (Thai digits and separators understood).
  case numberMismatch = "number-mismatch"
  /// A Latin token of the Thai (KCNA, TASS, a URL) is missing from the English.
  case latinMismatch = "latin-mismatch"
  /// The English side is empty or identical to the Thai.
  case untranslated

  /// The severity a finding of this check has.
  public var severity: FindingSeverity {
    switch self {
    case .missingTerm, .forbiddenTerm, .numberMismatch, .untranslated: .error
    case .termCount, .inconsistentTarget, .inconsistentSource, .latinMismatch: .warning
    }
  }

  /// Orders checks as declared (the order of report summaries).
  public static func < (a: CheckName, b: CheckName) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// How serious a finding is; `--fail-on` compares against it.
public enum FindingSeverity: String, Sendable, Hashable, CaseIterable, Comparable {
  case info, warning, error

  /// `info < warning < error`.
  public static func < (a: FindingSeverity, b: FindingSeverity) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// How often one English rendering (or one Thai spelling) was seen, with example TUs.
public struct RenderingCount: Sendable, Hashable {
  /// The rendering (or spelling) as in the glossary.
  public var text: String
  /// Occurrences over the whole input.
  public var count: Int
  /// The first few TU positions (1-based) where it occurs; at most `CheckEngine.exampleLimit`.
  public var tus: [Int]

  /// Creates a count.
  public init(text: String, count: Int, tus: [Int]) {
    self.text = text
    self.count = count
    self.tus = tus
  }
}

/// One problem `thaitm check` found.
public struct Finding: Sendable, Hashable {
  /// 1-based position of the TU in the input.
  public var tu: Int
  /// The TU's `tuid`, if it has one.
  public var tuid: String?
  /// Which check found it.
  public var check: CheckName
  /// Its severity (the check's).
  public var severity: FindingSeverity
  /// The Thai term (or number, or Latin token) the finding is about, if any.
  public var thTerm: String?
  /// What the English should contain.
  public var expected: [String]
  /// What the English contains instead.
  public var found: [String]
  /// The Thai segment.
  public var th: String
  /// The English segment.
  public var en: String
  /// A sentence for people.
  public var message: String
  /// For the consistency checks: every rendering (or spelling) with its count and TUs.
  public var renderings: [RenderingCount]

  /// Creates a finding with the check's severity.
  public init(
    tu: Int, tuid: String?, check: CheckName, thTerm: String?, expected: [String] = [],
    found: [String] = [], th: String, en: String, message: String,
    renderings: [RenderingCount] = []
  ) {
    self.tu = tu
    self.tuid = tuid
    self.check = check
    self.severity = check.severity
    self.thTerm = thTerm
    self.expected = expected
    self.found = found
    self.th = th
    self.en = en
    self.message = message
    self.renderings = renderings
  }
}
