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

  /// `path:line: message`.
  public var description: String {
    line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
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
    let fd: Int32 = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw TextFileError(path: path, String(cString: strerror(errno))) }
    defer { if fd != STDIN_FILENO { close(fd) } }
    var st = stat()
    if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
      throw TextFileError(path: path, "is a directory")
    }

    var pending: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var number = 0
    var first = true
    var lastWasCR = false

    func emit(_ bytes: ArraySlice<UInt8>) throws {
      number += 1
      var slice = bytes
      if first {
        first = false
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
      }
      guard let line = String(validating: slice, as: UTF8.self) else {
        throw TextFileError(path: path, line: number, "invalid UTF-8")
      }
      try body(number, line)
    }

    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw TextFileError(path: path, String(cString: strerror(errno)))
      }
      if n == 0 { break }
      var start = 0
      // Only CR and LF matter: skip everything else without looking at it twice.
      let lineEnds: [Int] = buffer.withUnsafeBufferPointer { bytes in
        var found: [Int] = []
        for i in 0..<n where bytes[i] <= 0x0D && (bytes[i] == 0x0A || bytes[i] == 0x0D) { found.append(i) }
        return found
      }
      /// The line ending before `end`: what is pending from earlier chunks, then `start..<end`.
      func emitLine(_ start: Int, _ end: Int) throws {
        if pending.isEmpty {
          try emit(buffer[start..<end])
        } else {
          pending += buffer[start..<end]
          try emit(pending[...])
          pending.removeAll(keepingCapacity: true)
        }
      }
      for i in lineEnds {
        let byte = buffer[i]
        if byte == 0x0A {
          if lastWasCR && i == start && pending.isEmpty {
            // LF of a CRLF whose CR ended the previous line.
            start = i + 1
            lastWasCR = false
            continue
          }
          try emitLine(start, i)
          start = i + 1
          lastWasCR = false
        } else if byte == 0x0D {
          try emitLine(start, i)
          start = i + 1
          lastWasCR = true
        }
      }
      // A chunk that does not end in CR: a LF at the start of the next chunk is a line of its own.
      if lineEnds.last != n - 1 { lastWasCR = false }
      pending += buffer[start..<n]
    }
    if !pending.isEmpty { try emit(pending[...]) }
  }

  /// All lines of a file (for small inputs such as one document).
  public static func lines(path: String) throws -> [String] {
    var out: [String] = []
    try forEachLine(path: path) { _, line in out.append(line) }
    return out
  }
}
