import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The formats of a file of sentence pairs, as `check`, `extend` and `convert` read them: TSV
/// (th<TAB>en a line), JSONL (`{"th": …, "en": …}` a line) or TMX.
enum PairFileFormat: String, ExpressibleByArgument, CaseIterable {
  case tsv, jsonl, tmx

  /// The format a file name's extension names: `.tsv` `.tab` `.txt`, `.jsonl` `.ndjson`
  /// `.json`, `.tmx` `.xml` (any case); nil for another extension or none.
  init?(extensionOf path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    switch path[path.index(after: dot)...].lowercased() {
    case "tsv", "tab", "txt": self = .tsv
    case "jsonl", "ndjson", "json": self = .jsonl
    case "tmx", "xml": self = .tmx
    default: return nil
    }
  }

  /// The format of the input at `path`: what its extension names; for a file whose extension
  /// names none, what its first bytes look like (``sniff(_:)``); TSV for stdin (`-`) and for a
  /// file that cannot be read (its reader then says why).
  static func of(input path: String) -> PairFileFormat {
    if let format = PairFileFormat(extensionOf: path) { return format }
    if path == "-" { return .tsv }
    return sniff(path) ?? .tsv
  }

  /// What the start of the file at `path` looks like, past a byte-order mark and white space:
  /// `<` (or a UTF-16 byte-order mark: only XML may be UTF-16 here) is TMX, `{` is JSONL,
  /// anything else TSV. Nil when the file cannot be opened or read, or is empty or blank.
  static func sniff(_ path: String) -> PairFileFormat? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard count > 0 else { return nil }
    let bytes = buffer[..<count]
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .tmx }
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    guard let first = body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return nil }
    switch first {
    case UInt8(ascii: "<"): return .tmx
    case UInt8(ascii: "{"): return .jsonl
    default: return .tsv
    }
  }
}
