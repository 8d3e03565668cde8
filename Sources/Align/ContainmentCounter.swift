/// For each of many strings, the number of texts that contain it, found in one pass over each
/// text: a byte trie of the strings is walked from every character of the text.
///
/// `NameMiner` counts, for every candidate name, the units whose Thai (or English) contains it.
/// Searching each name in every unit costs names × units × length, which grows with the square of
/// a large TMX; the trie costs the total length of the texts times the walk depth.
///
/// An occurrence counts only where the next character is not a Thai vowel or tone mark written
/// above or below: คิม is not in คิ้ม.
struct ContainmentCounter {
  /// Trie edges: (node << 8 | byte) → child.
  private var edges = UInt64Map<Int32>(placeholder: -1)
  /// Per node: the pattern ending there, or -1.
  private var patternAt: [Int32] = [-1]
  /// Texts containing each pattern.
  private(set) var counts: [Int]
  /// The last text that counted each pattern (a pattern counts once per text).
  private var lastText: [Int]
  private var textNumber = 0

  /// A counter for `patterns` (empty patterns are never found).
  init(patterns: [String]) {
    counts = Array(repeating: 0, count: patterns.count)
    lastText = Array(repeating: -1, count: patterns.count)
    for (p, pattern) in patterns.enumerated() where !pattern.isEmpty {
      var node: Int32 = 0
      for byte in pattern.utf8 {
        let key = UInt64(UInt32(bitPattern: node)) << 8 | UInt64(byte)
        let (child, inserted) = edges.insertIfAbsent(key, Int32(patternAt.count))
        if inserted { patternAt.append(-1) }
        node = child
      }
      patternAt[Int(node)] = Int32(p)
    }
  }

  /// Counts the patterns that `text` (UTF-8 bytes) contains.
  mutating func add(_ text: [UInt8]) {
    let t = textNumber
    textNumber += 1
    text.withUnsafeBufferPointer { bytes in
      for start in bytes.indices where bytes[start] & 0xC0 != 0x80 {  // character starts only
        var node: Int32 = 0
        var i = start
        while i < bytes.count {
          guard let child = edges[UInt64(UInt32(bitPattern: node)) << 8 | UInt64(bytes[i])] else { break }
          node = child
          i += 1
          let p = Int(patternAt[Int(node)])
          if p >= 0, lastText[p] != t, !Self.startsWithCombiningMark(bytes, at: i) {
            lastText[p] = t
            counts[p] += 1
          }
        }
      }
    }
  }

  /// Whether the bytes at `i` are a Thai vowel or mark written above or below a consonant
  /// (ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎), which would make a match end inside a character cluster.
  static func startsWithCombiningMark(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    guard i + 2 < bytes.count, bytes[i] == 0xE0 else { return false }
    let (b1, b2) = (bytes[i + 1], bytes[i + 2])
    return (b1 == 0xB8 && (b2 == 0xB1 || (0xB4...0xBA).contains(b2))) || (b1 == 0xB9 && (0x87...0x8E).contains(b2))
  }
}
