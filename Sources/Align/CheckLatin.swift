/// Finds Latin-script tokens in Thai text (acronyms, names kept in Latin, URLs, e-mail
/// addresses) and whether an English segment contains them.
enum LatinScanner {
  /// Maximal runs of non-space, non-Thai scalars that hold at least two ASCII letters, with
  /// surrounding punctuation (brackets, quotes, a final full stop or comma) stripped.
  static func tokens(in text: String) -> [String] {
    var out: [String] = []
    let scalars = text.unicodeScalars
    var start: String.Index? = nil
    var letters = 0
    func flush(_ end: String.Index) {
      defer {
        start = nil
        letters = 0
      }
      guard letters >= 2, let s = start else { return }
      var token = scalars[s..<end]
      while let first = token.first, edge.contains(first.value) { token = token.dropFirst() }
      while let last = token.last, edge.contains(last.value) { token = token.dropLast() }
      if token.lazy.filter(isASCIILetter).count >= 2 { out.append(String(token)) }
    }
    var i = scalars.startIndex
    while i < scalars.endIndex {
      let s = scalars[i]
      if isSpace(s) || (0x0E00...0x0E7F).contains(s.value) {
        if start != nil { flush(i) }
      } else {
        if start == nil { start = i }
        if isASCIILetter(s) { letters += 1 }
      }
      i = scalars.index(after: i)
    }
    if start != nil { flush(scalars.endIndex) }
    return out
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

  /// Whether `text` contains `token`, case-insensitively, not inside a longer word.
  static func contains(_ text: String, token: String) -> Bool {
    TextSearch.count(of: token, in: text) > 0
  }
}
