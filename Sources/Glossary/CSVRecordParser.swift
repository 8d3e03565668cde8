/// Splits CSV text (RFC 4180) into records, fed one line at a time: quoted fields may hold
/// commas, doubled quotes and line ends, so one record may span several lines.
///
///     var parser = CSVRecordParser()
///     parser.feed(line: "th,en", number: 1)      // → record ["th", "en"] starting at line 1
///     parser.feed(line: "\"a", number: 2)         // → nil (inside quotes)
///     parser.feed(line: "b\",c", number: 3)       // → record ["a\nb", "c"] starting at line 2
struct CSVRecordParser {
  /// A complete record and the line it starts on.
  struct Record {
    var fields: [String]
    var line: Int
  }

  private var fields: [String] = []
  private var field: [Unicode.Scalar] = []
  private var inQuotes = false
  private var fieldWasQuoted = false
  private var startLine = 0
  /// Quote characters found inside unquoted fields (`ab"c`), with their lines: kept literally.
  private(set) var strayQuotes: [Int] = []

  /// Whether a record is open (a quoted field not closed yet).
  var isInsideRecord: Bool { inQuotes }
  /// The line where the open record started.
  var openRecordLine: Int { startLine }

  /// Feeds one line (without its line end); returns the record it completes, if any.
  mutating func feed(line: String, number: Int) -> Record? {
    if !inQuotes {
      startLine = number
      fields = []
      field = []
      fieldWasQuoted = false
    } else {
      field.append("\n")
    }
    var scalars = line.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let c = pending ?? scalars.next() {
      pending = nil
      if inQuotes {
        if c == "\"" {
          if let next = scalars.next() {
            if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
          } else {
            inQuotes = false
          }
        } else {
          field.append(c)
        }
      } else if c == "," {
        endField()
      } else if c == "\"" && field.isEmpty && !fieldWasQuoted {
        inQuotes = true
        fieldWasQuoted = true
      } else {
        if c == "\"" { strayQuotes.append(number) }
        field.append(c)
      }
    }
    if inQuotes { return nil }
    endField()
    return Record(fields: fields, line: startLine)
  }

  private mutating func endField() {
    fields.append(String(String.UnicodeScalarView(field)))
    field = []
    fieldWasQuoted = false
  }

  /// One record as CSV text (without a line end): fields quoted when they hold a comma, a quote,
  /// a line end or leading/trailing spaces.
  static func format(_ fields: [String], lineEnding: String = "\n") -> String {
    fields.map { field in
      let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        || field.first?.isWhitespace == true || field.last?.isWhitespace == true
      guard needsQuotes else { return field }
      var text = field.replacing("\"", with: "\"\"")
      if lineEnding != "\n" { text = text.replacing("\r\n", with: "\n").replacing("\n", with: lineEnding) }
      return "\"" + text + "\""
    }.joined(separator: ",")
  }
}
