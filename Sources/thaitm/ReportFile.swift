import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A report written as it is produced: buffered, to a temporary file beside the target that
/// ``commit()`` renames into place (`-` writes to stdout directly). A run that fails or is killed
/// before `commit()` leaves the old file untouched; the temporary file is removed on `deinit`.
final class ReportFile: TextOutputStream {
  let path: String
  private let fd: Int32
  private let temporary: String?
  private var buffer: [UInt8] = []
  private var failure: String?
  private var done = false

  /// Opens the temporary file (or stdout for `-`).
  init(path: String) throws {
    self.path = path
    buffer.reserveCapacity(1 << 16)
    if path == "-" {
      fd = STDOUT_FILENO
      temporary = nil
      return
    }
    let url = URL(fileURLWithPath: path)
    let temp = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString.prefix(8))").path
    var mode: mode_t = 0o644
    var st = stat()
    if stat(path, &st) == 0 { mode = st.st_mode & 0o7777 }
    let opened = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard opened >= 0 else { throw JobFailed("\(path): cannot write: \(String(cString: strerror(errno)))") }
    fd = opened
    temporary = temp
  }

  func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  private func flush() {
    guard failure == nil else { buffer.removeAll(keepingCapacity: true); return }
    buffer.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          return
        }
        offset += n
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes what is buffered and renames the file into place.
  func commit() throws {
    flush()
    done = true
    guard let temporary else {
      if let failure { throw JobFailed("stdout: cannot write: \(failure)") }
      return
    }
    let closed = close(fd)
    if failure == nil, closed != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temporary)
      throw JobFailed("\(path): cannot write: \(failure)")
    }
    guard rename(temporary, path) == 0 else {
      let message = String(cString: strerror(errno))
      unlink(temporary)
      throw JobFailed("\(path): cannot replace: \(message)")
    }
  }

  deinit {
    guard !done, let temporary else { return }
    close(fd)
    unlink(temporary)
  }
}
