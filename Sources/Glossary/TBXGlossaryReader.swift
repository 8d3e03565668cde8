internal import CLibXML2

/// What a TBX file looked like, for appending entries in its own dialect.
struct TBXInfo: Sendable, Hashable {
  /// TBX v3 (`tbx/…/conceptEntry`) or v2 (`martif/…/termEntry`).
  var isVersion2 = false
  /// Every `id` attribute of an entry, so new entries get fresh ones.
  var ids: Set<String> = []
}

/// Reads TBX-Basic with libxml2's streaming `xmlTextReader`: TBX v3
/// `conceptEntry/langSec[@xml:lang]/termSec/term` and TBX v2 `termEntry/langSet/(n)tig/term`.
/// Never loads a DTD, never expands entities, never touches the network.
enum TBXGlossaryReader {
  private struct PartialTerm {
    var text = ""
    var line = 0
    var status: TermStatus?
    var comment = GlossaryComment()
  }

  private struct PartialConcept {
    var id: String?
    var line: Int
    var thai: [Term] = []
    var english: [Term] = []
    var comment = GlossaryComment()
  }

  /// Parses TBX bytes.
  ///
  /// - Throws: `GlossaryError` with `path:line` when the XML is malformed.
  /// - Complexity: O(n) in the file size; memory O(one entry) besides the result.
  static func read(bytes: [UInt8], path: String) throws(GlossaryError)
    -> (concepts: [Concept], issues: [GlossaryIssue], info: TBXInfo)
  {
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
    xmlResetLastError()
    let reader: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
        xmlReaderForMemory($0, Int32(buffer.count), path, nil, options)
      }
    }
    guard let reader else { throw GlossaryError(path: path, "cannot start the XML reader") }
    defer { xmlFreeTextReader(reader) }

    var concepts: [Concept] = []
    var issues: [GlossaryIssue] = []
    var info = TBXInfo()
    var concept: PartialConcept?
    var language: String?
    var term: PartialTerm?
    var sawRoot = false

    func issue(_ line: Int, _ severity: IssueSeverity, _ kind: String, _ message: String) {
      issues.append(
        GlossaryIssue(location: SourceLocation(path: path, line: line), severity: severity, kind: kind, message: message))
    }
    func finishTerm() {
      guard let t = term else { return }
      term = nil
      guard concept != nil else { return }
      let text = t.text.trimmingSpaces()
      if text != t.text { issue(t.line, .error, "whitespace", "term '\(t.text)' has leading or trailing spaces") }
      guard !text.isEmpty else { return issue(t.line, .error, "empty-field", "empty <term>") }
      let value = Term(
        text, status: t.status ?? t.comment.status ?? .preferred, caseSensitive: t.comment.caseSensitive,
        note: t.comment.noteText, location: SourceLocation(path: path, line: t.line))
      switch language {
      case "th": concept!.thai.append(value)
      case "en": concept!.english.append(value)
      default: break
      }
    }
    func finishConcept() {
      guard let c = concept else { return }
      concept = nil
      for problem in c.comment.problems { issue(c.line, .error, "bad-keyword", problem) }
      if c.thai.isEmpty || c.english.isEmpty {
        if !(c.thai.isEmpty && c.english.isEmpty) {
          issue(c.line, .error, "empty-field", c.thai.isEmpty ? "entry has no Thai (th) term" : "entry has no English (en) term")
        }
        return
      }
      concepts.append(
        Concept(
          thai: c.thai, english: c.english, type: c.comment.type ?? .other, note: c.comment.noteText,
          origin: c.comment.origin ?? .manual, evidence: c.comment.evidenceText, id: c.id))
    }

    while true {
      let status = xmlTextReaderRead(reader)
      if status == 0 { break }
      if status < 0 {
        var line = Int(xmlTextReaderGetParserLineNumber(reader))
        var message = "malformed XML"
        if let error = xmlGetLastError() {
          if error.pointee.line > 0 { line = Int(error.pointee.line) }
          if let text = error.pointee.message {
            message = String(cString: text).trimmingSpaces()
          }
        }
        // libxml2's words for a file with no element at all (empty, or not XML).
        if !sawRoot, ["Document is empty", "Extra content at the end of the document"].contains(message) {
          message = "not a TBX file: no XML element in it (is it empty, or another format?)"
        }
        throw GlossaryError(path: path, line: max(line, 1), message)
      }
      let nodeType = xmlTextReaderNodeType(reader)
      if nodeType == Int32(XML_READER_TYPE_ELEMENT.rawValue) {
        let name = localName(reader)
        let line = currentLine(reader)
        let empty = xmlTextReaderIsEmptyElement(reader) == 1
        if !sawRoot {
          sawRoot = true
          if name == "martif" { info.isVersion2 = true } else if name != "tbx" {
            throw GlossaryError(path: path, line: line, "not a TBX file: the root element is <\(name)>, not <tbx> or <martif>")
          }
        }
        switch name {
        case "conceptEntry", "termEntry":
          finishConcept()
          let id = attribute(reader, "id")
          if let id { info.ids.insert(id) }
          concept = PartialConcept(id: id, line: line)
        case "langSec", "langSet":
          language = (attribute(reader, "xml:lang") ?? "").split(separator: "-").first.map { $0.lowercased() }
        case "termSec", "tig", "ntig":
          term = PartialTerm(line: line)
        case "term":
          if term == nil { term = PartialTerm(line: line) }  // a bare <term> in a langSet
          term!.text = readString(reader)
          term!.line = line
        case "termNote":
          let kind = attribute(reader, "type") ?? ""
          let value = readString(reader)
          if kind == "administrativeStatus" || kind == "normativeAuthorization" {
            if let s = TBXStatus.status(value) { term?.status = s } else {
              issue(line, .error, "bad-keyword", "unknown \(kind) '\(value)'")
            }
          }
        case "descrip", "note":
          let kind = attribute(reader, "type") ?? ""
          let value = readString(reader)
          if kind == "definition" || kind == "context" { break }
          let comment = GlossaryComment(parsing: value)
          if term != nil {
            term!.comment.merge(comment)
          } else if concept != nil {
            concept!.comment.merge(comment)
          }
        default: break
        }
        if empty { closeElement(name) }
      } else if nodeType == Int32(XML_READER_TYPE_END_ELEMENT.rawValue) {
        closeElement(localName(reader))
      }
    }
    finishConcept()
    return (concepts, issues, info)

    func closeElement(_ name: String) {
      switch name {
      case "termSec", "tig", "ntig": finishTerm()
      case "langSec", "langSet":
        finishTerm()
        language = nil
      case "conceptEntry", "termEntry": finishConcept()
      default: break
      }
    }
  }

  private static func localName(_ reader: OpaquePointer) -> String {
    guard let raw = xmlTextReaderConstLocalName(reader) else { return "" }
    return String(cString: raw)
  }

  private static func currentLine(_ reader: OpaquePointer) -> Int {
    if let node = xmlTextReaderCurrentNode(reader) {
      let line = Int(xmlGetLineNo(node))
      if line > 0 { return line }
    }
    return Int(xmlTextReaderGetParserLineNumber(reader))
  }

  private static func attribute(_ reader: OpaquePointer, _ name: String) -> String? {
    guard let raw = xmlTextReaderGetAttribute(reader, name) else { return nil }
    defer { clibxml2_free(raw) }
    return String(cString: raw)
  }

  private static func readString(_ reader: OpaquePointer) -> String {
    guard let raw = xmlTextReaderReadString(reader) else { return "" }
    defer { clibxml2_free(raw) }
    return String(cString: raw)
  }
}

extension GlossaryComment {
  /// Adds what another comment says (later keywords win; notes and evidence accumulate).
  mutating func merge(_ other: GlossaryComment) {
    if let t = other.type { type = t }
    if let s = other.status { status = s }
    if other.caseSensitive { caseSensitive = true }
    if let o = other.origin { origin = o }
    evidence += other.evidence
    note += other.note
    problems += other.problems
  }
}
