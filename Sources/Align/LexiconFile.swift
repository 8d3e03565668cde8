#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Reads a whole lexicon file into memory with one `read` loop (no line-by-line strings).
enum LexiconFile {
  /// The bytes of the file at `path`.
  ///
  /// - Throws: `LexiconError` (without a line) when the file cannot be opened or read.
  static func read(path: String) throws(LexiconError) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw LexiconError(path: path, line: nil, message: "cannot open: \(reason())") }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let got = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if got < 0 {
        if errno == EINTR { continue }
        throw LexiconError(path: path, line: nil, message: "cannot read: \(reason())")
      }
      if got == 0 { break }
      bytes.append(contentsOf: chunk[0..<got])
    }
    return bytes
  }

  private static func reason() -> String {
    guard let text = strerror(errno) else { return "error \(errno)" }
    return String(cString: text)
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  private let systemRead = Darwin.read
#endif
