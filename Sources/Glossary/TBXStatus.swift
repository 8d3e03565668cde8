/// TBX `administrativeStatus` / `normativeAuthorization` values and glossary statuses.
enum TBXStatus {
  /// The status a TBX value means: `preferredTerm-admn-sts` preferred, `admittedTerm-admn-sts`
  /// admitted, `deprecatedTerm-admn-sts`, `supersededTerm-admn-sts` or `forbidden` forbidden
  /// (also without the `-admn-sts` suffix); nil for anything else.
  static func status(_ raw: String) -> TermStatus? {
    var value = raw.trimmingSpaces().lowercased()
    if value.hasSuffix("-admn-sts") { value.removeLast("-admn-sts".count) }
    switch value {
    case "preferredterm", "preferred", "standardizedterm", "legalterm", "regulatedterm": return .preferred
    case "admittedterm", "admitted": return .admitted
    case "deprecatedterm", "supersededterm", "deprecated", "superseded", "forbidden", "forbiddenterm":
      return .forbidden
    default: return nil
    }
  }

  /// The TBX v3 value written for a status.
  static func value(_ status: TermStatus) -> String {
    switch status {
    case .preferred: "preferredTerm-admn-sts"
    case .admitted: "admittedTerm-admn-sts"
    case .forbidden: "deprecatedTerm-admn-sts"
    }
  }
}
