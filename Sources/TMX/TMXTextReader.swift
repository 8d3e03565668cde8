internal import CLibXML2

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Reads the text of a TMX file's units as a stream, with libxml2's SAX2 push parser: each
/// `<tu>` as its `tuid` and the plain text of one variant per language, and nothing else.
///
///     var reader = try TMXTextReader(path: "memory.tmx", languages: ["th", "en"])
///     while let unit = try reader.next() {
///       print(unit.tuid ?? "-", unit.texts[0] ?? "", unit.texts[1] ?? "")
///     }
///
/// It gives what `TMXReader.nextText(languages:)` gives, with the same parser options (no
/// network, no entity expansion) and the same errors (`path:line: message`), without building
/// libxml2's node tree: for readers that only look at the text (`thaitm check`). The file is
/// read in 64 KiB blocks, so an error is thrown after every unit that ends before it.
///
/// A DOCTYPE that declares entities hands the whole file to the full `TMXReader`, which checks
/// every use of them (the bytes already read are replayed to it: this works on stdin too).
///
/// The reader owns a libxml2 parser and a file descriptor, so it is `~Copyable` and not
/// `Sendable`.
public struct TMXTextReader: ~Copyable {
  private let core: TextReaderCore

  /// Opens a TMX file (`-` for stdin) and reads up to the start of `<body>`.
  ///
  /// - Parameters:
  ///   - languages: language tags, compared by primary subtag (`th` takes `th-TH`).
  /// - Throws: `TMXError` if the file cannot be opened, is not well-formed, or is not TMX.
  public init(path: String, languages: [String]) throws {
    core = try TextReaderCore(path: path, languages: languages)
  }

  /// Reads TMX from bytes in memory (a copy is kept while reading); `path` names them in errors.
  ///
  /// - Throws: `TMXError` if the bytes are not well-formed or not TMX.
  public init(bytes: some Collection<UInt8>, path: String = "<memory>", languages: [String]) throws {
    core = try TextReaderCore(bytes: Array(bytes), path: path, languages: languages)
  }

  /// The next `<tu>` as text, or nil after `</tmx>` once the whole document has been checked.
  ///
  /// - Throws: `TMXError` at the first point where the file is malformed, truncated, or uses an
  ///   entity (after the units that end before it).
  public mutating func next() throws -> TMXUnitText? {
    try core.next()
  }
}

/// What `TMXTextReader` owns: the input, the SAX parser, and the full reader when it took over.
private final class TextReaderCore {
  private let parser: TextSAXParser
  private let languages: [String]
  private let path: String
  private var input: Input
  /// The full reader, when the DOCTYPE declared entities.
  private var fallback: FullReader?

  private enum Input {
    case file(fd: Int32, owned: Bool, buffer: UnsafeMutableRawPointer)
    case memory([UInt8])
  }

  /// Holds the full reader (a class, so the optional need not be consumed to be used).
  private final class FullReader {
    var reader: TMXReader
    init(_ reader: consuming TMXReader) { self.reader = reader }
  }

  private static let blockSize = 1 << 16
  private var state: UnsafeMutablePointer<TextSAXState> { parser.state }
  private var eof = false
  /// How far `.memory` input has been given to the parser.
  private var memoryOffset = 0
  /// Bytes read before the root element, kept for the full reader until the DOCTYPE is past.
  private var prologue: [UInt8]? = []

  convenience init(path: String, languages: [String]) throws {
    let fd = try FileSource.openForReading(path)
    let parser: TextSAXParser
    do {
      parser = try TextSAXParser(path: path, languages: languages)
    } catch {
      if fd != STDIN_FILENO { close(fd) }
      throw error
    }
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: Self.blockSize, alignment: 16)
    self.init(parser, languages, path, .file(fd: fd, owned: fd != STDIN_FILENO, buffer: buffer))
    try readPrologue()
  }

  convenience init(bytes: [UInt8], path: String, languages: [String]) throws {
    let parser = try TextSAXParser(path: path, languages: languages)
    self.init(parser, languages, path, .memory(bytes))
    try readPrologue()
  }

  private init(_ parser: TextSAXParser, _ languages: [String], _ path: String, _ input: Input) {
    self.parser = parser
    self.languages = languages
    self.path = path
    self.input = input
  }

  deinit {
    if case .file(let fd, let owned, let buffer) = input {
      if owned { close(fd) }
      buffer.deallocate()
    }
  }

  func next() throws -> TMXUnitText? {
    if let fallback { return try fallback.reader.nextText(languages: languages) }
    while state.pointee.head == state.pointee.units.count {
      state.pointee.units.removeAll(keepingCapacity: true)
      state.pointee.head = 0
      if let error = state.pointee.error { throw error }
      if eof || state.pointee.stopped { return nil }
      try feed()
      if state.pointee.entityDeclared { return try takeOver() }
    }
    let unit = state.pointee.units[state.pointee.head]
    state.pointee.head += 1
    return unit
  }

  /// Parses up to the start of `<body>` (or the first error, or an entity declaration).
  private func readPrologue() throws {
    while state.pointee.phase == .prologue && !state.pointee.isOver && !eof {
      try feed()
    }
    if state.pointee.entityDeclared {
      _ = try takeOver(firstUnit: false)
      return
    }
    if state.pointee.phase == .prologue, let error = state.pointee.error { throw error }
  }

  /// Reads one block and parses it (at the end of the input, tells the parser so).
  private func feed() throws(TMXError) {
    switch input {
    case .memory(let bytes):
      // In blocks, as from a file (one push of more than 10 MB trips libxml2's lookup limit).
      let end = min(memoryOffset + Self.blockSize, bytes.count)
      if memoryOffset == end {
        eof = true
        parser.parse(nil, 0, terminate: true)
        return
      }
      bytes.withUnsafeBufferPointer { b in
        b.withMemoryRebound(to: CChar.self) {
          parser.parse($0.baseAddress! + memoryOffset, end - memoryOffset, terminate: false)
        }
      }
      memoryOffset = end
    case .file(let fd, _, let buffer):
      var n: Int
      repeat { n = read(fd, buffer, Self.blockSize) } while n < 0 && errno == EINTR
      guard n >= 0 else {
        throw TMXError(.io, path: path, message: "cannot read: \(String(cString: strerror(errno)))")
      }
      if n == 0 {
        eof = true
        parser.parse(nil, 0, terminate: true)
        return
      }
      if prologue != nil {
        prologue!.append(contentsOf: UnsafeRawBufferPointer(start: buffer, count: n))
      }
      parser.parse(buffer.assumingMemoryBound(to: CChar.self), n, terminate: false)
      if state.pointee.rootSeen { prologue = nil }
    }
  }

  /// Hands the input to the full reader (the DOCTYPE declared entities); returns its first unit.
  private func takeOver(firstUnit: Bool = true) throws -> TMXUnitText? {
    let reader: TMXReader
    switch input {
    case .memory(let bytes):
      reader = try TMXReader(bytes: bytes, path: path)
    case .file(let fd, let owned, let buffer):
      reader = try TMXReader(fd: fd, ownsDescriptor: owned, path: path, replaying: prologue ?? [])
      input = .file(fd: fd, owned: false, buffer: buffer)  // the full reader closes it now
    }
    prologue = nil
    fallback = FullReader(reader)
    return firstUnit ? try fallback!.reader.nextText(languages: languages) : nil
  }
}
