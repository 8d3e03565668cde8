/// A report format of `thaitm check`: written as the check runs, so its memory does not grow
/// with the input (a header, then each TU that has findings, then the summary).
public protocol CheckReport {
  /// Writes what comes before the first finding.
  mutating func begin<Out: TextOutputStream>(input: String, glossaries: [String], to out: inout Out)
  /// Writes one TU's findings (`unit.findings` is not empty).
  mutating func write<Out: TextOutputStream>(_ unit: CheckedUnit, to out: inout Out)
  /// Writes the summary and what closes the report.
  mutating func end<Out: TextOutputStream>(_ summary: CheckSummary, to out: inout Out)
}

/// The three formats, by name (`--format`).
public enum CheckReportFormat: String, Sendable, CaseIterable {
  case text, json, html
}
