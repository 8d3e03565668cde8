import ThaiText

/// Fast paths of the number scan: decoding, re-encoding and the ASCII word tests, each giving
/// what the plain Unicode version gives (which non-ASCII text still takes).
extension NumberScanner {
  /// `Array(text.unicodeScalars)` in one decoding pass over the UTF-8 (no counting pass).
  static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, n in
        n = 0
        var i = 0
        while i < bytes.count {
          let (value, length) = UTF8Decoding.scalar(in: bytes, at: i)
          i += length
          // A String holds valid UTF-8: every value decoded is a scalar.
          (buffer.baseAddress! + n).initialize(to: unsafeBitCast(value, to: Unicode.Scalar.self))
          n += 1
        }
      }
    }
  }

  /// `String(String.UnicodeScalarView(s[range]))`, encoded straight into the string's storage.
  static func string(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
    var length = 0
    for k in range { length += UTF8.width(s[k]) }
    return String(unsafeUninitializedCapacity: length) { out in
      var n = 0
      @inline(__always) func put(_ b: UInt32) {
        out[n] = UInt8(truncatingIfNeeded: b)
        n += 1
      }
      for k in range {
        let v = s[k].value
        if v < 0x80 {
          put(v)
        } else if v < 0x800 {
          put(0xC0 | v >> 6)
          put(0x80 | v & 0x3F)
        } else if v < 0x10000 {
          put(0xE0 | v >> 12)
          put(0x80 | v >> 6 & 0x3F)
          put(0x80 | v & 0x3F)
        } else {
          put(0xF0 | v >> 18)
          put(0x80 | v >> 12 & 0x3F)
          put(0x80 | v >> 6 & 0x3F)
          put(0x80 | v & 0x3F)
        }
      }
      return n
    }
  }

  /// The lower-cased ASCII word of `s[from...]` made of the scalars `allowed` accepts, when it
  /// is all ASCII and at most `limit` long: `.word`; `.tooLong` past `limit`; `.unicode` when a
  /// non-ASCII scalar that the word's test (`isAlphabetic`) accepts is met, and the caller must
  /// take the Unicode path.
  enum ASCIIWord {
    case word(String)
    case tooLong
    case unicode
  }

  static func asciiWord(_ s: [Unicode.Scalar], from start: Int, limit: Int, allowing extra: (UInt32) -> Bool) -> ASCIIWord {
    var k = start
    while k < s.count, s[k].value < 0x80 {
      let v = s[k].value
      guard (v | 0x20) &- 0x61 < 26 || extra(v) else { break }
      k += 1
    }
    if k < s.count, s[k].value >= 0x80, s[k].properties.isAlphabetic { return .unicode }
    if k - start > limit { return .tooLong }
    let word = String(unsafeUninitializedCapacity: k - start) { out in
      for i in start..<k {
        let v = s[i].value
        out[i - start] = UInt8(v >= 0x41 && v <= 0x5A ? v | 0x20 : v)
      }
      return k - start
    }
    return .word(word)
  }

  /// Whether the UTF-8 bytes hold an ASCII digit or a Thai one (E0 B9 90–99), eight bytes at a
  /// time: a word is looked at byte by byte only when it may have an ASCII digit, or a 0xB9 byte
  /// followed by one of 0x90–0x99. (0xB9 alone is the middle byte of every scalar from U+0E40
  /// on: vowels and tone marks, in most words of Thai text.)
  static func hasDigit(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let count = bytes.count
    let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let highs: UInt64 = 0x8080_8080_8080_8080
    func slow(_ from: Int, _ to: Int) -> Bool {
      for i in from..<to {
        let b = base[i]
        if b &- 0x30 < 10 { return true }
        if b &- 0x90 < 10, i >= 2, base[i - 1] == 0xB9, base[i - 2] == 0xE0 { return true }
      }
      return false
    }
    var i = 0
    while i + 8 <= count {
      let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      // Bytes strictly between 0x2F and 0x3A (below 0x80): the "has between" bit trick.
      let digit = (ones &* (127 + 0x3A) &- (x & low7)) & ~x & ((x & low7) &+ ones &* (127 - 0x2F)) & highs
      let y = x ^ (ones &* 0xB9)
      // 0xB9 bytes (the trick may flag more bytes after a real one, never fewer), and bytes
      // 0x90–0x99 (high bit set, low seven bits strictly between 0x0F and 0x1A).
      let b9 = (y &- ones) & ~y & highs
      let low = x & low7
      let nines = (ones &* (127 + 0x1A) &- low) & x & (low &+ ones &* (127 - 0x0F)) & highs
      // Little-endian: the byte after byte k is byte k + 1, eight bits up. `slow` checks E0 B9.
      if digit | ((b9 << 8) & nines) != 0, slow(i, min(count, i + 8)) { return true }
      // A 0xB9 in the last byte: its digit byte starts the next word.
      if b9 >> 63 != 0, i + 8 < count, slow(i + 8, i + 9) { return true }
      i += 8
    }
    return i < count && slow(i, count)
  }
}
