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
/// ↔ `U.S. ลงแข่ง…`). An English sentence that opens with a title or descriptor before its name
/// (`American Jordan Spieth was …`, `The world's top-ranked player, Dustin Johnson, fell …`)
/// offers its capitalised words among the first `openingSpan` words too, but not past a comma
/// that ends a fronted phrase (`China, Branstad wrote …` ↔ `ประเทศจีน แบรนสตัด เขียน…`): only an
/// apposition, a name closed by a second comma, is looked into.
struct SentenceOpeners: Sendable {
  /// How each Thai piece opens: its Latin word (lower-cased), or, for a short piece of Thai
  /// letters only, the whole piece (a name or part of one).
  enum ThaiOpening: Sendable {
    case latin(String)
    case thai(String)
  }
  /// The opening of each Thai piece (nil: neither).
  var thai: [ThaiOpening?] = []
  /// The opening words of each English piece, as written: the first word (after an article),
  /// then the capitalised words among the first `openingSpan` words, where a title or descriptor
  /// comes before the name (`Sunderland boss Jack Ross says`).
  var english: [[String]] = []
  /// Cost reward for a Thai bead and its English bead that open with the same word.
  var weight: Double = 0
  /// The transliteration similarity above which a Thai piece spells an English name.
  static let spellingThreshold = 0.6
  /// The longest Thai piece compared with an English name, in Unicode scalars.
  static let longestThaiName = 14
  /// How many English words open a sentence before its subject name (title, descriptor).
  static let openingSpan = 4

  init() {}

  init(thai: ArraySlice<PreparedParagraph>, english: ArraySlice<PreparedParagraph>, weight: Double) {
    self.weight = weight
    guard weight > 0 else { return }
    self.thai = thai.flatMap { p in p.pieces.map { Self.thaiOpening(p.text[$0]) } }
    self.english = english.flatMap { p in p.pieces.map { Self.openingWords(p.text[$0]) } }
  }

  /// Whether Thai piece `t` and English piece `e` open with the same name.
  func match(thai t: Int, english e: Int) -> Bool {
    guard weight > 0, t < thai.count, e < english.count, let opening = thai[t] else { return false }
    for (k, word) in english[e].enumerated() where Self.matches(opening, word, first: k == 0) { return true }
    return false
  }

  /// Whether a Thai opening is the English word (`first`: the sentence's first word, which may
  /// be any Latin word; the later ones are capitalised words that are no stopwords).
  static func matches(_ opening: ThaiOpening, _ word: String, first: Bool) -> Bool {
    switch opening {
    case .latin(let w):
      guard first || !EnglishWords.stopwords.contains(word.lowercased()) else { return false }
      return w == word.lowercased()
    case .thai(let piece):
      guard let f = word.unicodeScalars.first, (0x41...0x5A).contains(f.value),
        !EnglishWords.stopwords.contains(word.lowercased())
      else { return false }
      return TransliterationModel.shipped.similarity(thai: piece, english: word) >= Self.spellingThreshold
    }
  }

  /// The first word of `text` (after an article), then its capitalised words that are no
  /// stopwords among the first `openingSpan` words (after the first).
  static func openingWords(_ text: Substring) -> [String] {
    guard let first = openingWord(text, skippingArticle: true) else { return [] }
    var words = [first]
    var tokens = text.split(separator: " ").prefix(openingSpan + 4)
    if let t = tokens.first, let w = openingWord(t, skippingArticle: false), ["the", "a", "an"].contains(w.lowercased()) {
      tokens = tokens.dropFirst()
    }
    for (k, token) in tokens.prefix(openingSpan).enumerated() {
      if k > 0, tokens[tokens.startIndex + k - 1].last.map({ ",;:".contains($0) }) == true,
        !isApposition(tokens[(tokens.startIndex + k)...])
      {
        break
      }
      guard k > 0, let w = openingWord(token, skippingArticle: false), let f = w.unicodeScalars.first,
        (0x41...0x5A).contains(f.value), !EnglishWords.stopwords.contains(w.lowercased())
      else { continue }
      words.append(w)
    }
    return words
  }

  /// Whether the tokens after a comma open a name set off by a second comma (`player, Dustin
  /// Johnson, fell`), not the subject of a clause after a fronted phrase (`China, Branstad wrote`).
  static func isApposition(_ tokens: ArraySlice<Substring>) -> Bool {
    for token in tokens {
      guard let f = token.unicodeScalars.first, (0x41...0x5A).contains(f.value) else { return false }
      if token.last == "," { return true }
    }
    return false
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
