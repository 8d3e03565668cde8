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
