/// The word each piece opens with, on both sides of an alignment unit, to tell which of two Thai
/// spaces around a name is the sentence end.
///
/// A sentence that opens with a name has the name as its own piece in Thai, so it may end
/// before or after it: `… กับ 247sports Wayde เดินเข้ามาปกป้อง…` (after `247sports` or after
/// `Wayde`?), `… สก็อตแลนด์’ แจ็ค รอสส์ หัวหน้าของ…` (before `แจ็ค` or inside the name?). When
/// the English sentence opens with the same name (`Wayde stepped in…`, `Jack Ross: …`), the
/// Thai sentence opens with it too: subjects open sentences in both languages. A Latin word must
/// be the same word; a short Thai-script piece must spell the English name
/// (`TransliterationModel`). An English article before the word is skipped (`The U.S. offered …`
/// ↔ `U.S. ลงแข่ง…`).
struct SentenceOpeners: Sendable {
  /// How each Thai piece opens: its Latin word (lower-cased), or, for a short piece of Thai
  /// letters only, the whole piece (a name or part of one).
  enum ThaiOpening: Sendable {
    case latin(String)
    case thai(String)
  }
  /// The opening of each Thai piece (nil: neither).
  var thai: [ThaiOpening?] = []
  /// The opening word of each English piece, as written (after an article).
  var english: [String?] = []
  /// Cost reward for a Thai bead and its English bead that open with the same word.
  var weight: Double = 0
  /// The transliteration similarity above which a Thai piece spells an English name.
  static let spellingThreshold = 0.6
  /// The longest Thai piece compared with an English name, in Unicode scalars.
  static let longestThaiName = 14

  init() {}

  init(thai: ArraySlice<PreparedParagraph>, english: ArraySlice<PreparedParagraph>, weight: Double) {
    self.weight = weight
    guard weight > 0 else { return }
    self.thai = thai.flatMap { p in p.pieces.map { Self.thaiOpening(p.text[$0]) } }
    self.english = english.flatMap { p in p.pieces.map { Self.openingWord(p.text[$0], skippingArticle: true) } }
  }

  /// Whether Thai piece `t` and English piece `e` open with the same name.
  func match(thai t: Int, english e: Int) -> Bool {
    guard weight > 0, t < thai.count, e < english.count, let opening = thai[t], let word = english[e] else {
      return false
    }
    switch opening {
    case .latin(let w): return w == word.lowercased()
    case .thai(let piece):
      guard let f = word.unicodeScalars.first, (0x41...0x5A).contains(f.value),
        !EnglishWords.stopwords.contains(word.lowercased())
      else { return false }
      return TransliterationModel.shipped.similarity(thai: piece, english: word) >= Self.spellingThreshold
    }
  }

  static func thaiOpening(_ text: Substring) -> ThaiOpening? {
    if let w = openingWord(text, skippingArticle: false) { return .latin(w.lowercased()) }
    let scalars = text.unicodeScalars
    guard scalars.count <= longestThaiName, scalars.allSatisfy({ (0x0E01...0x0E4E).contains($0.value) }) else {
      return nil
    }
    return .thai(String(text))
  }

  /// The first word of `text` when it starts with a Latin letter (after opening quotes): letters,
  /// digits, `.`, `-` and apostrophes, without a final stop. With `skippingArticle`, a leading
  /// `The`/`A`/`An` is passed over.
  static func openingWord(_ text: Substring, skippingArticle: Bool) -> String? {
    var scalars = text.unicodeScalars[...]
    while let f = scalars.first, "\"“'‘(".unicodeScalars.contains(f) { scalars = scalars.dropFirst() }
    var word = leadingWord(scalars)
    if skippingArticle, let w = word, ["the", "a", "an"].contains(w.lowercased()) {
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
    var word = String(out)
    while let last = word.last, ".-'’".contains(last) { word.removeLast() }
    return word.isEmpty ? nil : word
  }

  static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
    (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
  }
}
