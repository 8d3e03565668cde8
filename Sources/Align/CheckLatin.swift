/// Finds Latin-script tokens in Thai text (acronyms, names kept in Latin, URLs, e-mail
/// addresses) and whether an English segment contains them.
enum LatinScanner {
  /// Maximal runs of non-space, non-Thai scalars that hold at least two ASCII letters, with
  /// surrounding punctuation (brackets, quotes, a final full stop or comma) stripped.
  static func tokens(in text: String) -> [String] {
    var out: [String] = []
    var current = String.UnicodeScalarView()
    func flush() {
      defer { current = String.UnicodeScalarView() }
      var token = Substring(String(current))
      let edge: Set<Character> = ["(", ")", "[", "]", "{", "}", "\"", "'", "“", "”", "‘", "’", ",", ";", ":", ".", "!", "?", "«", "»", "-"]
      while let first = token.first, edge.contains(first) { token = token.dropFirst() }
      while let last = token.last, edge.contains(last) { token = token.dropLast() }
      let letters = token.unicodeScalars.filter { ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A }.count
      if letters >= 2 { out.append(String(token)) }
    }
    for s in text.unicodeScalars {
      if s.properties.isWhitespace || (0x0E00...0x0E7F).contains(s.value) {
        flush()
      } else {
        current.append(s)
      }
    }
    flush()
    return out
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
