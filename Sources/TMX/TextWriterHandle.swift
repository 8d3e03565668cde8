internal import CLibXML2

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Owns one libxml2 `xmlTextWriter` and the file descriptor under it; frees the writer, closes
/// the descriptor and, unless `commit()` succeeded, removes the temporary file.
struct TextWriterHandle: ~Copyable {
  /// The `xmlTextWriterPtr`; nil once freed.
  private(set) var raw: OpaquePointer?
  /// The descriptor written to (1 for stdout, never closed then).
  private var fd: Int32
  /// Gathers libxml2's output into large writes.
  private let sink: FileSink
  /// Whether the descriptor is ours to close.
  private let ownsDescriptor: Bool
  /// The temporary file beside the target, or nil for stdout.
  private let temporaryPath: String?
  /// The target path as the caller gave it (`-` for stdout).
  let path: String
  private var committed = false

  /// Opens `path` for writing through a temporary file `path.tmp-<random>` beside it, or stdout
  /// for `-`.
  init(path: String) throws(TMXError) {
    var temporary: String? = nil
    var fd: Int32 = STDOUT_FILENO
    var st = stat()
    if path != "-" && stat(path, &st) == 0 && (st.st_mode & S_IFMT) != S_IFREG {
      // A device or FIFO (`/dev/null`, a named pipe): written in place, nothing to rename.
      fd = open(path, O_WRONLY | O_CLOEXEC)
      guard fd >= 0 else {
        throw TMXError(.cannotOpen, path: path, message: "cannot open: \(Self.lastError())")
      }
    } else if path != "-" {
      let name = path + ".tmp-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
      fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      guard fd >= 0 else {
        throw TMXError(.cannotOpen, path: path, message: "cannot create \(name): \(Self.lastError())")
      }
      temporary = name
    }
    let sink = FileSink(fd: fd)
    let output = xmlOutputBufferCreateIO(
      { context, bytes, length in
        guard let context, let bytes else { return -1 }
        let sink = Unmanaged<FileSink>.fromOpaque(context).takeUnretainedValue()
        return sink.append(bytes, Int(length)) ? length : -1
      }, nil, Unmanaged.passUnretained(sink).toOpaque(), nil)
    guard let output, let writer = xmlNewTextWriter(output) else {
      if fd != STDOUT_FILENO { close(fd) }
      if let temporary { unlink(temporary) }
      throw TMXError(.cannotOpen, path: path, message: "cannot create an XML writer")
    }
    self.raw = writer
    self.fd = fd
    self.sink = sink
    self.temporaryPath = temporary
    self.ownsDescriptor = fd != STDOUT_FILENO
    self.path = path
  }

  deinit {
    if let raw { xmlFreeTextWriter(raw) }
    if ownsDescriptor && fd >= 0 { close(fd) }
    if let temporaryPath, !committed { unlink(temporaryPath) }
  }

  /// Flushes and frees the writer, closes the file and renames it into place.
  mutating func commit() throws(TMXError) {
    guard let writer = raw else { return }
    let flushed = xmlTextWriterFlush(writer)
    xmlFreeTextWriter(writer)
    raw = nil
    guard flushed >= 0, sink.flush() else { throw ioError("write failed") }
    if ownsDescriptor {
      let closed = close(fd)
      fd = -1
      guard closed == 0 else { throw ioError("close failed: \(Self.lastError())") }
    }
    guard let temporaryPath else { return }
    guard rename(temporaryPath, path) == 0 else {
      throw ioError("cannot rename \(temporaryPath) to \(path): \(Self.lastError())")
    }
    committed = true
  }

  // MARK: - Writing primitives (each throws on a libxml2 failure)

  private var writer: OpaquePointer { raw! }

  func check(_ rc: Int32) throws(TMXError) {
    if rc < 0 { throw ioError("write failed") }
  }

  /// Writes bytes that need no escaping as they are (what `xmlTextWriterWriteString` does after
  /// `xmlEncodeSpecialChars`, without its copy).
  func raw(_ text: String) throws(TMXError) {
    var text = text
    try check(text.withUTF8 { xmlTextWriterWriteRawLen(writer, $0.baseAddress, Int32($0.count)) })
  }

  func start(_ name: String) throws(TMXError) {
    try check(name.withXMLChars { xmlTextWriterStartElement(writer, $0) })
  }

  func end() throws(TMXError) {
    try check(xmlTextWriterEndElement(writer))
  }

  /// Writes `text` as is (our own indentation).
  func raw(_ text: StaticString) throws(TMXError) {
    try check(text.withUTF8Buffer { xmlTextWriterWriteRawLen(writer, $0.baseAddress, Int32($0.count)) })
  }

  /// Writes an attribute; illegal code points become U+FFFD (counted).
  func attribute(_ name: String, _ value: String, report: inout TMXWriteReport) throws(TMXError) {
    let scan = XMLText.scan(value, foldNewlines: false, attribute: true)
    if !scan.needsSanitizing && !scan.needsEscaping {
      try check(name.withXMLChars { xmlTextWriterStartAttribute(writer, $0) })
      try raw(value)
      try check(xmlTextWriterEndAttribute(writer))
      return
    }
    var illegal = 0, newlines = 0
    let clean = XMLText.sanitized(value, foldNewlines: false, illegal: &illegal, newlines: &newlines)
    report.illegalCharactersReplaced += illegal
    try check(name.withXMLChars { n in clean.withXMLChars { xmlTextWriterWriteAttribute(writer, n, $0) } })
  }

  /// Writes character data; illegal code points become U+FFFD, and with `foldNewlines` each
  /// CR/LF/CRLF becomes a space (both counted).
  func text(_ value: String, foldNewlines: Bool, report: inout TMXWriteReport) throws(TMXError) {
    let scan = XMLText.scan(value, foldNewlines: foldNewlines, attribute: false)
    if !scan.needsSanitizing && !scan.needsEscaping { return try raw(value) }
    var illegal = 0, newlines = 0
    let clean =
      scan.needsSanitizing
      ? XMLText.sanitized(value, foldNewlines: foldNewlines, illegal: &illegal, newlines: &newlines) : value
    report.illegalCharactersReplaced += illegal
    report.newlinesFolded += newlines
    try check(clean.withXMLChars { xmlTextWriterWriteString(writer, $0) })
  }

  func startDocument() throws(TMXError) {
    try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
  }

  func endDocument() throws(TMXError) {
    try check(xmlTextWriterEndDocument(writer))
  }

  /// The error for a failed libxml2 call.
  func ioError(_ what: String) -> TMXError {
    TMXError(.io, path: path, message: what)
  }

  static func lastError() -> String {
    String(cString: strerror(errno))
  }
}

extension String {
  /// Calls `body` with the string's NUL-terminated UTF-8 as `xmlChar`s, without copying a native
  /// string (the implicit `String` → `UnsafePointer<UInt8>` conversion copies through `utf8CString`).
  @inline(__always)
  func withXMLChars<R>(_ body: (UnsafePointer<xmlChar>) -> R) -> R {
    withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
  }
}
