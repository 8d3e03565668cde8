#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Candidate sentence boundaries in a Thai paragraph, each with a prior probability.
///
/// Thai marks no sentence ends: a space separates clauses and sentences alike. Every run of
/// spaces is a candidate (but the space before ๆ and the one in `ในปี 2018`); its prior says how
/// likely a sentence ends there, from the words on either side (a title such as นาย before the
/// space: almost never; a conjunction such as และ or ซึ่ง after it: rarely; a pronoun, a reporting
/// frame or a sentence adverb such as อย่างไรก็ตาม after it: likely). The aligner, not this type,
/// makes the final decision.
///
///     let candidates = SentenceCandidates()
///     for c in candidates.candidateBoundaries(in: "นายคิม จองอึน กล่าวว่า ...") { print(c.prior) }
///
/// The weights are a logistic model of a few interpretable features, fitted on the NTREX-128
/// development half (929 true boundaries among 5,121 spaces; area under the ROC curve 0.84),
/// and a second stage over piece lengths and reporting frames fitted on the same spaces
/// (5-fold cross-validated AUC 0.854).
public struct SentenceCandidates: Sendable {
  /// One candidate boundary: a run of spaces between two pieces of text.
  public struct Candidate: Sendable, Hashable {
    /// The run of spaces (or tabs) in the paragraph.
    public var range: Range<String.Index>
    /// Offset of the first space, in Unicode scalars from the start of the paragraph.
    public var scalarOffset: Int
    /// Probability that a sentence ends here, in (0, 1).
    public var prior: Double

    /// Creates a candidate.
    public init(range: Range<String.Index>, scalarOffset: Int, prior: Double) {
      self.range = range
      self.scalarOffset = scalarOffset
      self.prior = prior
    }
  }

  /// Prior given to a space inside a protected range (a glossary term such as คิม จองอึน).
  public var protectedPrior: Double

  /// Creates the candidate finder.
  public init(protectedPrior: Double = 0.001) {
    self.protectedPrior = protectedPrior
  }

  /// Every run of spaces in `paragraph` with its prior, in text order, except the spaces that
  /// belong to a word or expression: before the repetition mark ๆ (`อื่น ๆ`) and between
  /// ปี/เดือน/วันที่ and a number (`ในปี 2018`).
  ///
  /// - Parameters:
  ///   - paragraph: one paragraph of Thai text (no newlines).
  ///   - protected: ranges of `paragraph` that must not be split (glossary terms, names);
  ///     spaces inside them get `protectedPrior`.
  /// - Complexity: O(n) in the length of the paragraph.
  public func candidateBoundaries(
    in paragraph: String, protecting protected: [Range<String.Index>] = []
  ) -> [Candidate] {
    let scalars = paragraph.unicodeScalars
    // Runs of spaces: (start, end, scalar offset).
    var runs: [(start: String.Index, end: String.Index, offset: Int)] = []
    var index = scalars.startIndex
    var offset = 0
    while index < scalars.endIndex {
      if Self.isSpace(scalars[index]) {
        let start = index
        let startOffset = offset
        while index < scalars.endIndex, Self.isSpace(scalars[index]) {
          index = scalars.index(after: index)
          offset += 1
        }
        // `อื่น ๆ`: the repetition mark is written after a space but repeats the word before it;
        // the space belongs to the word (never a boundary, and `อื่น ๆ` is one piece).
        if start > scalars.startIndex, index < scalars.endIndex, scalars[index] == Self.maiYamok { continue }
        // `ในปี 2018`, `วันที่ 5`: a word that introduces a date and its number are one
        // expression, so the next space is judged with all of it before it.
        if index < scalars.endIndex, Self.isDigit(scalars[index]),
          Self.hasSuffix(scalars[scalars.startIndex..<start], Self.numberIntroducers)
        {
          continue
        }
        runs.append((start, index, startOffset))
      } else {
        index = scalars.index(after: index)
        offset += 1
      }
    }
    var out: [Candidate] = []
    out.reserveCapacity(runs.count)
    let sortedProtected = protected.sorted { $0.upperBound < $1.upperBound }
    var cursor = 0
    for (k, run) in runs.enumerated() {
      let beforeStart = k == 0 ? scalars.startIndex : runs[k - 1].end
      let afterEnd = k + 1 < runs.count ? runs[k + 1].start : scalars.endIndex
      let before = scalars[beforeStart..<run.start]
      let after = scalars[run.end..<afterEnd]
      var prior = Self.prior(before: before, after: after)
      // Protected ranges sorted by end: skip those that end before this run (one sweep).
      while cursor < sortedProtected.count, sortedProtected[cursor].upperBound <= run.start { cursor += 1 }
      if run.start > scalars.startIndex, run.end < scalars.endIndex,
        sortedProtected[cursor...].prefix(8).contains(where: { $0.lowerBound < run.start && $0.upperBound > run.start })
      {
        prior = min(prior, protectedPrior)
      }
      out.append(Candidate(range: run.start..<run.end, scalarOffset: run.offset, prior: prior))
    }
    return out
  }

  /// Splits a paragraph at every candidate whose prior is at least `threshold`; the pieces
  /// are substrings of `paragraph` without the separating spaces.
  ///
  ///     SentenceCandidates().pieces(of: "ก ข", threshold: 0)  // ["ก", "ข"]
  public func pieces(
    of paragraph: String, threshold: Double = 0.5, protecting protected: [Range<String.Index>] = []
  ) -> [Substring] {
    var out: [Substring] = []
    var start = paragraph.startIndex
    for c in candidateBoundaries(in: paragraph, protecting: protected) where c.prior >= threshold {
      if start < c.range.lowerBound { out.append(paragraph[start..<c.range.lowerBound]) }
      start = c.range.upperBound
    }
    if start < paragraph.endIndex { out.append(paragraph[start...]) }
    return out
  }

  // MARK: - The model

  static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\u{A0}" }

  /// ๆ (mai yamok), the repetition mark.
  static let maiYamok: Unicode.Scalar = "\u{0E46}"

  /// Words that introduce a date number (year, month, day of the month): never a boundary
  /// before it, and a date takes no classifier after it (unlike `ราว 15,000 นาย`, a count).
  static let numberIntroducers: [[Unicode.Scalar]] = scalarsList(["ปี", "เดือน", "วันที่"])

  /// Words that continue only into a number (`ปี 2016`, `เดือน 10`); before anything else they
  /// close a quantity (`เป็นเวลาสิบปี`, `สามเดือน`), which may end a sentence.
  static let timeUnitsBeforeNumber: [[Unicode.Scalar]] = scalarsList(["ปี", "เดือน"])

  /// Units and classifiers that follow a number (`1,100 คน`, `7.5 แมกนิจูด`).
  static let unitsAfterNumber: [[Unicode.Scalar]] = scalarsList([
    "คน", "ล้าน", "พัน", "แสน", "หมื่น", "ราย", "ครั้ง", "เปอร์เซ็นต์", "แมกนิจูด", "ดอลลาร์", "ปอนด์",
    "บาท", "กิโลเมตร", "เมตร", "ไมล์", "ชั่วโมง", "นาที", "ปี",
  ])

  /// Words that continue a clause when they open the next piece (ของ, ที่, และ, ซึ่ง, ...).
  static let continuingAfter: [[Unicode.Scalar]] = scalarsList([
    "ๆ", "ของ", "ได้", "ที่", "ปี", "เปอร์เซ็นต์", "ก็", "หรือ", "กับ", "รวม", "คน", "กล่าว", "ซึ่ง",
    "และ", "ว่า", "เป็น", "จะ", "ให้", "ไป", "มา", "แล้ว", "ด้วย", "อยู่", "ไว้", "นี้", "นั้น", "ครั้ง",
    "ราย", "ล้าน", "พัน", "ต่อ", "ถึง", "กว่า", "เท่านั้น", "อีก", "คือ", "เพื่อ", "โดย", "ตาม",
    "หรือไม่", "เช่น", "ระหว่าง", "ส่วน", "เพราะ", "ขณะ", "จน", "ทำให้", "อย่าง", "เมตร", "กิโล",
    "ดอลลาร์", "ปอนด์", "บาท", "นาที", "ชั่วโมง", "วัน", "เดือน", "สัปดาห์", "ราว", "ประมาณ", "-",
  ])
  /// Words that open a new clause about as often as a new sentence (ใน, จาก, แต่, เมื่อ, ...).
  static let weakAfter: [[Unicode.Scalar]] = scalarsList(["ใน", "จาก", "แต่", "เมื่อ", "หลัง", "ก่อน", "แม้"])
  /// New subjects and sentence openers (pronouns, titles, reporting frames).
  static let subjectAfter: [[Unicode.Scalar]] = scalarsList([
    "เขา", "เธอ", "ฉัน", "เรา", "พวก", "คุณ", "นาย", "นาง", "การ", "นี่", "ผม", "ดิฉัน", "มี",
    "อย่างไรก็ตาม", "ทั้งนี้", "นอกจากนี้", "ตำรวจ", "รัฐบาล", "ความ", "โฆษก", "ทาง", "ด้าน", "ขณะที่",
    "หลังจาก",
  ])
  /// Sentence adverbs (however, moreover, therefore, meanwhile, after that, although): they open
  /// a sentence and the sentence goes on after them. Several begin with a word of the lists
  /// above (อย่าง|ไรก็ตาม, แต่|อย่างไรก็ตาม, หลัง|จากนั้น, ถึง|แม้) or end with one (นอกจาก|นี้), so
  /// they are matched first.
  static let sentenceAdverbs: [[Unicode.Scalar]] = scalarsList([
    "อย่างไรก็ตาม", "อย่างไรก็ดี", "แต่อย่างไรก็ตาม", "นอกจากนี้", "นอกจากนั้น", "ทั้งนี้", "ดังนั้น",
    "ในขณะเดียวกัน", "ขณะเดียวกัน", "หลังจากนั้น", "จากนั้น", "แม้อย่างนั้น", "แม้กระนั้น", "ถึงแม้ว่า", "ถึงแม้",
  ])
  /// Reporting verbs (กล่าว, ระบุ, เปิดเผย, ...): after a space they continue the sentence.
  static let reportingAfter: [[Unicode.Scalar]] = scalarsList([
    "กล่าว", "ระบุ", "เปิดเผย", "รายงาน", "เผย", "อธิบาย", "ยืนยัน", "แถลง", "บอก", "เสริม", "ชี้",
  ])
  /// Pronouns and titles that name the speaker after a quotation.
  static let pronounsAfter: [[Unicode.Scalar]] = scalarsList(["เขา", "เธอ", "นาย", "นาง"])
  /// Words that cannot end a sentence: prepositions, conjunctions, titles, classifiers.
  static let continuingBefore: [[Unicode.Scalar]] = scalarsList([
    "และ", "ที่", "ของ", "กับ", "ว่า", "ใน", "ถึง", "จาก", "กว่า", "คือ", "นาย", "นาง", "นางสาว", "ปี",
    "โดย", "ซึ่ง", "เพื่อ", "หรือ", "แต่", "ให้", "วัย", "ประธานาธิบดี", "นายกรัฐมนตรี", "ดร.", "เช่น",
    "ได้แก่", "รวมถึง", "ทั้ง", "อายุ", "เมื่อ", "วันที่", "เดือน", "ราว", "ประมาณ", "จำนวน", "เป็น",
    "แห่ง", "ชื่อ",
  ])
  /// Words that often close a sentence (กล่าว, ด้วย, แล้ว, นี้, ...).
  static let endingBefore: [[Unicode.Scalar]] = scalarsList([
    "กล่าว", "ด้วย", "แล้ว", "นี้", "เท่านั้น", "ครับ", "ค่ะ", "กัน", "ไป", "มา", "ได้", "ไม่", "ขึ้น",
    "อยู่", "เลย", "นั้น", "ไว้", "ข่าว",
  ])

  static func scalarsList(_ words: [String]) -> [[Unicode.Scalar]] { words.map { Array($0.unicodeScalars) } }

  static func hasPrefix(_ text: Substring.UnicodeScalarView, _ words: [[Unicode.Scalar]]) -> Bool {
    words.contains { text.starts(with: $0) }
  }

  static func hasSuffix(_ text: Substring.UnicodeScalarView, _ words: [[Unicode.Scalar]]) -> Bool {
    words.contains { text.reversed().starts(with: $0.reversed()) }
  }

  static func isLatinLetter(_ s: Unicode.Scalar?) -> Bool {
    guard let s else { return false }
    return (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
  }

  static func isDigit(_ s: Unicode.Scalar?) -> Bool {
    guard let s else { return false }
    return ThaiDigits.value(of: s) != nil
  }

  /// The prior of a boundary between `before` and `after` (a logistic model; weights in logits).
  static func prior(before: Substring.UnicodeScalarView, after: Substring.UnicodeScalarView) -> Double {
    var z = -0.71
    if before.isEmpty || after.isEmpty { z -= 2.89 }
    if hasPrefix(after, sentenceAdverbs) {
      z += 0.86  // as a new subject
    } else if hasPrefix(after, continuingAfter) {
      z -= 1.40
    } else if hasPrefix(after, weakAfter) {
      z += 0.11
    } else if hasPrefix(after, subjectAfter) {
      z += 0.86
    }
    let first = after.first
    let last = before.last
    if isDigit(first) { z -= 1.44 }
    if isLatinLetter(first) { z -= 0.52 }
    if let first, "\"“'‘".unicodeScalars.contains(first) { z += 0.95 }
    if first == "(" { z -= 3.32 }  // "(Mexico)": a gloss of the word before
    if after.count <= 4 { z -= 0.96 }
    if let last {
      if ".!?".unicodeScalars.contains(last) { z += 2.00 }
      if "\"”)'’".unicodeScalars.contains(last) { z += 0.23 }
      if last == ":" { z -= 2.87 }
      if last == "," { z -= 2.21 }
    }
    if isDigit(last) { z -= 0.26 }
    // "1,100 คน", "7.5 แมกนิจูด": a unit or classifier after a number belongs to the number.
    if isDigit(last), hasPrefix(after, unitsAfterNumber) { z -= 2.5 }
    if isLatinLetter(last) { z -= 1.29 }
    if hasSuffix(before, sentenceAdverbs) {
      z -= 3.30  // as a conjunction: `นอกจากนี้ | เขายัง…`
    } else if hasSuffix(before, continuingBefore), isDigit(first) || !hasSuffix(before, timeUnitsBeforeNumber) {
      z -= 3.30
    } else if hasSuffix(before, endingBefore) {
      z += 0.76
    }
    if before.count <= 4 { z -= 0.30 }
    if before.count <= 2 { z -= 1.31 }  // "มร", "ดร": abbreviations and titles
    // Second stage, fitted on top of the first: longer pieces on either side make an end more
    // likely (short pieces are fragments of a clause); a reporting verb after the space, or a
    // closing quote before a pronoun or reporting verb (`… ” เขากล่าว`), continues the sentence.
    var y = 0.846 * z - 2.204
    y += 0.414 * log(1 + Double(before.count)) + 0.28 * log(1 + Double(after.count))
    if hasPrefix(after, reportingAfter) { y -= 1.022 }
    if let last, "\"”".unicodeScalars.contains(last), hasPrefix(after, reportingAfter) || hasPrefix(after, pronounsAfter) {
      y -= 1.973
    }
    return 1 / (1 + exp(-y))
  }
}
