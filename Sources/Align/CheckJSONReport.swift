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
    out.write("{\"input\": \(JSON.string(input)), \"glossaries\": [")
    out.write(glossaries.map(JSON.string).joined(separator: ", "))
    out.write("], \"findings\": [")
  }

  public mutating func write<Out: TextOutputStream>(_ unit: CheckedUnit, to out: inout Out) {
    for f in unit.findings {
      out.write(first ? "\n  " : ",\n  ")
      first = false
      var s = "{\"tu\": \(f.tu), \"tuid\": \(f.tuid.map(JSON.string) ?? "null"), "
      s += "\"check\": \(JSON.string(f.check.rawValue)), \"severity\": \(JSON.string(f.severity.rawValue)), "
      s += "\"th_term\": \(f.thTerm.map(JSON.string) ?? "null"), "
      s += "\"expected\": \(JSON.array(f.expected)), \"found\": \(JSON.array(f.found)), "
      s += "\"th\": \(JSON.string(f.th)), \"en\": \(JSON.string(f.en)), "
      s += "\"message\": \(JSON.string(f.message)), \"fingerprint\": \(JSON.string(f.fingerprint))"
      if f.tu == unit.pair.position, let line = unit.pair.line { s += ", \"line\": \(line)" }
      if !f.renderings.isEmpty {
        let items = f.renderings.map {
          "{\"text\": \(JSON.string($0.text)), \"count\": \($0.count), \"tus\": [\($0.tus.map(String.init).joined(separator: ", "))]}"
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
    let checks = CheckName.allCases.map { "\(JSON.string($0.rawValue)): \(summary.byCheck[$0] ?? 0)" }
    out.write("\"by_check\": {\(checks.joined(separator: ", "))}, \"ignored\": \(summary.ignored)}}\n")
  }
}

/// JSON text for strings and string arrays (UTF-8 kept as is; quotes, backslashes and control
/// characters escaped).
enum JSON {
  static func string(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  static func array(_ items: [String]) -> String {
    "[" + items.map(string).joined(separator: ", ") + "]"
  }
}
