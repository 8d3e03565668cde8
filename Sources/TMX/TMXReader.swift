internal import CLibXML2

/// Reads a TMX file as a stream with libxml2's `xmlTextReader`: one `TranslationUnit` at a time,
/// in memory constant in the file's size.
///
///     var reader = try TMXReader(path: "memory.tmx")
///     while let unit = try reader.next() {
///       print(unit.variant(for: "th")?.segment.plainText ?? "")
///     }
///
/// It takes what CAT tools write: `xml:lang` or the old `lang=`, any case and region, UTF-8 or
/// UTF-16 with or without a BOM, CRLF, several `<tuv>` per unit, props and notes at every level,
/// and inline `bpt/ept/ph/it/ut/hi/sub` (kept as `InlineContent`; non-TMX elements inside a
/// segment keep only their text). It never expands entities and never opens the network: a
/// DOCTYPE that declares entities, or any entity reference other than the five XML ones, is an
/// error. A malformed or truncated file makes `next()` throw where the damage is, so a partial
/// result is never presented as whole.
///
/// The reader owns a libxml2 handle, so it is `~Copyable` and not `Sendable`.
public struct TMXReader: ~Copyable {
  let handle: TextReaderHandle
  let names: ElementNames
  var done: Bool
  /// The file's `<header>`.
  public private(set) var header: TMXHeader

  /// Opens a TMX file (`-` for stdin) and reads up to the start of `<body>`.
  ///
  /// - Throws: `TMXError` if the file cannot be opened, is not well-formed, or is not TMX.
  public init(path: String) throws {
    try self.init(handle: TextReaderHandle(path: path))
  }

  /// Reads TMX from an open descriptor after `replaying` bytes already read from it (a
  /// `TMXTextReader` handing over); closes it when done if `ownsDescriptor`.
  init(fd: Int32, ownsDescriptor: Bool, path: String, replaying: [UInt8]) throws {
    try self.init(handle: TextReaderHandle(fd: fd, ownsDescriptor: ownsDescriptor, path: path, replaying: replaying))
  }

  /// Reads TMX from bytes in memory (a copy is kept while reading); `path` names them in errors.
  ///
  /// - Throws: `TMXError` if the bytes are not well-formed or not TMX.
  public init(bytes: some Collection<UInt8>, path: String = "<memory>") throws {
    try self.init(handle: TextReaderHandle(bytes: bytes, path: path))
  }

  /// Reads `handle`'s prologue, up to the start of `<body>`.
  private init(handle: consuming TextReaderHandle) throws {
    let names = ElementNames(handle)
    let (header, done) = try Self.readPrologue(handle, names)
    self.handle = handle
    self.names = names
    self.header = header
    self.done = done
  }

  /// The next `<tu>`, or nil after `</tmx>` once the whole document has been checked.
  ///
  /// - Throws: `TMXError` at the first point where the file is malformed, truncated, or uses an
  ///   entity.
  public mutating func next() throws -> TranslationUnit? {
    try moveToNextUnit() ? readUnit() : nil
  }

  /// Moves to the next `<tu>` start tag; false (and `done`) after `</body>` once the rest of the
  /// document has been checked.
  mutating func moveToNextUnit() throws(TMXError) -> Bool {
    guard !done else { return false }
    while let type = try read() {
      switch type {
      case XML_READER_TYPE_ELEMENT.rawValue:
        if handle.localName == names.tu { return true }
        try Self.skip(handle)
      case XML_READER_TYPE_END_ELEMENT.rawValue:
        // </body>: read to the end, so a broken tail is still reported.
        while try read() != nil {}
        done = true
        return false
      default:
        continue
      }
    }
    done = true
    throw handle.error(.notTMX, "the document ends inside <body>")
  }

  // MARK: - Prologue and header

  /// Reads to the start of `<body>`; returns the header and whether the body is already over.
  private static func readPrologue(
    _ handle: borrowing TextReaderHandle, _ names: ElementNames
  ) throws(TMXError) -> (TMXHeader, Bool) {
    var header = TMXHeader(
      sourceLanguage: "", creationTool: "", creationToolVersion: "", segmentType: "",
      originalFormat: "", adminLanguage: "", dataType: "", creationDate: nil)
    var sawRoot = false
    while true {
      let read: UInt32?
      do throws(TMXError) { read = try Self.read(handle) } catch {
        throw sawRoot || handle.sink.rootParsed ? error : TMXError.noRoot(error)
      }
      guard let type = read else { break }
      guard type == XML_READER_TYPE_ELEMENT.rawValue else {
        if type == XML_READER_TYPE_END_ELEMENT.rawValue { break }  // </tmx> without <body>
        continue
      }
      if !sawRoot {
        guard handle.localName == names.tmx else {
          throw handle.error(.notTMX, "not a TMX file: the root element is <\(handle.name)>, not <tmx>")
        }
        sawRoot = true
        if handle.isEmptyElement { break }
      } else if handle.localName == names.header {
        try readHeader(handle, names, into: &header)
      } else if handle.localName == names.body {
        return (header, handle.isEmptyElement)
      } else {
        try Self.skip(handle)
      }
    }
    throw handle.error(.notTMX, sawRoot ? "no <body> in <tmx>" : "not a TMX file: no root element")
  }

  private static func readHeader(
    _ handle: borrowing TextReaderHandle, _ names: ElementNames, into header: inout TMXHeader
  ) throws(TMXError) {
    let empty = handle.isEmptyElement
    for attribute in try handle.attributes() { header.setAttribute(attribute.name, attribute.value) }
    if empty { return }
    while let type = try read(handle) {
      switch type {
      case XML_READER_TYPE_ELEMENT.rawValue:
        if handle.localName == names.note {
          header.notes.append(try text(handle))
        } else if handle.localName == names.prop {
          let type = try handle.attributes().first { $0.name == "type" }?.value ?? ""
          header.properties.append(TMXProperty(type: type, value: try text(handle)))
        } else {
          try Self.skip(handle)
        }
      case XML_READER_TYPE_END_ELEMENT.rawValue:
        return
      default:
        continue
      }
    }
  }

  // MARK: - Units

  func readUnit() throws(TMXError) -> TranslationUnit {
    var unit = TranslationUnit()
    let empty = handle.isEmptyElement
    try handle.forEachAttribute { name, value in
      if name == "tuid" { unit.tuid = value } else { unit.attributes.append(TMXAttribute(name: name, value: value)) }
    }
    if empty { return unit }
    try forEachChildElement(inside: "tu") { () throws(TMXError) in
      let name = handle.localName
      if name == names.tuv {
        unit.variants.append(try readVariant())
      } else if name == names.prop {
        unit.properties.append(try property())
      } else if name == names.note {
        unit.notes.append(try Self.text(handle))
      } else {
        try Self.skip(handle)
      }
    }
    return unit
  }

  /// Reads the children of the current (non-empty) element up to its end tag, handing each
  /// child element to `element`, which reads through it; text and other nodes are passed over.
  ///
  /// - Throws: what `element` throws, or `TMXError` when the document ends inside `<name>`.
  func forEachChildElement(inside name: String, _ element: () throws(TMXError) -> Void) throws(TMXError) {
    while let type = try read() {
      switch type {
      case XML_READER_TYPE_ELEMENT.rawValue: try element()
      case XML_READER_TYPE_END_ELEMENT.rawValue: return
      default: continue
      }
    }
    throw handle.error(.malformed, "the document ends inside <\(name)>")
  }

  private func readVariant() throws(TMXError) -> TranslationVariant {
    var variant = TranslationVariant(language: "", segment: Segment(content: []))
    let empty = handle.isEmptyElement
    var sawXMLLang = false
    try handle.forEachAttribute { name, value in
      switch name {
      case "xml:lang":
        variant.language = value
        sawXMLLang = true
      case "lang":
        if !sawXMLLang { variant.language = value }
      default:
        variant.attributes.append(TMXAttribute(name: name, value: value))
      }
    }
    if empty { return variant }
    try forEachChildElement(inside: "tuv") { () throws(TMXError) in
      let name = handle.localName
      if name == names.seg {
        if !handle.isEmptyElement { try readInline(into: &variant.segment.content) }
      } else if name == names.prop {
        variant.properties.append(try property())
      } else if name == names.note {
        variant.notes.append(try Self.text(handle))
      } else {
        try Self.skip(handle)
      }
    }
    return variant
  }

  /// Reads the content of the current element up to its end tag: text runs (adjacent ones
  /// merged) and inline elements; a non-TMX element contributes its content only.
  private func readInline(into content: inout [InlineContent]) throws(TMXError) {
    while let type = try read() {
      switch type {
      case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue,
        XML_READER_TYPE_WHITESPACE.rawValue, XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue:
        let value = handle.value
        if case .text(let previous)? = content.last {
          content[content.count - 1] = .text(previous + value)
        } else {
          content.append(.text(value))
        }
      case XML_READER_TYPE_ELEMENT.rawValue:
        let empty = handle.isEmptyElement
        if names.isInline(handle.localName) {
          let name = handle.name
          let attributes = try handle.attributes()
          var children: [InlineContent] = []
          if !empty { try readInline(into: &children) }
          content.append(.element(name: name, attributes: attributes, children: children))
        } else if !empty {
          try readInline(into: &content)
        }
      case XML_READER_TYPE_END_ELEMENT.rawValue:
        return
      default:
        continue
      }
    }
    throw handle.error(.malformed, "the document ends inside <seg>")
  }

  private func property() throws(TMXError) -> TMXProperty {
    let type = try handle.attributes().first { $0.name == "type" }?.value ?? ""
    return TMXProperty(type: type, value: try Self.text(handle))
  }

  /// The text content of the current element (text inside nested elements included).
  private static func text(_ handle: borrowing TextReaderHandle) throws(TMXError) -> String {
    if handle.isEmptyElement { return "" }
    var out = ""
    var depth = 0
    while let type = try read(handle) {
      switch type {
      case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue,
        XML_READER_TYPE_WHITESPACE.rawValue, XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue:
        out += handle.value
      case XML_READER_TYPE_ELEMENT.rawValue:
        if !handle.isEmptyElement { depth += 1 }
      case XML_READER_TYPE_END_ELEMENT.rawValue:
        if depth == 0 { return out }
        depth -= 1
      default:
        continue
      }
    }
    throw handle.error(.malformed, "the document ends inside an element")
  }

  // MARK: - Reading with the entity checks

  /// Skips the current element and its content (an element TMX does not define there), leaving
  /// the reader on its end tag so the caller's next `read()` sees the following node.
  static func skip(_ handle: borrowing TextReaderHandle) throws(TMXError) {
    if handle.isEmptyElement { return }
    let depth = handle.depth
    while let type = try read(handle) {
      if type == XML_READER_TYPE_END_ELEMENT.rawValue && handle.depth == depth { return }
    }
    throw handle.error(.malformed, "the document ends inside an element")
  }

  func read() throws(TMXError) -> UInt32? { try Self.read(handle) }

  /// Moves to the next node and returns its type (nil at the end), refusing entity references.
  private static func read(_ handle: borrowing TextReaderHandle) throws(TMXError) -> UInt32? {
    guard try handle.read() else { return nil }
    let type = handle.nodeType
    switch type {
    case XML_READER_TYPE_ENTITY_REFERENCE.rawValue:
      throw handle.error(
        .entity, "entity reference &\(handle.name); refused (TMX uses only &amp; &lt; &gt; &quot; &apos;)")
    case XML_READER_TYPE_DOCUMENT_TYPE.rawValue where handle.doctypeDeclaresEntities:
      // Refused where one is used (with that line): text content meets an entity-reference
      // node below, attribute values are checked from now on.
      handle.sink.entitiesDeclared = true
      return type
    default:
      return type
    }
  }
}

/// TMX element names interned in one reader's dictionary, compared by pointer.
struct ElementNames {
  let tmx, header, body, tu, tuv, seg, prop, note: UnsafePointer<xmlChar>?
  /// The inline elements whose text is part of the plain text (`Segment.plainText`).
  let hi, sub: UnsafePointer<xmlChar>?
  /// Attribute names read without the full attribute walk.
  let tuid: UnsafePointer<xmlChar>?
  let inline: [UnsafePointer<xmlChar>?]

  init(_ handle: borrowing TextReaderHandle) {
    tmx = handle.intern("tmx")
    header = handle.intern("header")
    body = handle.intern("body")
    tu = handle.intern("tu")
    tuv = handle.intern("tuv")
    seg = handle.intern("seg")
    prop = handle.intern("prop")
    note = handle.intern("note")
    hi = handle.intern("hi")
    sub = handle.intern("sub")
    tuid = handle.intern("tuid")
    inline = ["bpt", "ept", "ph", "it", "ut", "hi", "sub"].map { handle.intern($0) }
  }

  func isInline(_ name: UnsafePointer<xmlChar>?) -> Bool {
    inline.contains(name)
  }
}
