#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole-file reads and atomic writes for glossary files (small files; corpora stream elsewhere).
enum FileBytes {
  /// Whether something exists at `path`.
  static func exists(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0
  }

  /// The size of a regular file in bytes (0 when it is not one, or for stdin).
  static func size(_ path: String) -> Int {
    var st = stat()
    guard path != "-", stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return 0 }
    return Int(st.st_size)
  }

  /// The bytes of a file.
  ///
  /// - Throws: `GlossaryError` naming the path when it cannot be opened or read.
  static func read(path: String) throws(GlossaryError) -> [UInt8] {
    if path == "-" { throw GlossaryError(path: path, "a glossary to write back must be a file, not stdin") }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw GlossaryError(path: path, String(cString: strerror(errno))) }
    defer { close(fd) }
    var st = stat()
    if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { throw GlossaryError(path: path, "is a directory") }
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw GlossaryError(path: path, String(cString: strerror(errno)))
      }
      if n == 0 { break }
      out += buffer[0..<n]
    }
    return out
  }

  /// Writes `bytes` to a temporary file beside `path`, then renames it into place: a failed
  /// write never leaves a half-written file nor loses the old one.
  ///
  /// - Throws: `GlossaryError` naming the path on any I/O failure.
  static func writeAtomically(_ bytes: [UInt8], to path: String) throws(GlossaryError) {
    let temporary = "\(path).tmp-\(getpid())"
    var mode: mode_t = 0o644
    var existing = stat()
    if stat(path, &existing) == 0 { mode = existing.st_mode & 0o7777 }  // keep the old file's mode
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    guard fd >= 0 else { throw GlossaryError(path: path, String(cString: strerror(errno))) }
    var offset = 0
    var failure: Int32 = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
      if n < 0 {
        if errno == EINTR { continue }
        failure = errno
        break
      }
      offset += n
    }
    if failure == 0, fsync(fd) != 0 { failure = errno }
    close(fd)
    if failure == 0, rename(temporary, path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary)
      throw GlossaryError(path: path, String(cString: strerror(failure)))
    }
  }
}
