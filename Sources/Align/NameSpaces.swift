/// Thai spaces inside a person's name, found with the English side: `… ’ แจ็ค รอสส์ หัวหน้า…`
/// with `Jack Ross` in the English text.
///
/// Thai writes a space between a first name and a surname, so a sentence that opens with a
/// name may be cut inside it (`แจ็ค | รอสส์ หัวหน้าของซันเดอร์แลนด์…`) and one that closes with
/// it too. A space is inside a name when the short Thai piece before it spells one capitalised
/// English word and the Thai after it begins with a spelling of the capitalised word that
/// follows it in the English unit (`TransliterationModel`); such a space gets the prior of a
/// glossary name's space, so no sentence ends there.
struct NameSpaces {
  /// The longest Thai piece (or start of one) read as one part of a name, in Unicode scalars.
  static let longestPart = 14
  /// The shortest start of a Thai piece read as a surname.
  static let shortestPart = 3
  /// The prior of a space inside a name (`SentenceCandidates.protectedPrior`).
  static let prior = 0.001

  /// Pairs of neighbouring capitalised English words (`Jack` `Ross`), by the first word.
  let followers: [String: [String]]
  /// The first words of `followers` as transliteration letters, with their followers.
  let firstNames: [(letters: [UInt8], seconds: [String])]
  let model = TransliterationModel.shipped

  init(english: ArraySlice<PreparedParagraph>) {
    var followers: [String: Set<String>] = [:]
    for p in english {
      for piece in p.pieces {
        let words = Self.words(p.text[piece])
        for k in words.indices.dropLast() where words[k].capitalised && words[k + 1].capitalised {
          followers[words[k].text, default: []].insert(words[k + 1].text)
        }
      }
    }
    self.followers = followers.mapValues { $0.sorted() }
    firstNames = self.followers.sorted { $0.key < $1.key }.map { (TransliterationText.englishLetters($0.key), $0.value) }
  }

  /// Whether a Thai name of `units` units may spell an English word of `letters` letters (a
  /// unit writes 0–3 letters; a cheap test before the transliteration model).
  static func comparable(_ units: Int, _ letters: Int) -> Bool { letters <= 3 * units && 3 * letters >= units }

  /// The Thai piece indices (in `thai`'s flattened piece order) whose following space lies
  /// inside a name.
  func spacesInsideNames(_ thai: ArraySlice<PreparedParagraph>) -> [Int] {
    guard !followers.isEmpty else { return [] }
    var out: [Int] = []
    var base = 0
    for p in thai {
      for k in p.pieces.indices.dropLast() {
        let before = p.text[p.pieces[k]]
        guard before.unicodeScalars.count <= Self.longestPart, before.unicodeScalars.allSatisfy(Self.isThaiLetter)
        else { continue }
        let after = p.text[p.pieces[k + 1]].unicodeScalars
        guard let f = after.first, Self.isThaiLetter(f) else { continue }
        let beforeUnits = TransliterationText.thaiUnits(String(before))
        for (letters, seconds) in firstNames
        where Self.comparable(beforeUnits.count, letters.count)
          && model.similarity(units: beforeUnits, letters: letters) >= 0.6
        {
          if seconds.contains(where: { startsWithSpelling(after, of: $0) }) {
            out.append(base + k)
            break
          }
        }
      }
      base += p.pieces.count
    }
    return out
  }

  /// Whether `text` (a Thai piece) is, or begins with, a spelling of `word`.
  func startsWithSpelling(_ text: Substring.UnicodeScalarView, of word: String) -> Bool {
    let letters = TransliterationText.englishLetters(word)
    var thaiPart = String.UnicodeScalarView()
    for (n, s) in text.prefix(Self.longestPart).enumerated() {
      guard Self.isThaiLetter(s) else { break }
      thaiPart.append(s)
      // A part ends before a vowel or tone mark that belongs to the next consonant's syllable.
      guard n + 1 >= Self.shortestPart else { continue }
      if n + 1 < text.count, let next = text.dropFirst(n + 1).first, Self.isCombining(next) { continue }
      if model.similarity(units: TransliterationText.thaiUnits(String(thaiPart)), letters: letters) >= 0.6 { return true }
    }
    return false
  }

  static func words(_ text: Substring) -> [(text: String, capitalised: Bool)] {
    var out: [(String, Bool)] = []
    for token in text.split(whereSeparator: { $0 == " " }) {
      var w = Substring(token)
      while let l = w.last, !l.isLetter { w = w.dropLast() }
      while let f = w.first, !f.isLetter { w = w.dropFirst() }
      guard !w.isEmpty, w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "'" || $0 == "’" }) else {
        out.append(("", false))
        continue
      }
      let cap = w.first!.isUppercase && !EnglishWords.stopwords.contains(w.lowercased())
      // A word followed by punctuation ends the name (`Ross:`, `Johnson,`).
      let closed = token.last.map { !$0.isLetter } ?? false
      out.append((String(w), cap))
      if closed { out.append(("", false)) }
    }
    return out
  }

  static func isThaiLetter(_ s: Unicode.Scalar) -> Bool { (0x0E01...0x0E4E).contains(s.value) }

  /// Thai vowel signs above/below and tone marks (they belong to the consonant before them).
  static func isCombining(_ s: Unicode.Scalar) -> Bool {
    s.value == 0x0E31 || (0x0E34...0x0E3A).contains(s.value) || (0x0E47...0x0E4E).contains(s.value)
  }
}
