import Align
import Foundation
import ThaiText

extension ThaiTM.Align {
  /// The input documents, made one at a time, and the date of the metadata line if any.
  struct Input {
    var documents: AnySequence<DocumentPair>
    /// How many documents (for the progress bar).
    var count: Int
    var header: DocumentHeader?
    /// Throws what went wrong reading the documents (called once they are all taken).
    var finish: () throws -> Void = {}
  }

  /// What a first read of an input file found: its line count, whether it holds any text, its
  /// first line. Warnings about characters XML forbids are written on the way.
  struct FileScan {
    var lines = 0
    var hasText = false
    var first: String?
    /// The letters of the first `ScriptTally.sampledPairs` lines (are the files swapped?).
    var letters = ScriptTally.Letters()
  }

  /// Reads the input. With `--documents-per-line` and two files, each file is read twice: once
  /// to check it (lines, text, UTF-8, characters XML forbids), then line by line while the
  /// documents are aligned, so only the lines not yet aligned and not far ahead are in memory.
  /// Otherwise (one document, standard input, a pipe) the lines are read whole.
  func readInput() throws -> Input {
    guard documentsPerLine, Self.isRegularFile(thai), Self.isRegularFile(english) else { return try readWholeInput() }
    let thaiScan = try scan(thai)
    let englishScan = try scan(english)
    for (path, scan) in [(thai, thaiScan), (english, englishScan)] where !scan.hasText {
      throw JobFailed("\(path):1: no text to align (the file is empty or blank)")
    }
    let header = thaiScan.first.flatMap(DocumentHeader.init(parsing:))
    try checkLineCounts(thai: thaiScan.lines, english: englishScan.lines)
    let script = ScriptTally(
      thai: thaiScan.letters, english: englishScan.letters, pairs: min(thaiScan.lines, ScriptTally.sampledPairs))
    try script.requireNotSwapped(thai, "TH and EN")
    let (thaiPath, englishPath) = (thai, english)
    let pipes = LinePipes()
    let documents = AnySequence { () -> AnyIterator<DocumentPair> in
      let thaiLines = pipes.open(thaiPath)
      let englishLines = pipes.open(englishPath)
      var n = 0
      return AnyIterator {
        guard var t = thaiLines.next(), let e = englishLines.next() else {
          if n < thaiScan.lines { pipes.fail("\(thaiPath), \(englishPath): changed while being read") }
          return nil
        }
        if n == 0, let header { t = header.headline }
        n += 1
        return DocumentPair(name: String(n), thai: [t], english: [e])
      }
    }
    return Input(documents: documents, count: thaiScan.lines, header: header) { try pipes.check() }
  }

  /// Whether `path` is a regular file (which can be read twice), not `-`, a pipe or a device.
  static func isRegularFile(_ path: String) -> Bool {
    guard path != "-", let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return false }
    return attributes[.type] as? FileAttributeType == .typeRegular
  }

  func checkLineCounts(thai thaiCount: Int, english englishCount: Int) throws {
    guard thaiCount == englishCount else {
      throw JobFailed(
        "\(english): \(englishCount) lines, but \(thai) has \(thaiCount): "
          + "with --documents-per-line line N of each file is one document")
    }
  }

  /// Both files read whole: one document of all their lines, or one document a line.
  func readWholeInput() throws -> Input {
    var thaiLines = try readLines(thai)
    let englishLines = try readLines(english)
    for (path, lines) in [(thai, thaiLines), (english, englishLines)] {
      guard lines.contains(where: { $0.contains { !$0.isWhitespace } }) else {
        throw JobFailed("\(path):1: no text to align (the file is empty or blank)")
      }
    }
    // English given as TH and Thai as EN would align and make a TMX with the languages swapped.
    try ScriptTally.lines(thai: thaiLines, english: englishLines).requireNotSwapped(thai, "TH and EN")
    var header: DocumentHeader? = nil
    if let first = thaiLines.first, let h = DocumentHeader(parsing: first) {
      header = h
      thaiLines[0] = h.headline
    }
    if documentsPerLine {
      try checkLineCounts(thai: thaiLines.count, english: englishLines.count)
      let lines = thaiLines
      let documents = lines.indices.lazy.map { n in
        DocumentPair(name: String(n + 1), thai: [lines[n]], english: [englishLines[n]])
      }
      return Input(documents: AnySequence(documents), count: lines.count, header: header)
    }
    let name = (thai as NSString).lastPathComponent
    let document = DocumentPair(name: name, thai: thaiLines, english: englishLines)
    return Input(documents: AnySequence(CollectionOfOne(document)), count: 1, header: header)
  }

  /// The first read of a file (`FileScan`).
  func scan(_ path: String) throws -> FileScan {
    var scan = FileScan()
    var check = IllegalCharacters(path: path)
    do {
      try TextFile.forEachLine(path: path) { number, line in
        scan.lines = number
        if number == 1 { scan.first = line }
        if !scan.hasText { scan.hasText = line.contains { !$0.isWhitespace } }
        if number <= ScriptTally.sampledPairs { scan.letters.add(line) }
        check.line(line, number: number)
      }
    } catch let error as TextFileError {
      throw JobFailed(error.description)
    }
    check.finish()
    return scan
  }

  func readLines(_ path: String) throws -> [String] {
    let lines: [String]
    do {
      lines = try TextFile.lines(path: path)
    } catch let error as TextFileError {
      throw JobFailed(error.description)
    }
    var check = IllegalCharacters(path: path)
    for (n, line) in lines.enumerated() { check.line(line, number: n + 1) }
    check.finish()
    return lines
  }
}

/// `path:line:` warnings for characters XML 1.0 forbids (control characters other than tab,
/// U+FFFE, U+FFFF): the TMX gets U+FFFD in their place, so the user should know where. The first
/// five are shown, then the count.
struct IllegalCharacters {
  let path: String
  var count = 0

  mutating func line(_ line: String, number: Int) {
    for scalar in line.unicodeScalars where Self.isIllegalInXML(scalar) {
      count += 1
      if count <= 5 {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        Diagnostics.write(
          "\(path):\(number): warning: control character \(code) is not allowed in XML; the TMX has U+FFFD there\n")
      }
    }
  }

  func finish() {
    if count > 5 { Diagnostics.warning("\(path): \(count) such characters in all") }
  }

  static func isIllegalInXML(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF
  }
}
