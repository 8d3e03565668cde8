#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A text file that could not be read.
public struct TextFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The path as given (`-` for stdin).
  public var path: String
  /// 1-based line, when the problem is inside the file.
  public var line: Int?
  /// What is wrong.
  public var message: String

  /// Creates an error.
  package init(path: String, line: Int? = nil, _ message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path:line: message` (`<stdin>` for `-`).
  public var description: String {
    let shown = path == "-" ? "<stdin>" : path
    return line.map { "\(shown):\($0): \(message)" } ?? "\(shown): \(message)"
  }
}

/// Streams UTF-8 text files line by line, in constant memory.
///
/// A leading BOM is dropped, CRLF and lone CR end lines like LF, and a final line without a
/// newline is delivered. Invalid UTF-8 is an error naming the line: text that matching and
/// alignment work on must be what the user wrote, not a guess.
public enum TextFile {
  /// Calls `body` with each line (without its line end) and its 1-based number.
  ///
  /// - Parameters:
  ///   - path: a file path, or `-` for standard input.
  ///   - body: receives the line number and the line; may throw to stop.
  /// - Throws: `TextFileError` when the file cannot be opened or read or holds invalid UTF-8;
  ///   whatever `body` throws.
  /// - Complexity: O(n) in the file size; memory bounded by the longest line.
  public static func forEachLine(
    path: String, _ body: (_ number: Int, _ line: String) throws -> Void
  ) throws {
    try forEachLineBytes(path: path) { number, bytes in
      guard let line = String(validating: bytes, as: UTF8.self) else {
        throw TextFileError(path: path, line: number, "invalid UTF-8")
      }
      try body(number, line)
    }
  }

  /// Calls `body` with the bytes of each line, with ``forEachLine(path:_:)``'s rules (BOM dropped,
  /// LF, CRLF and lone CR end lines) but not yet checked as UTF-8: for callers that cut a line
  /// into fields first. The bytes are valid only during the call.
  ///
  /// Line ends are found with `memchr` in reads of 256 KiB (a longer line grows the buffer), and
  /// nothing is copied: on a 100 MB TSV this keeps `convert` near the speed of a C program.
  ///
  /// - Throws: `TextFileError` when the file cannot be opened or read; whatever `body` throws.
  public static func forEachLineBytes(
    path: String, _ body: (_ number: Int, _ bytes: UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    let fd: Int32 = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw TextFileError(path: path, String(cString: strerror(errno))) }
    defer { if fd != STDIN_FILENO { close(fd) } }
    var st = stat()
    if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
      throw TextFileError(path: path, "is a directory")
    }

    var size = 1 << 18
    var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    defer { buffer.deallocate() }
    var filled = 0  // bytes in buffer
    var start = 0  // start of the current line
    var number = 0
    var skipLF = false  // the previous line ended with CR: a LF right after belongs to it
    var eof = false

    func emit(_ from: Int, _ to: Int) throws {
      number += 1
      var from = from
      if number == 1 && to - from >= 3 && buffer[from] == 0xEF && buffer[from + 1] == 0xBB && buffer[from + 2] == 0xBF {
        from += 3
      }
      try body(number, UnsafeBufferPointer(start: buffer + from, count: to - from))
    }
    func offset(_ found: UnsafeMutableRawPointer?) -> Int? {
      found.map { $0.assumingMemoryBound(to: UInt8.self) - buffer }
    }

    while true {
      var i = start
      while i < filled {
        if skipLF {
          skipLF = false
          if buffer[i] == 0x0A {
            i += 1
            start = i
            continue
          }
        }
        let lf = offset(memchr(buffer + i, 0x0A, filled - i))
        let cr = offset(memchr(buffer + i, 0x0D, (lf ?? filled) - i))
        if let end = cr ?? lf {
          try emit(start, end)
          i = end + 1
          start = i
          skipLF = cr != nil
        } else {
          break
        }
      }
      if eof {
        if start < filled { try emit(start, filled) }
        return
      }
      // Keep the partial line, grow the buffer if one line fills it, read more.
      if start > 0 {
        buffer.update(from: buffer + start, count: filled - start)
        filled -= start
        start = 0
      }
      if filled == size {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size * 2)
        bigger.update(from: buffer, count: filled)
        buffer.deallocate()
        buffer = bigger
        size *= 2
      }
      let n = read(fd, buffer + filled, size - filled)
      if n < 0 {
        if errno == EINTR { continue }
        throw TextFileError(path: path, String(cString: strerror(errno)))
      }
      if n == 0 { eof = true } else { filled += n }
    }
  }

  /// All lines of a file (for small inputs such as one document).
  public static func lines(path: String) throws -> [String] {
    var out: [String] = []
    try forEachLine(path: path) { _, line in out.append(line) }
    return out
  }
}
