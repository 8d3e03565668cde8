#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Feeds libxml2's reader from a file descriptor in 256 KB reads (libxml2 asks for about 4 KB at
/// a time; reading it that way costs a system call each, and under load a trip through the
/// scheduler). libxml2 calls `fill` through a C callback with an unretained pointer to this
/// object; the `TextReaderHandle` that owns both keeps it alive until the reader is freed.
final class FileSource {
  let fd: Int32
  private let storage: UnsafeMutableRawPointer
  private var start = 0
  private var end = 0
  private static let capacity = 1 << 18

  /// Bytes already read from `fd` elsewhere, given out first.
  private var replay: [UInt8]
  private var replayed = 0

  /// Opens `path` for reading (`-`: stdin, not opened again), refusing a directory.
  ///
  /// - Throws: `TMXError` (`.cannotOpen`) with the system's reason.
  static func openForReading(_ path: String) throws(TMXError) -> Int32 {
    let fd = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      throw TMXError(.cannotOpen, path: path, message: String(cString: strerror(errno)))
    }
    var st = stat()
    if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
      if fd != STDIN_FILENO { close(fd) }
      throw TMXError(.cannotOpen, path: path, message: "is a directory")
    }
    return fd
  }

  init(fd: Int32, replaying replay: [UInt8] = []) {
    self.fd = fd
    self.replay = replay
    storage = UnsafeMutableRawPointer.allocate(byteCount: Self.capacity, alignment: 16)
  }

  deinit { storage.deallocate() }

  /// Copies up to `length` bytes into `buffer`; 0 at the end of the file, -1 on a read error.
  func fill(_ buffer: UnsafeMutableRawPointer, _ length: Int) -> Int {
    if replayed < replay.count {
      let count = min(length, replay.count - replayed)
      replay.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress! + replayed, byteCount: count) }
      replayed += count
      return count
    }
    if start == end {
      while true {
        let n = read(fd, storage, Self.capacity)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return n }
        start = 0
        end = n
        break
      }
    }
    let count = min(length, end - start)
    buffer.copyMemory(from: storage + start, byteCount: count)
    start += count
    return count
  }
}
