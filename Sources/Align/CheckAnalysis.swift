/// One pair checked by ``CheckEngine/analyze(_:)``: its findings and matches, and what it adds
/// to the cross-TU consistency tallies once ``CheckEngine/record(_:)`` takes it.
public struct CheckAnalysis: Sendable {
  /// The pair, its findings and its term matches.
  public var unit: CheckedUnit
  let contributions: [CheckConsistency.Contribution]
}
