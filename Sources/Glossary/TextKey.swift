/// A dictionary key for glossary text that compares and hashes the UTF-8 bytes as written.
///
/// `String` keys hash through Unicode normalization (canonical equivalence), which costs most
/// of the time of grouping a large glossary; glossary terms are compared as written (lint
/// reports unnormalized spellings separately), so bytes are the right identity and much cheaper.
struct TextKey: Hashable {
  let bytes: [UInt8]

  init(_ text: String) { bytes = Array(text.utf8) }

  init(_ a: String, _ b: String) {
    var bytes = Array(a.utf8)
    bytes.append(0x09)
    bytes.append(contentsOf: b.utf8)
    self.bytes = bytes
  }

  func hash(into hasher: inout Hasher) {
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
  }

  static func == (a: TextKey, b: TextKey) -> Bool { a.bytes == b.bytes }
}
