import Align

/// Fingerprints of findings to keep quiet (`--ignore`), as `--write-ignore` writes them: one a
/// line, `FINGERPRINT<TAB>check<TAB>TU n<TAB>term<TAB>message` (only the first field counts; the
/// rest is for people), `#` comments and blank lines allowed.
struct CheckIgnoreList {
  var fingerprints: Set<String> = []

  /// Reads and merges ignore files.
  init(paths: [String]) throws {
    for path in paths {
      try CheckInput.lines(path) { number, line in
        let field = line.prefix { !$0.isWhitespace }
        if field.isEmpty || field.hasPrefix("#") { return }
        guard field.count == 16, field.allSatisfy(\.isHexDigit) else {
          throw JobFailed("\(path):\(number): expected a 16-hex-digit fingerprint, found '\(field.prefix(40))'")
        }
        fingerprints.insert(field.lowercased())
      }
    }
  }

  /// The header of a written ignore file.
  static func header(input: String) -> String {
    "# thaitm check ignore list for \(input): fingerprint<TAB>check<TAB>TU<TAB>term<TAB>message\n"
      + "# Use with: thaitm check IN --ignore FILE. Delete a line to report that finding again.\n"
  }

  /// The line for one finding.
  static func line(_ finding: Finding, fingerprint: String) -> String {
    let message = finding.message.map { $0 == "\t" || $0.isNewline ? " " : $0 }
    return "\(fingerprint)\t\(finding.check.rawValue)\tTU \(finding.tu)\t\(finding.thTerm ?? "-")\t\(String(message))\n"
  }
}
