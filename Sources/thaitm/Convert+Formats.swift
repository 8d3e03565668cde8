import TMX
import ThaiText

/// One source/target pair as `convert` writes it to TSV or JSONL.
struct PairRow {
  var source: String
  var target: String
  var note: String
  var tuid: String?

  /// The pair of a unit (by primary language subtag); nil when a side is missing or empty.
  init?(_ unit: TranslationUnit, source: String, target: String) {
    guard let s = unit.variant(for: source)?.segment.plainText,
      let t = unit.variant(for: target)?.segment.plainText,
      hasVisibleText(s), hasVisibleText(t)
    else { return nil }
    self.source = s
    self.target = t
    self.note = unit.notes.joined(separator: "; ")
    self.tuid = unit.tuid
  }

  /// Writes `source<TAB>target[<TAB>note]\n`; tabs and line breaks inside a field become
  /// spaces (counted in `folded`).
  func writeTSV(to out: StreamingOutput, folded: inout Int) throws {
    try out.write(Self.field(source, &folded))
    try out.write("\t")
    try out.write(Self.field(target, &folded))
    if !note.isEmpty {
      try out.write("\t")
      try out.write(Self.field(note, &folded))
    }
    try out.write("\n")
  }

  /// `{"th":…,"en":…[,"note":…][,"tuid":…]}\n`.
  func jsonLine(source sourceKey: String, target targetKey: String) -> String {
    var line = "{" + JSONString.quoted(sourceKey) + ":" + JSONString.quoted(source) + ","
      + JSONString.quoted(targetKey) + ":" + JSONString.quoted(target)
    if !note.isEmpty { line += ",\"note\":" + JSONString.quoted(note) }
    if let tuid { line += ",\"tuid\":" + JSONString.quoted(tuid) }
    return line + "}\n"
  }

  private static func field(_ text: String, _ folded: inout Int) -> String {
    guard hasTabOrLineBreak(text) else { return text }
    var out = ""
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = scalar == "\r"
      if scalar == "\t" || scalar == "\n" || scalar == "\r" {
        folded += 1
        out += " "
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

/// Counts of what `convert` changed or left out, printed as one warning per kind.
struct ConversionNotes {
  var illegalReplaced = 0
  var newlinesFolded = 0
  var fieldsCleaned = 0
  var skipped = 0
  var firstSkipped: [String] = []

  mutating func skip(_ where_: String) {
    skipped += 1
    if firstSkipped.count < 5 { firstSkipped.append(where_) }
  }

  mutating func add(_ report: TMXWriteReport) {
    illegalReplaced += report.illegalCharactersReplaced
    newlinesFolded += report.newlinesFolded
    skipped += report.unitsSkipped
    firstSkipped += report.firstSkipped.prefix(max(0, 5 - firstSkipped.count))
  }

  mutating func merge(_ other: ConversionNotes) {
    illegalReplaced += other.illegalReplaced
    newlinesFolded += other.newlinesFolded
    fieldsCleaned += other.fieldsCleaned
    skipped += other.skipped
    firstSkipped += other.firstSkipped.prefix(max(0, 5 - firstSkipped.count))
  }

  func print() {
    if illegalReplaced > 0 {
      Diagnostics.warning("replaced \(illegalReplaced) character(s) not allowed in XML 1.0 with U+FFFD")
    }
    if newlinesFolded > 0 {
      Diagnostics.warning("replaced \(newlinesFolded) line break(s) inside segments with a space")
    }
    if fieldsCleaned > 0 {
      Diagnostics.warning("replaced \(fieldsCleaned) tab(s) or line break(s) inside TSV fields with a space")
    }
    if skipped > 0 {
      let more = skipped > firstSkipped.count ? ", …" : ""
      Diagnostics.warning(
        "skipped \(skipped) unit(s) with an empty or missing side (\(firstSkipped.joined(separator: ", "))\(more))")
    }
  }
}

/// Whether `text` holds a tab, LF or CR: eight bytes at a time, looking closer only at words
/// with a byte below 0x0E.
func hasTabOrLineBreak(_ text: String) -> Bool {
  var text = text
  return text.withUTF8 { bytes in
    guard let base = bytes.baseAddress else { return false }
    let count = bytes.count
    let ones: UInt64 = 0x0101_0101_0101_0101
    var i = 0
    while i + 8 <= count {
      let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      if (word &- ones &* 0x0E) & ~word & (ones &* 0x80) != 0 {
        for b in UnsafeBufferPointer(rebasing: bytes[i..<i + 8]) where b == 0x09 || b == 0x0A || b == 0x0D {
          return true
        }
      }
      i += 8
    }
    for b in UnsafeBufferPointer(rebasing: bytes[i...]) where b == 0x09 || b == 0x0A || b == 0x0D { return true }
    return false
  }
}
