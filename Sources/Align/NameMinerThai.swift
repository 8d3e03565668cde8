import Glossary
import ThaiText

/// Thai candidate spans of a sentence for `NameMiner`.
enum NameMinerThai {
  /// A run of word-break tokens that may be a name.
  struct Span {
    var text: String
    var units: [String]
    /// Offset of the span in characters, for position agreement.
    var offset: Double
    /// Scalar offsets of the span, to keep chosen spans from overlapping.
    var scalars: Range<Int>
    /// Every token of the span is a word of libthai's dictionary of three scalars or more
    /// (เวลา|หนึ่ง, ปกป้อง).
    var ordinary = false
  }

  /// Words that never start or end a name span (titles, classifiers, function words).
  static let edgeWords: Set<String> = Set(
    TransliterationText.titlePrefixes + TransliterationText.classifierPrefixes + [
      "ของ", "ที่", "และ", "ใน", "กับ", "แห่ง", "ว่า", "ได้", "จะ", "ซึ่ง", "โดย", "เป็น", "การ", "ความ",
      "ผู้", "นำ", "ผู้นำ", "ภูมิภาค", "ประเทศ", "ชาว", "สหรัฐ", "ให้", "จาก", "ไป", "มา", "ถึง", "อยู่",
      "ท่าน", "ทั้ง", "นี้", "นั้น", "เมื่อ", "วัน", "คน", "ไม่", "มี", "หรือ", "แต่", "ก็", "ยัง",
      "พวก", "ทีม", "สโมสร",
    ])

  /// Function words that never stand inside a name either: a span ends before them (บาร์นสลีย์
  /// และอิปสวิชทาวน์ is two names). A name with "and" in it (ตรินิแดดและโตเบโก) is a glossary
  /// entry, not a capitalised run the miner could pair.
  static let barrierWords: Set<String> = ["และ", "หรือ", "ของ", "ที่", "ซึ่ง", "โดย", "แต่", "ว่า", "กับ", "ใน", "จาก"]

  /// Whether `text` starts with one of `prefixes` (as `hasPrefix` decides, with a byte test
  /// first: comparing Thai strings by characters was half of `extend`'s time).
  static func startsWithAny(_ text: String, _ prefixes: [String]) -> Bool {
    prefixes.contains { text.utf8.starts(with: $0.utf8) && text.hasPrefix($0) }
  }

  /// Spans of 1–6 tokens outside `covered`, possibly across one space.
  static func spans(
    in text: String, covered: [Range<String.Index>], breaker: WordBreaker, words: ThaiWordList?
  ) -> [Span] {
    // Tokens: text, scalar offset, char offset, followed by a barrier, edge word, a word of
    // `words` (looked up once here; spans from up to six starts reuse it).
    var tokens: [(text: String, start: Int, chars: Int, barrierAfter: Bool, isEdge: Bool, known: Bool)] = []
    var scalarOffset = 0, charOffset = 0
    // Words and covered ranges both advance through the text: one cursor, linear in the text.
    let covered = covered.sorted { $0.lowerBound < $1.lowerBound }
    var cursor = 0
    for piece in pieces(of: text, breaker: breaker, words: words) {
      let isSpace = piece.allSatisfy(\.isWhitespace)
      let start = piece.startIndex
      while cursor < covered.count, covered[cursor].upperBound <= start { cursor += 1 }
      let isCovered = covered[cursor...].prefix { $0.lowerBound < piece.endIndex }.contains {
        $0.contains(start) || $0.upperBound > start
      }
      // ๆ (say the word before again) is no letter of a name: อื่น ๆ จะสอน is no "Japanese".
      let thaiOnly = piece.unicodeScalars.allSatisfy { (0x0E01...0x0E4E).contains($0.value) && $0.value != 0x0E46 }
      let isBarrier = !isSpace && (isCovered || !thaiOnly || barrierWords.contains(String(piece)))
      if isSpace {
        if let last = tokens.indices.last, piece.count > 1 { tokens[last].barrierAfter = true }
        tokens.append((" ", scalarOffset, charOffset, false, false, false))
      } else if isBarrier {
        if let last = tokens.indices.last { tokens[last].barrierAfter = true }
      } else {
        let word = String(piece)
        tokens.append((word, scalarOffset, charOffset, false, edgeWords.contains(word), words?.contains(word) ?? false))
      }
      scalarOffset += piece.unicodeScalars.count
      charOffset += piece.count
      if isBarrier { tokens.append(("|", scalarOffset, charOffset, true, false, false)) }
    }
    // Per token: the scalars at its end that libthai glued from the next word (see gluedTails),
    // computed once.
    let tails: [[Int]] = tokens.indices.map { j in
      let token = tokens[j]
      guard let words, token.text != " ", token.text != "|", token.text.unicodeScalars.count <= 2 || !token.known
      else { return [] }
      let next = tokens[(j + 1)...].prefix { $0.text != " " && $0.text != "|" }.prefix(2).map(\.text)
      return gluedTails(of: token.text, next: next, words: words)
    }
    var spans: [Span] = []
    for i in tokens.indices where tokens[i].text != " " && tokens[i].text != "|" {
      // An edge word glued to a piece libthai does not know (มา|ยอร์ก้า) may be a name's start.
      let gluedStart =
        tokens[i].isEdge && i + 1 < tokens.count && !tokens[i].barrierAfter
        && tokens[i + 1].text != " " && tokens[i + 1].text != "|"
        && words != nil && !tokens[i + 1].known
      var text = "", spaces = 0, count = 0
      var ordinary = true
      var j = i
      while j < tokens.count, count < 6 {
        let token = tokens[j]
        if token.text == "|" { break }
        if token.text == " " {
          spaces += 1
          if spaces > 1 { break }
          text += " "
          j += 1
          continue
        }
        text += token.text
        count += 1
        // Two-scalar dictionary entries (อะ, สะ) are the syllables libthai covers unknown
        // names with (อะ|ซาด, สะ|บา|โต): they do not make a span ordinary.
        if ordinary { ordinary = token.text.unicodeScalars.count >= 3 && token.known }
        if !tokens[i].isEdge || gluedStart, !token.isEdge || (gluedStart && j == i),
          !startsWithAny(text, TransliterationText.titlePrefixes),
          !startsWithAny(text, TransliterationText.classifierPrefixes)
        {
          let units = TransliterationText.thaiUnits(text)
          let end = tokens[j].start + token.text.unicodeScalars.count
          if units.count >= 2 {
            spans.append(
              Span(text: text, units: units, offset: Double(tokens[i].chars), scalars: tokens[i].start..<end,
                   ordinary: ordinary))
          }
          for cut in tails[j] {
            let kept = String(text.unicodeScalars.dropLast(cut))
            let keptUnits = TransliterationText.thaiUnits(kept)
            guard keptUnits.count >= 2 else { continue }
            spans.append(
              Span(text: kept, units: keptUnits, offset: Double(tokens[i].chars),
                   scalars: tokens[i].start..<end - cut, ordinary: false))
          }
        }
        if token.barrierAfter { break }
        j += 1
      }
    }
    return spans
  }

  /// libthai's words of `text`, with an unknown piece split around an "and" inside it:
  /// บาร์นสลีย์และอิปสวิชทาวน์ comes as บาร์|นสลีย์และอิปสวิชทาวน์, two names joined by และ.
  static func pieces(of text: String, breaker: WordBreaker, words: ThaiWordList?) -> [Substring] {
    var out: [Substring] = []
    for piece in breaker.words(in: text) {
      let scalars = piece.unicodeScalars
      guard let words, scalars.count > 5, !words.contains(piece),
        let at = scalars.indices.dropFirst().first(where: { i in
          scalars[i...].starts(with: "และ".unicodeScalars) && scalars.index(i, offsetBy: 3) < scalars.endIndex
        })
      else {
        out.append(piece)
        continue
      }
      let end = scalars.index(at, offsetBy: 3)
      out += [piece[..<at], piece[at..<end], piece[end...]]
    }
    return out
  }

  /// How many scalars at the end of `token` (a piece libthai did not find in its dictionary, or a
  /// two-scalar one) belong to the word after it (1–3): libthai's maximal matching often glues the
  /// first letters of the next word to an unknown name (แซนเดอร์ส|กล่าว broken as …|สก|ล่า|ว,
  /// ไนแอส|นอก as ไน|แอ|สน|อก, ราห์ม|วัย as one piece). A cut counts when the cut letters, with the next one or
  /// two pieces, make a dictionary word, or are one themselves (three scalars or more, or an edge
  /// word such as จะ: วอร์เรนจะ) before a space or the end of the Thai.
  static func gluedTails(of token: String, next: [String], words: ThaiWordList) -> [Int] {
    let scalars = Array(token.unicodeScalars)
    var cuts: [Int] = []
    for cut in 1...3 where cut < scalars.count {
      // A cut never separates a following vowel or tone mark from its consonant.
      guard ThaiScalar.isLetter(scalars[scalars.count - cut].value),
        !ThaiScalar.isFollowing(scalars[scalars.count - cut].value),
        !ThaiScalar.isLeadingVowel(scalars[scalars.count - cut - 1].value)
      else { continue }
      var tail = String(String.UnicodeScalarView(scalars.suffix(cut)))
      var glued = next.isEmpty && (cut >= 3 && words.contains(tail) || edgeWords.contains(tail))
      for piece in next where !glued {
        tail += piece
        glued = words.contains(tail)
      }
      if glued { cuts.append(cut) }
    }
    return cuts
  }
}
