/// Finds Latin-script tokens in Thai text (acronyms, names kept in Latin, URLs, e-mail
/// addresses) and whether an English segment contains them.
enum LatinScanner {
  /// Maximal runs of non-space, non-Thai scalars that hold at least two ASCII letters, with
  /// surrounding punctuation (brackets, quotes, a final full stop or comma) stripped.
  static func tokens(in text: String) -> [String] {
    // A token needs two ASCII letters: most Thai segments have none, and a byte count says so
    // without decoding a scalar.
    guard hasTwoASCIILetters(text) else { return [] }
    var out: [String] = []
    var text = text
    text.withUTF8 { bytes in
      var start = -1, letters = 0
      func flush(_ end: Int) {
        defer {
          start = -1
          letters = 0
        }
        guard letters >= 2, start >= 0 else { return }
        let run = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        var token = run.unicodeScalars[...]
        while let first = token.first, edge.contains(first.value) { token = token.dropFirst() }
        while let last = token.last, edge.contains(last.value) { token = token.dropLast() }
        if token.lazy.filter(isASCIILetter).count >= 2 { out.append(String(token)) }
      }
      // Walk the UTF-8: ASCII and the Thai block (E0 B8 xx, E0 B9 xx = U+0E00–U+0E7F) are told
      // from their bytes; any other scalar is decoded for its white-space property.
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        let length: Int, boundary: Bool
        if b < 0x80 {
          length = 1
          boundary = b == 0x20 || (0x09...0x0D).contains(b)
          if !boundary, (b | 0x20) >= 0x61, (b | 0x20) <= 0x7A { letters += 1 }
        } else if b == 0xE0, bytes[i + 1] == 0xB8 || bytes[i + 1] == 0xB9 {
          length = 3
          boundary = true
        } else {
          let value: UInt32
          if b >= 0xF0 {
            length = 4
            value = UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
              | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
          } else if b >= 0xE0 {
            length = 3
            value = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
          } else {
            length = 2
            value = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
          }
          boundary = Unicode.Scalar(value).map(isSpace) ?? false
        }
        if boundary {
          if start >= 0 { flush(i) }
        } else if start < 0 {
          start = i
        }
        i += length
      }
      if start >= 0 { flush(bytes.count) }
    }
    return out
  }

  /// Whether the UTF-8 of `text` holds at least two ASCII letters (bytes below 0x80 are
  /// always whole scalars).
  static func hasTwoASCIILetters(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var letters = 0
      for byte in bytes where (byte | 0x20) &- 0x61 < 26 {
        letters += 1
        if letters == 2 { return true }
      }
      return false
    }
  }

  /// Punctuation stripped from both ends of a token.
  static let edge: Set<UInt32> = Set("()[]{}\"'“”‘’,;:.!?«»-".unicodeScalars.map(\.value))

  /// White space, without a Unicode property lookup for ASCII and Thai.
  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 { return s.value == 0x20 || (0x09...0x0D).contains(s.value) }
    if (0x0E00...0x0E7F).contains(s.value) { return false }
    return s.properties.isWhitespace
  }

  static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
    (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A
  }

  /// Whether a term is written in Latin letters (no Thai script, at least two ASCII letters).
  static func isLatin(_ term: String) -> Bool {
    !term.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) } && tokens(in: term).count > 0
  }

  /// Whether the English carries a Latin token of the Thai: as it is; as the start of a longer
  /// word when the token has four letters or more (Macedonia → Macedonians); or, for an
  /// all-capitals acronym, spelled out (AP → Associated Press).
  ///
  /// Phrases in `excluding` (renderings of other terms) do not count as a spelled-out acronym.
  static func isRendered(_ token: String, in en: String, excluding: [String] = []) -> Bool {
    if contains(en, token: token) { return true }
    let lowerToken = token.lowercased()
    let words = en.split { !($0.isLetter || $0.isNumber || $0 == "-") }
    if token.count >= 4, words.contains(where: { $0.count > token.count && $0.lowercased().hasPrefix(lowerToken) }) {
      return true
    }
    guard (2...6).contains(token.count), token.allSatisfy({ $0.isUppercase }) else { return false }
    var rest = en
    for phrase in excluding.sorted(by: { $0.count > $1.count }) where phrase.contains(" ") {
      rest = rest.replacing(phrase, with: " | ")
    }
    let capitalized = rest.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "|") }
      .filter { !RenderingForm.minorWords.contains($0.lowercased()) }
    let letters = Array(token)
    for start in capitalized.indices where start + letters.count <= capitalized.count {
      let run = capitalized[start..<start + letters.count]
      if zip(run, letters).allSatisfy({ $0.first == $1 }) { return true }
    }
    return false
  }

  /// Whether `text` contains `token`, case-insensitively, not inside a longer word.
  static func contains(_ text: String, token: String) -> Bool {
    if let found = TextSearch.asciiContains(token, in: text) { return found }
    return TextSearch.count(of: token, in: text) > 0
  }
}
