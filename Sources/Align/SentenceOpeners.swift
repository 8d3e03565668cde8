/// The Latin-script word each piece opens with, on both sides of an alignment unit, to tell
/// which of two Thai spaces around a name is the sentence end.
///
/// Thai writes a foreign name in Latin script inside Thai text, and a sentence that opens with
/// the name has it as its own piece: `… กับ 247sports Wayde เดินเข้ามาปกป้อง…` may end after
/// `247sports` or after `Wayde`. When the English sentence opens with the same word
/// (`Wayde stepped in…`), the Thai sentence opens with it too: subjects open sentences in both
/// languages. An English article before it is skipped (`The U.S. offered …` ↔ `U.S. ลงแข่ง…`).
struct SentenceOpeners: Sendable {
  /// The opening Latin word of each Thai piece (lower-cased; nil when it opens with Thai).
  var thai: [String?] = []
  /// The opening word of each English piece (lower-cased, after an article).
  var english: [String?] = []
  /// Cost reward for a Thai bead and its English bead that open with the same word.
  var weight: Double = 0

  init() {}

  init(thai: ArraySlice<PreparedParagraph>, english: ArraySlice<PreparedParagraph>, weight: Double) {
    self.weight = weight
    guard weight > 0 else { return }
    self.thai = thai.flatMap { p in p.pieces.map { Self.openingWord(p.text[$0], skippingArticle: false) } }
    self.english = english.flatMap { p in p.pieces.map { Self.openingWord(p.text[$0], skippingArticle: true) } }
  }

  /// Whether Thai piece `thai` and English piece `english` open with the same Latin word.
  func match(thai t: Int, english e: Int) -> Bool {
    guard weight > 0, t < thai.count, e < english.count, let word = thai[t] else { return false }
    return english[e] == word
  }

  /// The first word of `text` when it starts with a Latin letter (after opening quotes): letters,
  /// digits, `.`, `-` and apostrophes, without a final stop, lower-cased. With
  /// `skippingArticle`, a leading `The`/`A`/`An` is passed over.
  static func openingWord(_ text: Substring, skippingArticle: Bool) -> String? {
    var scalars = text.unicodeScalars[...]
    while let f = scalars.first, "\"“'‘(".unicodeScalars.contains(f) { scalars = scalars.dropFirst() }
    var word = leadingWord(scalars)
    if skippingArticle, let w = word, ["the", "a", "an"].contains(w) {
      scalars = scalars.dropFirst(w.unicodeScalars.count)
      while let f = scalars.first, f == " " { scalars = scalars.dropFirst() }
      word = leadingWord(scalars)
    }
    return word
  }

  static func leadingWord(_ scalars: Substring.UnicodeScalarView.SubSequence) -> String? {
    guard let f = scalars.first, isLatinLetter(f) else { return nil }
    var out = String.UnicodeScalarView()
    for s in scalars {
      guard isLatinLetter(s) || (0x30...0x39).contains(s.value) || ".-'’".unicodeScalars.contains(s) else { break }
      out.append(s)
    }
    var word = String(out).lowercased()
    while let last = word.last, ".-'’".contains(last) { word.removeLast() }
    return word.isEmpty ? nil : word
  }

  static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
    (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
  }
}
