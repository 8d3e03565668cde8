internal import CLibXML2

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Collects the first fatal error libxml2 reports for one reader (the reader's structured error
/// handler gets an unretained pointer to it: no global state).
final class ParserErrorSink {
  var message: String?
  var line: Int?
  /// Whether the error is inside an entity's replacement text (its line is not the file's).
  var inEntity = false
  /// Whether the DOCTYPE declared entities (attribute values are then checked for references).
  var entitiesDeclared = false
  /// Whether the parser had built a root element when the fatal error came (libxml2 may parse a
  /// small file whole, junk after `</tmx>` included, before the reader hands out its first node).
  var rootParsed = false

  /// Whether libxml2 refused a text node over `TMXError.maximumTextNode` (it reports that as a
  /// non-fatal memory error, then stops).
  var hugeText = false

  func record(_ error: xmlError) {
    if error.level != XML_ERR_FATAL, let text = error.message, strstr(text, "huge text node") != nil {
      hugeText = true
      line = error.line > 0 ? Int(error.line) : line
    }
    // Warnings and recoverable errors (namespace trouble) do not stop reading; the fatal one does.
    guard error.level == XML_ERR_FATAL, message == nil else { return }
    var text = error.message.map { String(cString: $0) } ?? "malformed XML"
    while let last = text.last, last.isWhitespace { text.removeLast() }
    message = text
    line = error.line > 0 ? Int(error.line) : nil
    inEntity = error.file == nil
    if let context = error.ctxt, error.domain == Int32(XML_FROM_PARSER.rawValue),
      let document = context.assumingMemoryBound(to: xmlParserCtxt.self).pointee.myDoc
    {
      rootParsed = xmlDocGetRootElement(document) != nil
    }
  }
}

/// Owns one libxml2 `xmlTextReader` (and the descriptor or memory it reads); frees it in `deinit`.
struct TextReaderHandle: ~Copyable {
  /// Parser options: no network, no messages of libxml2's own, line numbers past 65535, small
  /// text nodes stored inline (`COMPACT`, as `xmllint --stream` does; we never modify the tree). Never
  /// `NOENT`/`DTDLOAD`/`DTDATTR` (entity expansion, XXE); no `HUGE`, so libxml2's limits on text
  /// node size (10 MB) and entity amplification stay on.
  static let options = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
      | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_COMPACT.rawValue)

  let raw: OpaquePointer
  let path: String
  let sink: ParserErrorSink
  /// Attribute names TMX defines, interned in the reader's dictionary, with their Swift strings
  /// (names compare by pointer: no conversion for the common ones).
  private let knownAttributes: [(UnsafePointer<xmlChar>?, String)]
  private let xmlPrefix: UnsafePointer<xmlChar>?
  private let langName: UnsafePointer<xmlChar>?
  private let fd: Int32
  private let memory: UnsafeMutableRawBufferPointer?
  /// Large reads under libxml2's small ones (files and stdin).
  private let source: FileSource?

  /// Opens a file, or stdin for `-`.
  init(path: String) throws(TMXError) {
    let fd = try FileSource.openForReading(path)
    try self.init(fd: fd, ownsDescriptor: fd != STDIN_FILENO, path: path, replaying: [])
  }

  /// Reads from an open descriptor, after `replaying` (bytes already read from it); closes the
  /// descriptor when done if `ownsDescriptor`.
  init(fd: Int32, ownsDescriptor: Bool, path: String, replaying: [UInt8]) throws(TMXError) {
    let source = FileSource(fd: fd, replaying: replaying)
    let reader = xmlReaderForIO(
      { context, buffer, length in
        guard let context, let buffer else { return -1 }
        let source = Unmanaged<FileSource>.fromOpaque(context).takeUnretainedValue()
        return Int32(source.fill(buffer, Int(length)))
      }, nil, Unmanaged.passUnretained(source).toOpaque(), path == "-" ? "stdin" : path, nil, Self.options)
    guard let reader else {
      if ownsDescriptor { close(fd) }
      throw TMXError(.cannotOpen, path: path, message: "cannot create an XML reader")
    }
    self.init(reader: reader, path: path, fd: ownsDescriptor ? fd : -1, memory: nil, source: source)
  }

  /// Reads from a copy of `bytes`; `path` names them in errors.
  init(bytes: some Collection<UInt8>, path: String) throws(TMXError) {
    let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
    _ = memory.initializeMemory(as: UInt8.self, from: bytes)
    guard
      let reader = xmlReaderForMemory(
        memory.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(bytes.count), path, nil,
        Self.options)
    else {
      memory.deallocate()
      throw TMXError(.cannotOpen, path: path, message: "cannot create an XML reader")
    }
    self.init(reader: reader, path: path, fd: -1, memory: memory, source: nil)
  }

  private init(
    reader: OpaquePointer, path: String, fd: Int32, memory: UnsafeMutableRawBufferPointer?, source: FileSource?
  ) {
    self.source = source
    self.raw = reader
    self.path = path
    self.fd = fd
    self.memory = memory
    self.sink = ParserErrorSink()
    self.xmlPrefix = xmlTextReaderConstString(reader, "xml")
    self.langName = xmlTextReaderConstString(reader, "lang")
    self.knownAttributes = [
      "tuid", "creationdate", "changedate", "creationid", "changeid", "type", "lang",
      "srclang", "datatype", "i", "x", "pos", "usagecount", "lastusagedate", "o-encoding",
      "creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang",
    ].map { (xmlTextReaderConstString(reader, $0), $0) }
    xmlTextReaderSetStructuredErrorHandler(
      reader,
      { context, error in
        guard let context, let error else { return }
        Unmanaged<ParserErrorSink>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
      }, Unmanaged.passUnretained(sink).toOpaque())
  }

  deinit {
    xmlFreeTextReader(raw)
    if fd >= 0 { close(fd) }
    memory?.deallocate()
  }

  // MARK: - Cursor

  /// Moves to the next node; false at the end of the document.
  ///
  /// - Throws: `TMXError.malformed` with libxml2's message and line when the XML is not well-formed
  ///   or ends early.
  func read() throws(TMXError) -> Bool {
    let rc = xmlTextReaderRead(raw)
    if rc == 1 { return true }
    if rc == 0 { return false }
    throw parseError
  }

  /// The error for a failed read: libxml2's fatal message and line.
  var parseError: TMXError {
    var message = sink.message ?? (sink.hugeText ? TMXError.hugeTextMessage : "malformed XML")
    // libxml2's push parser says this at an end of file inside the root element.
    if message == "Extra content at the end of the document" && xmlTextReaderDepth(raw) > 0 {
      message = "the file ends inside an element: the document is incomplete (truncated?)"
    }
    let kind: TMXError.Kind = message.contains("ntity") ? .entity : .malformed
    return TMXError(kind, path: path, line: sink.inEntity ? parserLine : (sink.line ?? parserLine), message: message)
  }

  /// The `XML_READER_TYPE_…` of the current node. Text and CDATA are told from the node itself:
  /// `xmlTextReaderNodeType` would check whether the text is blank and then walk the ancestors
  /// for `xml:space`, for every whitespace node between elements; the reader treats all
  /// character data alike.
  var nodeType: UInt32 {
    if let node = xmlTextReaderCurrentNode(raw) {
      switch node.pointee.type {
      case XML_TEXT_NODE: return XML_READER_TYPE_TEXT.rawValue
      case XML_CDATA_SECTION_NODE: return XML_READER_TYPE_CDATA.rawValue
      default: break
      }
    }
    return UInt32(bitPattern: xmlTextReaderNodeType(raw))
  }
  var depth: Int32 { xmlTextReaderDepth(raw) }
  var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(raw) == 1 }
  /// The interned local name of the current node (pointer-comparable with `intern(_:)`).
  var localName: UnsafePointer<xmlChar>? { xmlTextReaderConstLocalName(raw) }

  /// `text` interned in the reader's dictionary: element names compare by pointer.
  func intern(_ text: String) -> UnsafePointer<xmlChar>? {
    xmlTextReaderConstString(raw, text)
  }

  /// The value of the current text node (libxml2 guarantees UTF-8).
  var value: String {
    guard let p = xmlTextReaderConstValue(raw) else { return "" }
    return String(decoding: UnsafeBufferPointer(start: p, count: strlen(p)), as: UTF8.self)
  }

  var name: String {
    guard let p = xmlTextReaderConstName(raw) else { return "" }
    return String(cString: p)
  }

  /// The attributes of the current element (namespace declarations left out); leaves the
  /// reader on the element.
  /// When the DOCTYPE declared entities, a value holding an entity reference is refused
  /// (otherwise libxml2 itself rejects every reference but the five XML ones).
  func attributes() throws(TMXError) -> [TMXAttribute] {
    var out: [TMXAttribute] = []
    try forEachAttribute { out.append(TMXAttribute(name: $0, value: $1)) }
    return out
  }

  /// Calls `body` with each attribute of the current element (namespace declarations left out)
  /// and leaves the reader on the element. TMX's own attribute names are matched by interned
  /// pointers (no string conversion).
  ///
  /// When the DOCTYPE declared entities, a value holding an entity reference is refused
  /// (otherwise libxml2 itself rejects every reference but the five XML ones).
  func forEachAttribute(_ body: (_ name: String, _ value: String) -> Void) throws(TMXError) {
    guard xmlTextReaderHasAttributes(raw) == 1 else { return }
    let checkEntities = sink.entitiesDeclared
    let line = checkEntities ? self.line : 0
    defer { xmlTextReaderMoveToElement(raw) }
    while xmlTextReaderMoveToNextAttribute(raw) == 1 {
      let name: String
      let local = xmlTextReaderConstLocalName(raw)
      let prefix = xmlTextReaderConstPrefix(raw)
      if prefix == nil, let known = knownAttributes.first(where: { $0.0 == local }) {
        name = known.1
      } else if prefix == xmlPrefix && local == langName {
        name = "xml:lang"
      } else {
        name = self.name
        if name == "xmlns" || name.hasPrefix("xmlns:") { continue }
      }
      if checkEntities {
        while xmlTextReaderReadAttributeValue(raw) == 1 {
          if nodeType == XML_READER_TYPE_ENTITY_REFERENCE.rawValue {
            throw TMXError(
              .entity, path: path, line: line,
              message: "entity reference &\(self.name); in attribute \(name) refused (entities are never expanded)")
          }
        }
        xmlTextReaderMoveToAttribute(raw, name)
      }
      body(name, value)
    }
  }

  /// The `xml:lang` of the current element, else its `lang` (TMX 1.1), else nil; leaves the
  /// reader on the element. The names are matched by interned pointers, as in
  /// `forEachAttribute(_:)`, and no other value is converted.
  var language: String? {
    guard xmlTextReaderHasAttributes(raw) == 1 else { return nil }
    defer { xmlTextReaderMoveToElement(raw) }
    var lang: String?
    while xmlTextReaderMoveToNextAttribute(raw) == 1 {
      guard xmlTextReaderConstLocalName(raw) == langName else { continue }
      let prefix = xmlTextReaderConstPrefix(raw)
      if prefix == xmlPrefix { return value }
      if prefix == nil && lang == nil { lang = value }
    }
    return lang
  }

  /// The value of the current element's attribute with no prefix whose interned local name is
  /// `local`, or nil; leaves the reader on the element.
  func attribute(local: UnsafePointer<xmlChar>?) -> String? {
    guard xmlTextReaderHasAttributes(raw) == 1 else { return nil }
    defer { xmlTextReaderMoveToElement(raw) }
    while xmlTextReaderMoveToNextAttribute(raw) == 1 {
      if xmlTextReaderConstLocalName(raw) == local && xmlTextReaderConstPrefix(raw) == nil { return value }
    }
    return nil
  }

  /// Whether the current element has no prefix and its interned local name is `a` or `b`.
  func isUnprefixed(_ a: UnsafePointer<xmlChar>?, or b: UnsafePointer<xmlChar>?) -> Bool {
    let local = xmlTextReaderConstLocalName(raw)
    return (local == a || local == b) && xmlTextReaderConstPrefix(raw) == nil
  }

  /// The line of the current node (the parser's line when the node's is not known).
  var line: Int {
    if let node = xmlTextReaderCurrentNode(raw), node.pointee.type != XML_DTD_NODE {
      let n = Int(xmlGetLineNo(node))
      if n > 0 && n < 65535 { return n }
    }
    return parserLine
  }

  var parserLine: Int { Int(xmlTextReaderGetParserLineNumber(raw)) }

  /// Whether the current DOCTYPE node declares entities (internal or parameter).
  var doctypeDeclaresEntities: Bool {
    guard let node = xmlTextReaderCurrentNode(raw), node.pointee.type == XML_DTD_NODE else { return false }
    let dtd = UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlDtd.self).pointee
    return dtd.entities != nil || dtd.pentities != nil
  }

  func error(_ kind: TMXError.Kind, _ message: String) -> TMXError {
    TMXError(kind, path: path, line: line, message: message)
  }
}
