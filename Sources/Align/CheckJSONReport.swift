import ThaiText

/// The JSON report, streamed: `{"input", "glossaries", "findings": […], "tus", "summary"}`.
///
/// Each finding: `tu`, `tuid` (or null), `check`, `severity`, `th_term` (or null), `expected`,
/// `found`, `th`, `en`, `message`, and also `fingerprint`, `line` (line-based inputs) and
/// `renderings` (consistency checks: `[{"text", "count", "tus"}]`). Keys are written in a fixed
/// order; `summary` comes last because it is known last.
public struct CheckJSONReport: CheckReport {
  var first = true

  /// Creates the report.
  public init() {}

  public mutating func begin<Out: TextOutputStream>(input: String, glossaries: [String], to out: inout Out) {
    out.write("{\"input\": \(JSONString.quoted(input)), \"glossaries\": [")
    out.write(glossaries.map(JSONString.quoted).joined(separator: ", "))
    out.write("], \"findings\": [")
  }

  public mutating func write<Out: TextOutputStream>(_ unit: CheckedUnit, to out: inout Out) {
    for f in unit.findings {
      out.write(first ? "\n  " : ",\n  ")
      first = false
      var s = "{\"tu\": \(f.tu), \"tuid\": \(f.tuid.map(JSONString.quoted) ?? "null"), "
      s += "\"check\": \(JSONString.quoted(f.check.rawValue)), \"severity\": \(JSONString.quoted(f.severity.rawValue)), "
      s += "\"th_term\": \(f.thTerm.map(JSONString.quoted) ?? "null"), "
      s += "\"expected\": \(JSONString.array(f.expected)), \"found\": \(JSONString.array(f.found)), "
      s += "\"th\": \(JSONString.quoted(f.th)), \"en\": \(JSONString.quoted(f.en)), "
      s += "\"message\": \(JSONString.quoted(f.message)), \"fingerprint\": \(JSONString.quoted(f.fingerprint))"
      if f.tu == unit.pair.position, let line = unit.pair.line { s += ", \"line\": \(line)" }
      if !f.renderings.isEmpty {
        let items = f.renderings.map {
          "{\"text\": \(JSONString.quoted($0.text)), \"count\": \($0.count), \"tus\": [\($0.tus.map(String.init).joined(separator: ", "))]}"
        }
        s += ", \"renderings\": [\(items.joined(separator: ", "))]"
      }
      out.write(s + "}")
    }
  }

  public mutating func end<Out: TextOutputStream>(_ summary: CheckSummary, to out: inout Out) {
    out.write(first ? "]" : "\n]")
    out.write(", \"tus\": \(summary.tus), \"summary\": {")
    out.write("\"error\": \(summary.count(.error)), \"warning\": \(summary.count(.warning)), \"info\": \(summary.count(.info)), ")
    let checks = CheckName.allCases.map { "\(JSONString.quoted($0.rawValue)): \(summary.byCheck[$0] ?? 0)" }
    out.write("\"by_check\": {\(checks.joined(separator: ", "))}, \"ignored\": \(summary.ignored)}}\n")
  }
}
