#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// The bytes libxml2's output buffer hands over (about 4 KB at a time), gathered into 256 KB
/// writes to a file descriptor: a tenth of the system calls of `xmlOutputBufferCreateFd`.
///
/// libxml2 calls `append` through a C callback with an unretained pointer to this object; the
/// `TextWriterHandle` that owns both keeps it alive until the writer is freed.
final class FileSink {
  let fd: Int32
  private let storage: UnsafeMutableRawPointer
  private var count = 0
  private static let capacity = 1 << 18
  /// `errno` of the first failed write, if any.
  private(set) var failure: Int32?

  init(fd: Int32) {
    self.fd = fd
    storage = UnsafeMutableRawPointer.allocate(byteCount: Self.capacity, alignment: 16)
  }

  deinit { storage.deallocate() }

  /// Takes `length` bytes; false once writing has failed.
  func append(_ bytes: UnsafeRawPointer, _ length: Int) -> Bool {
    if failure != nil { return false }
    if count + length > Self.capacity {
      guard flush() else { return false }
      if length > Self.capacity { return write(bytes, length) }
    }
    storage.advanced(by: count).copyMemory(from: bytes, byteCount: length)
    count += length
    return true
  }

  /// Writes what is gathered; false if writing failed.
  @discardableResult
  func flush() -> Bool {
    if failure != nil { return false }
    let ok = write(storage, count)
    count = 0
    return ok
  }

  private func write(_ bytes: UnsafeRawPointer, _ length: Int) -> Bool {
    var offset = 0
    while offset < length {
      let n = Glibc.write(fd, bytes + offset, length - offset)
      if n < 0 {
        if errno == EINTR { continue }
        failure = errno
        return false
      }
      offset += n
    }
    return true
  }
}
