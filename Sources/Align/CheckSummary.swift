/// Counts of a check run: TUs, findings by severity and by check.
public struct CheckSummary: Sendable, Hashable {
  /// TUs (pairs) read.
  public var tus = 0
  /// Findings per severity (reported ones only: ignored findings are not counted).
  public var bySeverity: [FindingSeverity: Int] = [:]
  /// Findings per check.
  public var byCheck: [CheckName: Int] = [:]
  /// Findings suppressed by an ignore list.
  public var ignored = 0

  /// An empty summary.
  public init() {}

  /// Counts one reported finding.
  public mutating func add(_ finding: Finding) {
    bySeverity[finding.severity, default: 0] += 1
    byCheck[finding.check, default: 0] += 1
  }

  /// The number of findings of this severity.
  public func count(_ severity: FindingSeverity) -> Int { bySeverity[severity] ?? 0 }

  /// Whether any finding is at or above `severity`.
  public func hasFindings(atLeast severity: FindingSeverity) -> Bool {
    bySeverity.contains { $0.key >= severity && $0.value > 0 }
  }
}
