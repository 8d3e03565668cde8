internal import CLibXML2

/// What the SAX callbacks track, and the `TMXUnitText`s they make.
///
/// It follows what `TMXReader.nextText(languages:)` does node by node (see the comments there):
/// the root must be `<tmx>`, elements of `<body>` other than `<tu>` are passed over, and so are
/// children of `<tu>` other than `<tuv>` and of `<tuv>` other than `<seg>`; in a `<seg>`, the
/// text of `bpt`, `ept`, `ph`, `it` and `ut` (and of prefixed `hi`/`sub`) is left out. Names
/// compare by the parser's interned pointers. An element whose prefix is not declared is, for
/// the tree the full reader builds, a name with no namespace (`x:hi`), which matches no TMX name.
struct TextSAXState {
  enum Phase { case prologue, body, unit, variant, afterBody }

  let path: String
  let languages: [String]
  let ctxt: xmlParserCtxtPtr
  let sink = ParserErrorSink()

  /// Units read and not yet handed out, from `head` on.
  var units: [TMXUnitText] = []
  var head = 0
  /// The first error, in document order (libxml2's, or ours).
  var error: TMXError?
  /// A DOCTYPE declared an entity: the full reader takes over (and the parser stopped).
  var entityDeclared = false
  /// The parser was stopped (an error of ours, or an empty `<body/>`): no more events.
  var stopped = false
  private(set) var phase = Phase.prologue
  private(set) var rootSeen = false

  private let names: Names
  /// Element depth (the root is 1), and the depth of the element being passed over (0: none).
  private var depth: Int32 = 0
  private var skipDepth: Int32 = 0
  /// The line of each open element's start tag (an entity reference reports its parent's).
  private var lines: [Int32] = []
  private var rootLine = 0
  // The unit being read.
  private var tuid: String?
  private var texts: [String?] = []
  private var language = ""
  private var wanted = false
  private var inSegment = false
  /// Depth of the inline element whose text is left out (0: none).
  private var dropDepth: Int32 = 0
  private var text: [UInt8] = []
  /// The node libxml2's tree builder would be appending character data to (0: none, 1: text,
  /// 2: CDATA) and its length so far: the full reader's tree refuses a text node over
  /// `TMXError.maximumTextNode` bytes (without `XML_PARSE_HUGE`), and so does this reader.
  private var run: UInt8 = 0
  private var runLength = 0

  init(path: String, languages: [String], ctxt: xmlParserCtxtPtr) {
    self.path = path
    self.languages = languages
    self.ctxt = ctxt
    names = Names(ctxt.pointee.dict)
  }

  /// Whether the parser may not be fed any more.
  var isOver: Bool { stopped || entityDeclared || error != nil }

  /// Turns a failed chunk into `error`.
  mutating func afterChunk() {
    if isOver { return }
    if sink.message != nil || ctxt.pointee.wellFormed == 0 {
      error = parseError
      stop()
    }
  }

  /// The error for a failed parse, as `TextReaderHandle.parseError` words it.
  private var parseError: TMXError {
    var message = sink.message ?? "malformed XML"
    if message == "Extra content at the end of the document" && depth > 0 {
      message = "the file ends inside an element: the document is incomplete (truncated?)"
    }
    let kind: TMXError.Kind = message.contains("ntity") ? .entity : .malformed
    let error = TMXError(kind, path: path, line: sink.inEntity ? parserLine : (sink.line ?? parserLine), message: message)
    return rootSeen ? error : TMXError.noRoot(error)
  }

  private var parserLine: Int { Int(ctxt.pointee.input.pointee.line) }

  private mutating func stop() {
    stopped = true
    xmlStopParser(ctxt)
  }

  private mutating func fail(_ kind: TMXError.Kind, line: Int, _ message: String) {
    guard error == nil else { return }
    error = TMXError(kind, path: path, line: line, message: message)
    stop()
  }

  // MARK: - Events

  mutating func startElement(
    _ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?,
    _ count: Int32, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    depth += 1
    run = 0
    let line = ctxt.pointee.input.pointee.line
    lines.append(line)
    if skipDepth != 0 || stopped { return }
    let name = prefix != nil && uri == nil ? nil : local
    switch phase {
    case .variant:
      if depth == 5 {
        if name == names.seg { inSegment = true } else { skipDepth = depth }
      } else if dropDepth == 0 && names.isInline(name) && !(prefix == nil && (name == names.hi || name == names.sub)) {
        dropDepth = depth
      }
    case .unit:
      guard name == names.tuv else {
        skipDepth = depth
        return
      }
      phase = .variant
      language = Self.language(count, attributes, names) ?? ""
      let language = language
      wanted = languages.indices.contains { texts[$0] == nil && LanguageTag.samePrimary(language, languages[$0]) }
    case .body:
      guard name == names.tu else {
        skipDepth = depth
        return
      }
      phase = .unit
      tuid = Self.attribute(names.tuid, count, attributes)
      texts = [String?](repeating: nil, count: languages.count)
    case .prologue:
      if depth == 1 {
        rootSeen = true
        rootLine = Int(line)
        guard name == names.tmx else {
          return fail(.notTMX, line: Int(line), "not a TMX file: the root element is <\(Self.qualifiedName(local, prefix))>, not <tmx>")
        }
        if isEmptyElement { fail(.notTMX, line: rootLine, "no <body> in <tmx>") }
      } else if name == names.body {
        phase = .body  // an empty <body/> ends at once; the rest is still read and checked
      } else {
        skipDepth = depth
      }
    case .afterBody:
      return
    }
  }

  mutating func endElement() {
    run = 0
    defer {
      depth -= 1
      lines.removeLast()
    }
    if stopped { return }
    if skipDepth != 0 {
      if depth == skipDepth { skipDepth = 0 }
      return
    }
    switch phase {
    case .variant:
      if depth == dropDepth {
        dropDepth = 0
      } else if depth == 5 {
        inSegment = false
      } else if depth == 4 {
        if wanted {
          let value = String(decoding: text, as: UTF8.self)
          for k in languages.indices where texts[k] == nil && LanguageTag.samePrimary(language, languages[k]) {
            texts[k] = value
          }
        }
        text.removeAll(keepingCapacity: true)
        phase = .unit
      }
    case .unit:
      units.append(TMXUnitText(tuid: tuid, texts: texts))
      phase = .body
    case .body:
      phase = .afterBody
    case .prologue:
      fail(.notTMX, line: rootLine, "no <body> in <tmx>")  // </tmx>
    case .afterBody:
      return
    }
  }

  /// Text (`kind` 1) or CDATA (`kind` 2) from libxml2, anywhere in the document.
  mutating func characters(_ bytes: UnsafePointer<xmlChar>?, _ count: Int32, kind: UInt8) {
    if run == kind {
      // What xmlSAX2Text checks when it appends to a node: the full reader then fails there too
      // (libxml2 reports it as a non-fatal memory error).
      if runLength + Int(count) > TMXError.maximumTextNode {
        return fail(.malformed, line: Int(ctxt.pointee.input.pointee.line), TMXError.hugeTextMessage)
      }
      runLength += Int(count)
    } else {
      run = kind
      runLength = Int(count)
    }
    guard inSegment && wanted && dropDepth == 0, let bytes, !stopped else { return }
    text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(count)))
  }

  /// A comment or processing instruction: a node of its own in the full reader's tree, so the
  /// character data after it is a new text node.
  mutating func otherNode() {
    run = 0
  }

  /// An entity reference the parser did not expand (none are declared, but the DOCTYPE names an
  /// external subset): refused at the line of the element it is in, as the full reader does.
  mutating func reference(_ name: UnsafePointer<xmlChar>?) {
    let shown = name.map { String(cString: $0) } ?? ""
    fail(
      .entity, line: Int(lines.last ?? ctxt.pointee.input.pointee.line),
      "entity reference &\(shown); refused (TMX uses only &amp; &lt; &gt; &quot; &apos;)")
  }

  mutating func declaredEntity() {
    guard !stopped, error == nil else { return }
    entityDeclared = true
    xmlStopParser(ctxt)
  }

  func recordError(_ error: xmlError) {
    guard !isOver else { return }
    sink.record(error)
  }

  // MARK: - Helpers

  /// Whether the start tag just read ends with `/>` (what `xmlTextReaderIsEmptyElement` asks).
  private var isEmptyElement: Bool {
    guard let cur = ctxt.pointee.input.pointee.cur else { return false }
    return cur[0] == 0x2F && cur[1] == 0x3E
  }

  private static func qualifiedName(_ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?) -> String {
    let name = local.map { String(cString: $0) } ?? ""
    guard let prefix else { return name }
    return String(cString: prefix) + ":" + name
  }

  /// The value of the unprefixed attribute `local`, or nil.
  private static func attribute(
    _ local: UnsafePointer<xmlChar>?, _ count: Int32, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) -> String? {
    guard let attributes else { return nil }
    for i in 0..<Int(count) where attributes[5 * i] == local && attributes[5 * i + 1] == nil {
      return value(attributes[5 * i + 3], attributes[5 * i + 4])
    }
    return nil
  }

  /// `xml:lang`, else the first unprefixed `lang`, else nil.
  private static func language(
    _ count: Int32, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, _ names: Names
  ) -> String? {
    guard let attributes else { return nil }
    var lang: String?
    for i in 0..<Int(count) where attributes[5 * i] == names.lang {
      let prefix = attributes[5 * i + 1]
      if prefix == names.xml { return value(attributes[5 * i + 3], attributes[5 * i + 4]) }
      if prefix == nil && lang == nil { lang = value(attributes[5 * i + 3], attributes[5 * i + 4]) }
    }
    return lang
  }

  /// An attribute value from the SAX2 bounds. With entities never substituted, libxml2 hands an
  /// `&` (from `&amp;` or `&#38;`) on as `&#38;`, which the tree turns back into `&`.
  private static func value(_ start: UnsafePointer<xmlChar>?, _ end: UnsafePointer<xmlChar>?) -> String {
    guard let start, let end else { return "" }
    let bytes = UnsafeBufferPointer(start: start, count: end - start)
    guard bytes.contains(0x26) else { return String(decoding: bytes, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      if bytes[i] == 0x26 && i + 4 < bytes.count && bytes[i + 1] == 0x23 && bytes[i + 2] == 0x33
        && bytes[i + 3] == 0x38 && bytes[i + 4] == 0x3B
      {
        out.append(0x26)
        i += 5
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// TMX names interned in the parser's dictionary.
  struct Names {
    let tmx, body, tu, tuv, seg, hi, sub, tuid, lang, xml: UnsafePointer<xmlChar>?
    let bpt, ept, ph, it, ut: UnsafePointer<xmlChar>?

    init(_ dict: xmlDictPtr?) {
      func intern(_ name: String) -> UnsafePointer<xmlChar>? { xmlDictLookup(dict, name, -1) }
      (tmx, body, tu, tuv, seg) = (intern("tmx"), intern("body"), intern("tu"), intern("tuv"), intern("seg"))
      (hi, sub, tuid, lang, xml) = (intern("hi"), intern("sub"), intern("tuid"), intern("lang"), intern("xml"))
      (bpt, ept, ph, it, ut) = (intern("bpt"), intern("ept"), intern("ph"), intern("it"), intern("ut"))
    }

    func isInline(_ name: UnsafePointer<xmlChar>?) -> Bool {
      guard let name else { return false }
      return name == bpt || name == ept || name == ph || name == it || name == ut || name == hi || name == sub
    }
  }
}
