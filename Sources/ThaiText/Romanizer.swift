/// Romanizes Thai in the Royal Thai General System of Transcription (RTGS, Royal Institute 1999).
///
///     let rtgs = Romanizer()
///     rtgs.romanize("สวัสดี")          // "sawatdi"
///     rtgs.romanize("ประเทศไทย")      // "prathetthai"
///     rtgs.romanize("คูร์สก์")          // "khut"  (letters under ์ are silent)
///
/// RTGS is a transcription of Thai *pronunciation*, so tones and vowel length are not written,
/// consonants have one value at the start and another at the end of a syllable (บ b/p, ร r/n),
/// letters under thanthakhat (์) are silent, and a consonant without a written vowel carries an
/// implicit *o* (closed syllable, คน khon) or *a* (open syllable, สบาย sabai). Syllables are
/// found by rule, without a dictionary; where Thai spelling is ambiguous (ขนม kha-nom against
/// คนดี khon-di) the rules pick the common reading. Text that is not Thai passes through; Thai
/// digits become ASCII digits; ๆ repeats the preceding word.
public struct Romanizer: Sendable {
  /// Splits runs of Thai into words before the syllable rules run (a dictionary settles most of
  /// the ambiguity of implicit vowels: ที่|ลด|ลง thi-lot-long); nil reads each run by rule alone.
  public let wordBreaker: WordBreaker?

  /// Creates a romanizer, optionally with a word breaker.
  public init(wordBreaker: WordBreaker? = nil) {
    self.wordBreaker = wordBreaker
  }

  /// RTGS romanization of a text: each whitespace-separated run is romanized as a word (or a
  /// run of syllables) and the runs are joined by one space.
  ///
  /// - Complexity: O(n) in the length of `text`.
  public func romanize(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).map { run in
      guard let wordBreaker else { return romanize(words: [String(run)]) }
      return romanize(words: gluedFragments(wordBreaker.words(in: String(run)).map(String.init)))
    }
    .joined(separator: " ")
  }

  /// RTGS romanization of a sequence of words (as a word breaker gives them): Thai words are
  /// romanized, and words that are whitespace only are dropped; ๆ repeats the word before it.
  /// Consecutive Thai words are joined without a space, as RTGS writes compounds
  /// (ประเทศ|ไทย → prathetthai); a space in the input (an empty or whitespace word) separates.
  public func romanize(words: [String]) -> String {
    var out = ""
    var previous = ""
    var needsSpace = false
    for word in words {
      if word.allSatisfy(\.isWhitespace) {
        needsSpace = !out.isEmpty
        continue
      }
      var piece = ""
      for part in splitRepetition(word) {
        if part == "ๆ" {
          piece += piece.isEmpty ? (previous.isEmpty ? "" : " " + previous) : " " + lastWord(of: piece)
        } else {
          piece += romanizeWord(part)
        }
      }
      if needsSpace && !out.isEmpty { out += " " }
      out += piece
      previous = lastWord(of: piece)
      needsSpace = words.count == 1 ? false : !isThai(word) && !isThai(words.last ?? "")
    }
    return out
  }

  /// RTGS romanization of one word (no whitespace inside).
  public func romanizeWord(_ word: String) -> String {
    var out = ""
    var thai: [UInt32] = []
    func flush() {
      if !thai.isEmpty {
        var reader = SyllableReader(scalars: removeSilentLetters(thai))
        out += reader.read()
        thai.removeAll()
      }
    }
    for s in word.unicodeScalars {
      let c = s.value
      if ThaiLetters.isThaiLetter(c) {
        if !ThaiLetters.isToneMark(c) && c != ThaiLetters.phinthu { thai.append(c) }
      } else {
        flush()
        if let digit = ThaiDigits.value(of: s), (0x0E50...0x0E59).contains(c) {
          out += String(digit)
        } else if c != ThaiLetters.maiYamok {
          out.unicodeScalars.append(s)
        }
      }
    }
    flush()
    return out
  }

  /// Drops each letter marked silent by ์ (with a vowel ิ/ุ between them, as in พันธุ์), and the
  /// consonant before a silent ร when it closes a double final (จันทร์ chan, ศาสตร์ sat).
  func removeSilentLetters(_ input: [UInt32]) -> [UInt32] {
    var s = input
    var k = 0
    while k < s.count {
      guard s[k] == ThaiLetters.thanthakhat else {
        k += 1
        continue
      }
      var start = k - 1
      if start >= 0, s[start] == ThaiLetters.saraI || s[start] == ThaiLetters.saraU { start -= 1 }
      guard start >= 0, ThaiLetters.isConsonant(s[start]) else {
        s.remove(at: k)
        continue
      }
      // A double final before the silent letter: จันทร์ chan (ทร์), ลักษณ์ lak (ษณ์); not after
      // a leading vowel (แคลร์ khlae) and not อ, which is a vowel there (เบอร์ boe).
      if start >= 3, ThaiLetters.isConsonant(s[start - 1]), ThaiLetters.isConsonant(s[start - 2]),
        s[start - 1] != ThaiLetters.oAng, s[start - 2] != ThaiLetters.oAng,
        s[start - 1] != ThaiLetters.roRuea, s[start - 2] != ThaiLetters.roRuea,
        !ThaiLetters.isLeadingVowel(s[start - 3]),
        s[start] == ThaiLetters.roRuea || !ThaiLetters.isCluster(s[start - 2], s[start - 1])
      {
        start -= 1
      }
      s.removeSubrange(start...k)
      k = start
    }
    return s
  }

  /// Joins pieces a dictionary cut out of an unknown word (a lone consonant, a piece opening
  /// with a vowel sign) back onto the piece before them, so the rules see the whole syllable.
  func gluedFragments(_ words: [String]) -> [String] {
    var out: [String] = []
    for word in words {
      let scalars = word.unicodeScalars.map(\.value).filter { !ThaiLetters.isToneMark($0) }
      let fragment =
        !scalars.isEmpty && out.last.map(isThai) == true
        && (ThaiLetters.isFollowingVowel(scalars[0]) || scalars[0] == ThaiLetters.thanthakhat
          || (scalars.count <= 2 && scalars.allSatisfy {
            ThaiLetters.isConsonant($0) || $0 == ThaiLetters.thanthakhat
          }))
      if fragment { out[out.count - 1] += word } else { out.append(word) }
    }
    return out
  }

  private func splitRepetition(_ word: String) -> [String] {
    var parts: [String] = []
    var current = ""
    for ch in word {
      if ch == "ๆ" {
        if !current.isEmpty { parts.append(current) }
        parts.append("ๆ")
        current = ""
      } else {
        current.append(ch)
      }
    }
    if !current.isEmpty { parts.append(current) }
    return parts
  }

  private func lastWord(of text: String) -> String {
    String(text.split(separator: " ").last ?? "")
  }

  private func isThai(_ word: String) -> Bool {
    word.unicodeScalars.contains { ThaiLetters.isThaiLetter($0.value) }
  }
}
