/// The metadata line that may open a Thai news document: ` date 2025-08-13 <headline>`.
///
/// It is not text to translate: the date becomes the TMX creation date and a property, the
/// headline stays text.
public struct DocumentHeader: Sendable, Hashable {
  /// Year, month and day as written.
  public var year: Int, month: Int, day: Int
  /// The rest of the line after the date (the headline), trimmed; may be empty.
  public var headline: String

  /// The date as `YYYY-MM-DD`.
  public var isoDate: String {
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// Parses a metadata line, or returns nil when the line is ordinary text.
  ///
  ///     DocumentHeader(parsing: " date 2025-08-13 ปูตินถกผู้นำคิม")?.isoDate  // "2025-08-13"
  public init?(parsing line: some StringProtocol) {
    var rest = Substring(line)
    if rest.unicodeScalars.first == "\u{FEFF}" { rest = Substring(rest.unicodeScalars.dropFirst()) }
    rest = rest.drop(while: { $0 == " " || $0 == "\t" })
    guard rest.hasPrefix("date ") else { return nil }
    rest = rest.dropFirst(5).drop(while: { $0 == " " })
    let dateText = rest.prefix(while: { !$0.isWhitespace })
    let parts = dateText.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      (1...12).contains(m), (1...31).contains(d)
    else { return nil }
    year = y
    month = m
    day = d
    let tail = rest.dropFirst(dateText.count)
    headline = String(tail.drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
  }
}
