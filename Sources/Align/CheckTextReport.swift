/// The text report: one line per finding, `PATH:TU N: check: message`, then a summary.
///
///     seed.tmx:TU 5: missing-term: ปูติน: expected "Putin" in the English
///     checked 12 TUs: 1 error, 0 warnings (missing-term 1)
///
/// With `colour`, the check name is red for errors, yellow for warnings, cyan for info (ANSI).
public struct CheckTextReport: CheckReport {
  /// Whether to colour (the CLI sets it when stdout is a terminal).
  public var colour: Bool
  var input = ""

  /// Creates the report.
  public init(colour: Bool = false) {
    self.colour = colour
  }

  public mutating func begin<Out: TextOutputStream>(input: String, glossaries: [String], to out: inout Out) {
    self.input = input == "-" ? "<stdin>" : input
  }

  public mutating func write<Out: TextOutputStream>(_ unit: CheckedUnit, to out: inout Out) {
    for f in unit.findings {
      let name = paint(f.check.rawValue, f.severity)
      out.write("\(input):TU \(f.tu): \(name): \(f.message.replacingNewlines)\n")
    }
  }

  public mutating func end<Out: TextOutputStream>(_ summary: CheckSummary, to out: inout Out) {
    let e = summary.count(.error), w = summary.count(.warning), i = summary.count(.info)
    var line = "checked \(summary.tus) TU\(summary.tus == 1 ? "" : "s"): "
    line += "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")"
    if i > 0 { line += ", \(i) info" }
    let checks = summary.byCheck.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
    if !checks.isEmpty { line += " (" + checks.joined(separator: ", ") + ")" }
    if summary.ignored > 0 { line += "; \(summary.ignored) ignored" }
    out.write(line + "\n")
  }

  func paint(_ text: String, _ severity: FindingSeverity) -> String {
    guard colour else { return text }
    let code = switch severity {
    case .error: "31"
    case .warning: "33"
    case .info: "36"
    }
    return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
  }
}

extension String {
  /// Line breaks (a TU may hold them) as visible `⏎`, so one finding stays one line.
  var replacingNewlines: String {
    guard contains(where: \.isNewline) else { return self }
    return String(map { $0.isNewline ? "⏎" : $0 })
  }
}
