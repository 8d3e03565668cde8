extension String {
  /// The string without leading and trailing white space.
  var trimmingWhitespace: Substring {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return self[first...last]
  }
}

/// Word-bounded substring counting in one text, case-sensitive or not; the scalars of the text
/// (and of its lower-cased form) are made once, on first use.
struct TextSearch {
  let text: String
  private var exact: [Unicode.Scalar]?
  private var lower: [Unicode.Scalar]?

  init(_ text: String) {
    self.text = text
  }

  /// Occurrences of `needle` not inside a longer word.
  mutating func count(of needle: String, caseSensitive: Bool = false) -> Int {
    if caseSensitive {
      if exact == nil { exact = Array(text.unicodeScalars) }
      return Self.count(Array(needle.unicodeScalars), in: exact!)
    }
    if lower == nil { lower = Array(text.lowercased().unicodeScalars) }
    return Self.count(Array(needle.lowercased().unicodeScalars), in: lower!)
  }

  /// Occurrences of `needle` in `text`, case-insensitively, not inside a longer word.
  static func count(of needle: String, in text: String, caseSensitive: Bool = false) -> Int {
    var search = TextSearch(text)
    return search.count(of: needle, caseSensitive: caseSensitive)
  }

  static func count(_ n: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> Int {
    guard !n.isEmpty, n.count <= hay.count else { return 0 }
    func word(_ s: Unicode.Scalar) -> Bool {
      if s.value < 0x80 { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A || (0x30...0x39).contains(s.value) }
      return s.properties.isAlphabetic || s.properties.numericType != nil
    }
    var count = 0, i = 0
    while i + n.count <= hay.count {
      if hay[i] == n[0], hay[i..<i + n.count].elementsEqual(n),
        i == 0 || !word(hay[i - 1]) || !word(n[0]),
        i + n.count == hay.count || !word(hay[i + n.count]) || !word(n[n.count - 1])
      {
        count += 1
        i += n.count
      } else {
        i += 1
      }
    }
    return count
  }
}
