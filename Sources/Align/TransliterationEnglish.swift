/// An English name read as words for `TransliterationScorer`: letters (a–z as 0–25), a loose
/// stem, and whether the word is a function word ("of", "the") that a Thai name leaves out.
///
///     TransliterationEnglish("Gresham's Law").words.map(\.stem)  // ["gresham", "law"]
struct TransliterationEnglish {
  struct Word {
    var letters: [UInt8]
    var stem: String
    var isStop: Bool
  }

  var words: [Word] = []
  /// Letters of the whole name (as `TransliterationText.englishLetters`).
  var letters: [UInt8]
  /// The name looks like an abbreviation or a symbol: 1–4 letters in capitals (RAM, U.S.), or
  /// 1–2 letters (Dy, Cm).
  var isShort: Bool { !letters.isEmpty && (letters.count <= 2 || allCaps && letters.count <= 4) }
  /// Every letter is a capital (RAM, UFO).
  var allCaps: Bool

  static let stopwords: Set<String> = [
    "of", "the", "and", "de", "la", "le", "les", "du", "des", "von", "van", "der", "den", "di",
    "da", "del", "for", "in", "on", "a", "an", "to", "s",
  ]

  init(_ english: String) {
    letters = TransliterationText.englishLetters(english)
    var caps = true
    var current = ""
    var words: [Word] = []
    func flush() {
      guard !current.isEmpty else { return }
      var text = current
      if text.hasSuffix("'s") || text.hasSuffix("’s") { text.removeLast(2) }
      let letters = TransliterationText.englishLetters(text)
      current = ""
      guard !letters.isEmpty else { return }
      let lower = String(decoding: letters.map { $0 + 0x61 }, as: UTF8.self)
      words.append(Word(letters: letters, stem: EnglishWords.stem(lower), isStop: TransliterationEnglish.stopwords.contains(lower)))
    }
    for scalar in english.unicodeScalars {
      switch scalar.value {
      case 0x20, 0x2D, 0x2F, 0x2C, 0x28, 0x29, 0x2E, 0x3A, 0x3B, 0x2013: flush()
      default:
        if (0x61...0x7A).contains(scalar.value) { caps = false }
        current.unicodeScalars.append(scalar)
      }
    }
    flush()
    self.words = words
    allCaps = caps
  }
}
