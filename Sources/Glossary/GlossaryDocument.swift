/// A glossary file as written: its exact bytes, what they mean, and concepts to append.
///
/// Writing a document back keeps every byte the user wrote: new concepts go after the last
/// line (TSV, CSV) or before `</body>` (TBX), in the file's own line-ending style, and a file
/// that did not end with a line end still does not.
///
///     var document = try GlossaryDocument.load(path: "names.tsv")
///     document.append(Concept(thai: [Term("เซเลนสกี")], english: [Term("Zelensky")],
///                             origin: .candidate, evidence: "score=0.93; seen in 3 TUs"))
///     try document.write()   // names.tsv: old bytes unchanged, one row added
public struct GlossaryDocument: Sendable {
  /// The file the document was read from (and is written to by default).
  public let path: String
  /// TSV, CSV or TBX.
  public let format: GlossaryFormat
  /// The concepts of the file, then the appended ones.
  public private(set) var glossary: Glossary
  /// What is wrong with rows of the file (empty fields, bad keywords, duplicates): reading
  /// does not fail on them, `thaitm glossary lint` lists them.
  public let issues: [GlossaryIssue]
  /// The concepts appended since loading.
  public private(set) var appended: [Concept] = []

  /// The file's bytes as read.
  let original: [UInt8]
  var csvColumns: CSVColumns = .positional
  var tbxInfo = TBXInfo()

  /// Reads a glossary file and remembers its bytes; the format comes from the extension.
  ///
  /// - Throws: `GlossaryError` with `path:line` for an unknown extension, an unreadable file,
  ///   invalid UTF-8, an unterminated CSV quote or malformed TBX.
  public static func load(path: String) throws(GlossaryError) -> GlossaryDocument {
    guard let format = GlossaryFormat(path: path) else {
      throw GlossaryError(path: path, "unknown glossary format: use .tsv, .txt, .csv or .tbx")
    }
    let bytes = try FileBytes.read(path: path)
    switch format {
    case .tsv:
      let (concepts, issues) = try TSVGlossaryReader.read(path: path)
      return GlossaryDocument(path: path, format: format, concepts: concepts, issues: issues, original: bytes)
    case .csv:
      let (concepts, issues, columns) = try CSVGlossaryReader.read(path: path)
      var document = GlossaryDocument(path: path, format: format, concepts: concepts, issues: issues, original: bytes)
      document.csvColumns = columns
      return document
    case .tbx:
      let (concepts, issues, info) = try TBXGlossaryReader.read(bytes: bytes, path: path)
      var document = GlossaryDocument(path: path, format: format, concepts: concepts, issues: issues, original: bytes)
      document.tbxInfo = info
      return document
    }
  }

  /// `load(path:)` when the file exists, else a new empty document of the format the extension
  /// names (what `thaitm extend -o FILE` needs).
  ///
  /// - Throws: `GlossaryError` as `load(path:)` does, or for an unknown extension.
  public static func loadOrCreate(path: String) throws(GlossaryError) -> GlossaryDocument {
    guard let format = GlossaryFormat(path: path) else {
      throw GlossaryError(path: path, "unknown glossary format: use .tsv, .txt, .csv or .tbx")
    }
    if FileBytes.exists(path) { return try load(path: path) }
    return GlossaryDocument(newFileAt: path, format: format)
  }

  /// A new document for a file that does not exist yet: empty for TSV and CSV (CSV gets a
  /// `th,en,note` header), a TBX-Basic v3 skeleton for TBX.
  public init(newFileAt path: String, format: GlossaryFormat) {
    let text: String
    switch format {
    case .tsv: text = ""
    case .csv: text = "th,en,note\n"
    case .tbx: text = TBXFragmentWriter.emptyDocument
    }
    self.init(path: path, format: format, concepts: [], issues: [], original: Array(text.utf8))
    if format == .csv { csvColumns = CSVColumns(roles: [.thai, .english, .note], hasHeader: true) }
  }

  private init(path: String, format: GlossaryFormat, concepts: [Concept], issues: [GlossaryIssue], original: [UInt8]) {
    self.path = path
    self.format = format
    self.glossary = Glossary(concepts: concepts, paths: [path])
    self.issues = issues
    self.original = original
  }

  /// Adds a concept at the end of the file (it is written by `serialized()` and `write(to:)`).
  public mutating func append(_ concept: Concept) {
    appended.append(concept)
    glossary.concepts.append(concept)
  }

  /// The line end the file uses (`\r\n`, `\r` or `\n`, from its first line end; `\n` if none).
  public var lineEnding: String {
    guard let i = original.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return "\n" }
    if original[i] == 0x0A { return "\n" }
    return i + 1 < original.count && original[i + 1] == 0x0A ? "\r\n" : "\r"
  }

  /// Whether the file as read ends with a line end (an empty file counts as ending with one).
  public var endsWithLineEnding: Bool { original.last.map { $0 == 0x0A || $0 == 0x0D } ?? true }

  /// The file's bytes with the appended concepts: the original bytes unchanged, new entries
  /// after them (TSV, CSV) or before `</body>` (TBX).
  ///
  /// - Throws: `GlossaryError` when a TBX file has no `</body>` or is not UTF-8 encoded.
  public func serialized() throws(GlossaryError) -> [UInt8] {
    guard !appended.isEmpty else { return original }
    let eol = lineEnding
    switch format {
    case .tsv, .csv:
      let lines = appended.flatMap { concept in
        format == .tsv
          ? TSVGlossaryReader.rows(for: concept)
          : CSVGlossaryReader.records(for: concept, columns: csvColumns, lineEnding: eol)
      }
      var text = lines.joined(separator: eol)
      if endsWithLineEnding { text += eol } else { text = eol + text }
      return original + Array(text.utf8)
    case .tbx:
      return try insertingTBXEntries(eol: eol)
    }
  }

  /// Writes `serialized()` to `path` (default: the file read) through a temporary file renamed
  /// into place.
  public func write(to path: String? = nil) throws(GlossaryError) {
    try FileBytes.writeAtomically(try serialized(), to: path ?? self.path)
  }

  private func insertingTBXEntries(eol: String) throws(GlossaryError) -> [UInt8] {
    if original.starts(with: [0xFF, 0xFE]) || original.starts(with: [0xFE, 0xFF]) {
      throw GlossaryError(path: path, "cannot append to a UTF-16 TBX file: convert it to UTF-8 first")
    }
    guard let close = Self.lastIndex(of: Array("</body".utf8), in: original) else {
      throw GlossaryError(path: path, "no </body> in the TBX file to insert entries before")
    }
    // Insert at the start of the </body> line when only indentation precedes it there.
    var lineStart = close
    while lineStart > 0, original[lineStart - 1] == 0x20 || original[lineStart - 1] == 0x09 { lineStart -= 1 }
    let ownLine = lineStart == 0 || original[lineStart - 1] == 0x0A || original[lineStart - 1] == 0x0D
    let bodyIndent = ownLine ? String(decoding: original[lineStart..<close], as: UTF8.self) : ""
    let indent = bodyIndent + (bodyIndent.contains("\t") ? "\t" : "  ")
    var used = tbxInfo.ids
    var text = ownLine ? "" : eol
    var counter = glossary.concepts.count - appended.count
    for concept in appended {
      var id: String
      repeat {
        counter += 1
        id = "thaitm-\(counter)"
      } while used.contains(id)
      used.insert(id)
      let entry = try TBXFragmentWriter.entry(for: concept, id: id, version2: tbxInfo.isVersion2)
      for line in entry.split(separator: "\n", omittingEmptySubsequences: false) {
        text += indent + line + eol
      }
    }
    let at = ownLine ? lineStart : close
    if !ownLine { text += bodyIndent }
    return Array(original[..<at]) + Array(text.utf8) + Array(original[at...])
  }

  private static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    var i = haystack.count - needle.count
    while i >= 0 {
      if haystack[i] == needle[0], Array(haystack[i..<i + needle.count]) == needle {
        let next = i + needle.count < haystack.count ? haystack[i + needle.count] : 0
        if next == UInt8(ascii: ">") || next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D { return i }
      }
      i -= 1
    }
    return nil
  }
}
