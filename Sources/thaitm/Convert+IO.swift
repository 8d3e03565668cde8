#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A streaming text output for `convert`: buffered writes to a temporary file beside the target,
/// renamed into place by `commit()`; `-` (stdout) and non-regular targets such as `/dev/null`
/// are written directly. Dropped without `commit()`, it removes the temporary file.
final class StreamingOutput {
  let path: String
  private var fd: Int32
  private let temporaryPath: String?
  private let buffer = UnsafeMutableRawPointer.allocate(byteCount: StreamingOutput.capacity, alignment: 16)
  private var count = 0
  private var committed = false
  private static let capacity = 1 << 18

  init(path: String) throws {
    self.path = path
    if path == "-" {
      fd = STDOUT_FILENO
      temporaryPath = nil
    } else if Self.isSpecialFile(path) {
      fd = open(path, O_WRONLY | O_CLOEXEC)
      temporaryPath = nil
    } else {
      let name = path + ".tmp-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
      fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      temporaryPath = name
    }
    guard fd >= 0 else { throw JobFailed("\(path): cannot write: \(String(cString: strerror(errno)))") }
  }

  deinit {
    buffer.deallocate()
    if fd >= 0 && fd != STDOUT_FILENO { close(fd) }
    if let temporaryPath, !committed { unlink(temporaryPath) }
  }

  /// Whether `path` exists and is not a regular file (a device, FIFO, …): written in place.
  static func isSpecialFile(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) != S_IFREG
  }

  func write(_ text: String) throws {
    var text = text
    try text.withUTF8 { bytes in
      if count + bytes.count > Self.capacity { try flush() }
      if bytes.count > Self.capacity { return try writeAll(UnsafeRawBufferPointer(bytes)) }
      if let base = bytes.baseAddress { (buffer + count).copyMemory(from: base, byteCount: bytes.count) }
      count += bytes.count
    }
  }

  func flush() throws {
    try writeAll(UnsafeRawBufferPointer(start: buffer, count: count))
    count = 0
  }

  private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
    var offset = 0
    while offset < bytes.count {
      let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        throw JobFailed("\(path): cannot write: \(String(cString: strerror(errno)))")
      }
      offset += n
    }
  }

  /// Writes what is buffered, closes the file and renames it into place.
  func commit() throws {
    try flush()
    guard let temporaryPath else { return }
    let closed = close(fd)
    fd = -1
    guard closed == 0 else { throw JobFailed("\(path): cannot write: \(String(cString: strerror(errno)))") }
    guard rename(temporaryPath, path) == 0 else {
      throw JobFailed("\(path): cannot replace: \(String(cString: strerror(errno)))")
    }
    committed = true
  }
}

/// Lines of a UTF-8 text file for `convert`, with `TextFile.forEachLine`'s rules (BOM dropped;
/// LF, CRLF and lone CR end lines; invalid UTF-8 is an error naming the line) but found with
/// `memchr` in 256 KB reads and turned into strings straight from the read buffer: on a
/// 100 MB TSV this is what keeps `convert` near the speed of a C program.
enum FastLines {
  /// Calls `body` with each line as a validated string.
  static func forEach(path: String, _ body: (_ number: Int, _ line: String) throws -> Void) throws {
    try forEachBytes(path: path) { number, bytes in
      guard let line = String(validating: bytes, as: UTF8.self) else {
        throw JobFailed("\(shown(path)):\(number): invalid UTF-8")
      }
      try body(number, line)
    }
  }

  /// Calls `body` with the bytes of each line (BOM and line end removed; not yet validated: the
  /// caller makes strings of them, which validates). The bytes are valid only during the call.
  static func forEachBytes(
    path: String, _ body: (_ number: Int, _ bytes: UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    let fd: Int32 = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw JobFailed("\(shown(path)): \(String(cString: strerror(errno)))") }
    defer { if fd != STDIN_FILENO { close(fd) } }
    var st = stat()
    if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { throw JobFailed("\(shown(path)): is a directory") }

    let capacity = 1 << 18
    var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    var size = capacity
    defer { buffer.deallocate() }
    var filled = 0  // bytes in buffer
    var start = 0  // start of the current line
    var number = 0
    var skipLF = false  // the previous line ended with CR: a following LF belongs to it
    var eof = false

    func emit(_ from: Int, _ to: Int) throws {
      number += 1
      var from = from
      if number == 1 && to - from >= 3 && buffer[from] == 0xEF && buffer[from + 1] == 0xBB && buffer[from + 2] == 0xBF {
        from += 3
      }
      try body(number, UnsafeBufferPointer(start: buffer + from, count: to - from))
    }

    while true {
      // Find line ends in buffer[start..<filled].
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
        let rest = filled - i
        let lf = memchr(buffer + i, 0x0A, rest).map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: UInt8.self) - buffer }
        let limit = lf ?? filled
        let cr = memchr(buffer + i, 0x0D, limit - i).map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: UInt8.self) - buffer }
        if let cr {
          try emit(start, cr)
          i = cr + 1
          start = i
          skipLF = true
        } else if let lf {
          try emit(start, lf)
          i = lf + 1
          start = i
        } else {
          break
        }
      }
      if eof {
        if start < filled { try emit(start, filled) }
        return
      }
      // Keep the partial line, grow if one line fills the buffer, read more.
      if start > 0 {
        (buffer).update(from: buffer + start, count: filled - start)
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
        throw JobFailed("\(shown(path)): \(String(cString: strerror(errno)))")
      }
      if n == 0 { eof = true } else { filled += n }
    }
  }
}
