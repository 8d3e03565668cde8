extension String {
  /// The string without leading and trailing white space.
  var trimmingWhitespace: Substring {
    if Self.endsAreNotSpace(self) { return self[...] }
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !LatinScanner.isSpace($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !LatinScanner.isSpace($0) })!
    return self[first...last]
  }

  /// Whether the first and the last scalar are, from their UTF-8 bytes alone, not white space:
  /// ASCII other than space and controls, or the Thai block (E0 B8/B9 xx). False when unsure.
  private static func endsAreNotSpace(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { b in
      let n = b.count
      guard n > 0 else { return false }
      func asciiWord(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
      let first = asciiWord(b[0]) || (n >= 3 && b[0] == 0xE0 && (b[1] == 0xB8 || b[1] == 0xB9))
      let last = asciiWord(b[n - 1]) || (n >= 3 && b[n - 3] == 0xE0 && (b[n - 2] == 0xB8 || b[n - 2] == 0xB9))
      return first && last
    }
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

  /// `count(of: needle, in: text) > 0` (case-insensitive) computed on the UTF-8 bytes when both
  /// strings are ASCII (lower-casing is then byte-wise and a scalar is a byte); nil otherwise.
  /// `textIsASCII`: the caller knows the text is ASCII (it is not scanned again).
  static func asciiContains(_ needle: String, in text: String, textIsASCII: Bool = false) -> Bool? {
    var needle = needle, text = text
    return needle.withUTF8 { n in
      text.withUTF8 { h -> Bool? in
        guard !n.contains(where: { $0 >= 0x80 }), textIsASCII || !h.contains(where: { $0 >= 0x80 }) else { return nil }
        guard !n.isEmpty, n.count <= h.count else { return false }
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        @inline(__always) func word(_ b: UInt8) -> Bool {
          (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39
        }
        let first = lower(n[0]), firstIsWord = word(n[0]), lastIsWord = word(n[n.count - 1])
        var i = 0
        while i + n.count <= h.count {
          defer { i += 1 }
          guard lower(h[i]) == first else { continue }
          var k = 1
          while k < n.count, lower(h[i + k]) == lower(n[k]) { k += 1 }
          guard k == n.count else { continue }
          if (i == 0 || !word(h[i - 1]) || !firstIsWord)
            && (i + n.count == h.count || !word(h[i + n.count]) || !lastIsWord)
          {
            return true
          }
        }
        return false
      }
    }
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
