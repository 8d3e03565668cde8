/// Makes text safe for XML 1.0 before libxml2 sees it (libxml2 writes illegal code points raw and
/// reports success, which leaves an ill-formed file).
enum XMLText {
  /// The replacement for a code point XML 1.0 forbids.
  static let replacement: Unicode.Scalar = "\u{FFFD}"

  /// Whether XML 1.0 allows `scalar` in character data (`#x9 | #xA | #xD | [#x20-#xD7FF] |
  /// [#xE000-#xFFFD] | [#x10000-#x10FFFF]`; Swift scalars are never surrogates).
  @inline(__always)
  static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v >= 0x20 { return v != 0xFFFE && v != 0xFFFF }
    return v == 0x9 || v == 0xA || v == 0xD
  }

  /// `text` with illegal code points replaced by U+FFFD, and, when `foldNewlines` is set, each
  /// CR, LF or CRLF replaced by one space. Counts both kinds of change.
  ///
  /// - Complexity: one pass over the UTF-8 bytes; the string is rebuilt only when a change is needed.
  static func sanitized(
    _ text: String, foldNewlines: Bool, illegal: inout Int, newlines: inout Int
  ) -> String {
    guard scan(text, foldNewlines: foldNewlines, attribute: false).needsSanitizing else { return text }
    var out = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      if foldNewlines && (scalar == "\r" || scalar == "\n") {
        if scalar == "\n" && previousWasCR {
          previousWasCR = false
          continue
        }
        previousWasCR = scalar == "\r"
        newlines += 1
        out.append(" ")
        continue
      }
      previousWasCR = false
      if isLegal(scalar) {
        out.append(scalar)
      } else {
        illegal += 1
        out.append(replacement)
      }
    }
    return String(out)
  }

  /// What a string needs before it can be written.
  struct Scan {
    /// An illegal code point, or a line break to fold.
    var needsSanitizing = false
    /// A character libxml2 escapes (`& < > "` and CR; in attributes also tab and LF).
    var needsEscaping = false
  }

  /// Classifies `text` in one pass over its UTF-8 bytes, eight at a time: only words holding a
  /// byte below 0x20, `"`, `&`, `<`, `>` or 0xEF (the lead byte of U+FFFE/U+FFFF) are looked at
  /// byte by byte.
  static func scan(_ text: String, foldNewlines: Bool, attribute: Bool) -> Scan {
    var text = text
    return text.withUTF8 { bytes in
      var scan = Scan()
      guard let base = bytes.baseAddress else { return scan }
      let count = bytes.count
      var i = 0
      while i + 8 <= count {
        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        // Eight bytes of non-ASCII (Thai is E0 B8/B9 xx): only 0xEF needs a look.
        let allHigh = word & 0x8080_8080_8080_8080 == 0x8080_8080_8080_8080
        let suspicious = allHigh ? hasZeroByte(word ^ 0xEFEF_EFEF_EFEF_EFEF) : mayNeedWork(word)
        if suspicious { inspect(base, i, min(i + 8, count), count, foldNewlines, attribute, &scan) }
        i += 8
      }
      if i < count { inspect(base, i, count, count, foldNewlines, attribute, &scan) }
      return scan
    }
  }

  /// Whether any byte of `word` is below 0x20 or equals `"`, `&`, `<`, `>` or 0xEF
  /// (the classic "has zero byte" / "has less-than" bit tricks; false positives are fine).
  @inline(__always)
  private static func hasZeroByte(_ v: UInt64) -> Bool {
    (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0
  }

  @inline(__always)
  private static func mayNeedWork(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
    let below20 = (word &- ones &* 0x20) & ~word & highs != 0
    return below20 || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x26))
      || hasZero(word ^ (ones &* 0x3C)) || hasZero(word ^ (ones &* 0x3E)) || hasZero(word ^ (ones &* 0xEF))
  }

  private static func inspect(
    _ base: UnsafePointer<UInt8>, _ from: Int, _ to: Int, _ count: Int, _ foldNewlines: Bool,
    _ attribute: Bool, _ scan: inout Scan
  ) {
    for i in from..<to {
      let b = base[i]
      switch b {
      case 0x09: if attribute { scan.needsEscaping = true }
      case 0x0A: if foldNewlines { scan.needsSanitizing = true } else if attribute { scan.needsEscaping = true }
      case 0x0D: if foldNewlines { scan.needsSanitizing = true } else { scan.needsEscaping = true }
      case 0..<0x20: scan.needsSanitizing = true
      case 0x22, 0x26, 0x3C, 0x3E: scan.needsEscaping = true
      case 0xEF:
        if i + 2 < count && base[i + 1] == 0xBF && base[i + 2] >= 0xBE { scan.needsSanitizing = true }
      default: break
      }
    }
  }
}
