/// Collects one pair's findings and tally contributions.
struct FindingList {
  let pair: CheckPair
  let enabled: CheckMask
  var findings: [Finding] = []
  var contributions: [CheckConsistency.Contribution] = []

  mutating func add(_ check: CheckName, thTerm: String?, expected: [String] = [], found: [String] = [], message: String) {
    guard enabled.contains(check) else { return }
    findings.append(
      Finding(
        tu: pair.position, tuid: pair.tuid, check: check, thTerm: thTerm, expected: expected,
        found: found, th: pair.th, en: pair.en, message: message))
  }
}

/// A set of checks as bits: `contains` without hashing the check's name (a `Set<CheckName>`
/// hashes the raw value string on every lookup, several times per pair).
struct CheckMask: Sendable {
  private var bits: UInt16 = 0

  init(_ checks: Set<CheckName>) {
    for check in checks { bits |= Self.bit(check) }
  }

  func contains(_ check: CheckName) -> Bool { bits & Self.bit(check) != 0 }

  private static func bit(_ check: CheckName) -> UInt16 {
    switch check {
    case .missingTerm: 1 << 0
    case .termCount: 1 << 1
    case .forbiddenTerm: 1 << 2
    case .inconsistentTarget: 1 << 3
    case .inconsistentSource: 1 << 4
    case .numberMismatch: 1 << 5
    case .latinMismatch: 1 << 6
    case .untranslated: 1 << 7
    }
  }
}
