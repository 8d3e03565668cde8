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
    guard needsChange(text, foldNewlines: foldNewlines) else { return text }
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

  /// Fast check on the UTF-8 bytes: a control byte (other than tab, and LF/CR unless folding)
  /// or the encodings of U+FFFE/U+FFFF (`EF BF BE`, `EF BF BF`).
  static func needsChange(_ text: String, foldNewlines: Bool) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      let count = bytes.count
      var i = 0
      while i < count {
        let b = bytes[i]
        if b < 0x20 {
          if b != 0x9 && (foldNewlines || (b != 0xA && b != 0xD)) { return true }
        } else if b == 0xEF, i + 2 < count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE {
          return true
        }
        i += 1
      }
      return false
    }
  }
}
