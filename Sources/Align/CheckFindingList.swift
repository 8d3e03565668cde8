/// Collects one pair's findings and tally contributions.
struct FindingList {
  let pair: CheckPair
  let enabled: Set<CheckName>
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
