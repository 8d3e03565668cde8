public import Glossary
internal import ThaiText

/// Finds Thai transliterated names that a glossary lacks in aligned sentence pairs, and pairs
/// each with the English name it stands for.
///
/// For every unit, each English name not covered by the glossary (a run of capitalised words,
/// see `NameMinerEnglish`) is matched against the Thai spans outside glossary matches: runs of
/// 1–6 word-break tokens (a space inside allowed, so คิม จองอึน is one span), not starting with a
/// title or classifier word (นาย, ประธานาธิบดี, กรุง, แม่น้ำ …). The best span by
/// transliteration similarity wins, one Thai span per English name and one English name per
/// span within a unit. Pairs are then pooled over all units and scored by similarity,
/// co-occurrence (Dice over units) and relative position; at most one English name is kept per
/// Thai span, and one Thai span per English name, best first.
///
///     var miner = try NameMiner(glossary: glossary)
///     miner.add(thai: "… ภูมิภาคคูร์สก์ …", english: "… the Kursk region …", unit: 3)
///     miner.candidates()  // [NameCandidate(thai: "คูร์สก์", english: "Kursk", …)]
public struct NameMiner {
  let thaiMatcher: ThaiTermMatcher
  let englishMatcher: EnglishTermMatcher
  let model: TransliterationModel
  let romanizer: Romanizer
  /// Common Thai words with their English: a span that is one of them is not a name, unless the
  /// English is its translation (ปั๊ม ↔ Pump).
  let lexicon: Lexicon
  /// libthai's own words: a span made only of them (เวลาหนึ่ง, ปกป้อง) must earn its place (see
  /// `ordinarySpanSimilarity`).
  let ordinaryWords: ThaiWordList
  /// Pairs seen: (unit, Thai, English) and their per-unit similarity and position agreement.
  var sightings: [Sighting] = []
  /// Every unit's texts (for co-occurrence counts).
  var units: [(number: Int, thai: String, english: String)] = []
  /// English words seen capitalised away from a sentence start.
  var capitalisedInside: Set<String> = []
  /// English words seen starting with a small letter (trade, police): at a sentence start they
  /// are ordinary words, not names.
  var seenInLowercase: Set<String> = []
  /// Similarities already computed, keyed by the UTF-8 of "thai<TAB>english" (hashing Thai
  /// `String`s normalizes them, which cost more than many similarities).
  var similarityCache: [[UInt8]: Double] = [:]
  /// English candidate runs per unit, resolved once all units are in.
  var pending: [(unit: Int, thai: String, english: String)] = []

  struct Sighting {
    var unit: Int
    var thai: String
    var english: String
    var similarity: Double
    var position: Double
    /// The Thai is made of dictionary words, and the English does not translate it.
    var ordinary = false
  }

  /// Builds a miner for `glossary` (whose terms are never proposed again). With a `lexicon`, a
  /// Thai span that is one common word (เกิด, กล่าว, ดารา) is paired only with an English name
  /// that translates it.
  ///
  /// - Throws: `WordBreakerError` when libthai's dictionary cannot be read.
  public init(glossary: Glossary, model: TransliterationModel = .shipped, lexicon: Lexicon = Lexicon()) throws {
    self.lexicon = lexicon
    ordinaryWords = try ThaiWordList()
    let breaker = try WordBreaker(adding: glossary.concepts.flatMap { $0.thai.map(\.text) })
    thaiMatcher = ThaiTermMatcher(glossary: glossary, wordBreaker: breaker)
    englishMatcher = EnglishTermMatcher(glossary: glossary, loose: true)
    self.model = model
    romanizer = Romanizer(wordBreaker: breaker)
  }

  /// Adds one aligned pair (unit numbers are 1-based and reported back in candidates).
  public mutating func add(thai: String, english: String, unit: Int) {
    units.append((unit, thai, english))
    for word in NameMinerEnglish.words(in: english) {
      if word.capitalised {
        if !word.sentenceInitial { capitalisedInside.insert(word.text) }
      } else if word.text.first?.isLowercase == true {
        seenInLowercase.insert(word.text)
      }
    }
    pending.append((unit, thai, english))
  }

  /// The candidates, best first, with `score >= minScore` and seen in at least `minCount` units.
  public mutating func candidates(minScore: Double = 0.5, minCount: Int = 1) -> [NameCandidate] {
    for item in pending { mine(unit: item.unit, thai: item.thai, english: item.english) }
    pending.removeAll()
    var groups: [String: [Sighting]] = [:]
    for s in sightings { groups[s.thai + "\t" + s.english, default: []].append(s) }
    // Units whose Thai holds each Thai name, and whose English holds each English name.
    let thaiNames = Array(Set(sightings.map(\.thai))), englishNames = Array(Set(sightings.map(\.english)))
    var thaiCounter = ContainmentCounter(patterns: thaiNames)
    var englishCounter = ContainmentCounter(patterns: englishNames)
    for unit in units {
      thaiCounter.add(Array(unit.thai.utf8))
      englishCounter.add(Array(unit.english.utf8))
    }
    let thaiCounts = Dictionary(uniqueKeysWithValues: zip(thaiNames, thaiCounter.counts))
    let englishCounts = Dictionary(uniqueKeysWithValues: zip(englishNames, englishCounter.counts))
    var scored: [NameCandidate] = []
    for (_, group) in groups {
      let thai = group[0].thai, english = group[0].english
      let unitNumbers = Array(Set(group.map(\.unit))).sorted()
      let thaiUnits = thaiCounts[thai] ?? 0
      let englishUnits = englishCounts[english] ?? 0
      let dice = 2 * Double(unitNumbers.count) / Double(max(1, thaiUnits + englishUnits))
      let similarity = group.map(\.similarity).reduce(0, +) / Double(group.count)
      let position = group.map(\.position).reduce(0, +) / Double(group.count)
      let score = 0.7 * similarity + 0.2 * dice + 0.1 * position
      guard score >= minScore, unitNumbers.count >= minCount else { continue }
      // Ordinary Thai words that only roughly sound like the English (เช่น ↔ Citizen, คร่า ↔
      // Quake): a name only when close enough and written mostly where the English name is.
      if group[0].ordinary, similarity < Self.commonWordSimilarity,
        similarity < Self.ordinarySpanSimilarity || 2 * unitNumbers.count <= thaiUnits
      {
        continue
      }
      scored.append(
        NameCandidate(
          thai: thai, english: english, score: (score * 1000).rounded() / 1000,
          similarity: similarity, count: unitNumbers.count, units: unitNumbers,
          romanization: romanizer.romanize(thai)))
    }
    scored.sort { ($0.score, $0.count, $1.thai) > ($1.score, $1.count, $0.thai) }
    var usedThai: Set<String> = [], usedEnglish: Set<String> = []
    return scored.filter { c in
      guard !usedThai.contains(c.thai), !usedEnglish.contains(c.english) else { return false }
      usedThai.insert(c.thai)
      usedEnglish.insert(c.english)
      return true
    }
  }

  /// Latin acronyms of the English (2–10 capitals) not covered by the glossary that the Thai
  /// side also writes as they are (KCNA ↔ KCNA), or spells out in letter names outside the
  /// glossary's Thai terms (เอ็นบีเอ ↔ NBA).
  mutating func mineAcronyms(
    unit: Int, thai: String, english: String, covered: [Range<String.Index>],
    thaiCovered: () -> [Range<String.Index>]
  ) {
    var seen: Set<String> = []
    let thaiLength = Double(max(1, thai.count)), englishLength = Double(max(1, english.count))
    let words = NameMinerEnglish.words(in: english)
    for (k, word) in words.enumerated() where word.isAcronym {
      // Words in capitals next to other words in capitals are shouting, not acronyms (NIGEL
      // FARAGE, THANK YOU … TO THE MOB).
      let shouted = [k - 1, k + 1].contains { words.indices.contains($0) && words[$0].isAcronym && words[$0].text.count >= 2 }
      guard !shouted else { continue }
      let text = word.text.filter { $0 != "." }
      guard (2...10).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isUppercase }),
        !covered.contains(where: { $0.overlaps(word.range) }), seen.insert(text).inserted
      else { continue }
      let thaiText: String, similarity: Double, at: Range<String.Index>
      if let found = Self.firstRange(of: text, in: thai), Self.standsAlone(found, in: thai) {
        (thaiText, similarity, at) = (text, Self.acronymSimilarity, found)
      } else if let found = SpelledAcronym.firstRange(of: text, in: thai),
        !thaiCovered().contains(where: { $0.overlaps(found) })
      {
        (thaiText, similarity, at) = (String(thai[found]), Self.spelledAcronymSimilarity, found)
      } else {
        continue
      }
      let thaiAt = Double(thai.distance(from: thai.startIndex, to: at.lowerBound))
      let englishAt = Double(english.distance(from: english.startIndex, to: word.range.lowerBound))
      sightings.append(
        Sighting(unit: unit, thai: thaiText, english: text, similarity: similarity,
                 position: 1 - abs(thaiAt / thaiLength - englishAt / englishLength)))
    }
  }

  /// Whole tokens only: a Latin acronym found in the Thai is not inside a longer Latin word.
  static func standsAlone(_ at: Range<String.Index>, in thai: String) -> Bool {
    let before = at.lowerBound == thai.startIndex ? nil : thai[thai.index(before: at.lowerBound)]
    let after = at.upperBound == thai.endIndex ? nil : thai[at.upperBound]
    return !(before?.isASCII == true && before?.isLetter == true) && !(after?.isASCII == true && after?.isLetter == true)
  }

  /// The first occurrence of `needle` in `haystack` (byte search; both are whole strings).
  static func firstRange(of needle: String, in haystack: String) -> Range<String.Index>? {
    let h = Array(haystack.utf8), n = Array(needle.utf8)
    guard !n.isEmpty, n.count <= h.count else { return nil }
    for i in 0...(h.count - n.count) where h[i] == n[0] && Array(h[i..<i + n.count]) == n {
      let start = haystack.utf8.index(haystack.utf8.startIndex, offsetBy: i)
      let end = haystack.utf8.index(start, offsetBy: n.count)
      return start..<end
    }
    return nil
  }

  /// Similarity given to a Latin acronym written as it is on both sides (KCNA ↔ KCNA): below a
  /// good transliteration, so such pairs come after the names.
  static let acronymSimilarity = 0.75

  /// Similarity given to an acronym the Thai spells out letter by letter (เอฟบีไอ ↔ FBI): the
  /// letters match one for one, as strong as a close transliteration.
  static let spelledAcronymSimilarity = 0.95

  /// English characters around a name's relative place within which its Thai span is sought
  /// in a long unit (units shorter than this are searched whole).
  public static let searchWindow = 600.0

  /// Indices of the spans (sorted by offset) whose relative place is within `drift` of `place`.
  static func spans(_ spans: [NameMinerThai.Span], near place: Double, drift: Double, thaiLength: Double) -> Range<Int> {
    guard drift < 1 else { return spans.indices }
    let low = (place - drift) * thaiLength, high = (place + drift) * thaiLength
    func firstIndex(above bound: Double, strictly: Bool) -> Int {
      var lo = 0, hi = spans.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if strictly ? spans[mid].offset <= bound : spans[mid].offset < bound { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }
    return firstIndex(above: low, strictly: false)..<firstIndex(above: high, strictly: true)
  }

  /// The transliteration similarity at which a Thai span that is a common word may still be a
  /// name without the English translating it.
  static let commonWordSimilarity = 0.9

  /// How close an English word seen only at sentence starts must sound to its Thai span (an
  /// unknown word, not made of dictionary words) to be a name: ทรัมป์ ↔ Trump when "Trump"
  /// opens every sentence it is in.
  static let sentenceOpenerSimilarity = 0.8

  /// The similarity below which a span of ordinary Thai words is never a name (unless the
  /// English translates it); from there to `commonWordSimilarity` it must also be written with
  /// this English name in most of the units that hold it (ลมบก ↔ Lombok, 2 of 2; not
  /// ปกป้อง ↔ Prison, 1 of 7).
  static let ordinarySpanSimilarity = 0.7

  /// The English name as written and, when it ends in a plural -s (Republicans, the Clintons,
  /// Czechoslovaks), its singular: a glossary wants the singular, and the Thai has no -s to
  /// match (รีพับลิกัน). The singular wins only where it sounds closer; names whose Thai keeps
  /// the s (แซนเดอร์ส ↔ Sanders) stay as written. One word only. Weak spot: a name's own -s
  /// that its Thai drops is cut too (the Sunday Times ↔ ซันเดย์ ไทม์ gives ไทม์ ↔ Time).
  static func forms(of name: Substring) -> [Substring] {
    guard name.count >= 5, name.hasSuffix("s"), !name.hasSuffix("ss"), !name.hasSuffix("us"), !name.hasSuffix("is"),
      let before = name.dropLast().last, before.isLowercase, !name.contains(" ")
    else { return [name] }
    return [name, name.dropLast()]
  }

  /// Whether `word` or, for a plural, its singular (Videos → video) is in `words`.
  static func seen(_ word: String, in words: Set<String>) -> Bool {
    words.contains(word) || (word.hasSuffix("s") && words.contains(String(word.dropLast())))
      || (word.hasSuffix("es") && words.contains(String(word.dropLast(2))))
  }

  /// The stems of the words of an English name, as the lexicon stores its English.
  static func stems(of name: Substring) -> [String] {
    name.split { !$0.isLetter }.map { EnglishWords.stem(String($0)) }
  }

  /// Matches one unit's English names with its Thai spans.
  mutating func mine(unit: Int, thai: String, english: String) {
    let englishCovered = englishMatcher.matches(in: english).map(\.range)
    // The glossary's Thai terms, matched only when something needs them (most units have no
    // spelled acronym, and no English name at all).
    let matcher = thaiMatcher
    var matchedThai: [Range<String.Index>]?
    func thaiCovered() -> [Range<String.Index>] {
      if let known = matchedThai { return known }
      let ranges = matcher.matches(in: thai).map(\.range)
      matchedThai = ranges
      return ranges
    }
    mineAcronyms(unit: unit, thai: thai, english: english, covered: englishCovered, thaiCovered: thaiCovered)
    let untranslated = NameMinerEnglish.writtenAsIs(in: english, thai: thai)
    // A word seen only at sentence starts (Trump, when every sentence opens with him) may be a
    // name unless it is also seen in small letters; it must then sound very close (below).
    let runs = NameMinerEnglish.names(in: english, covered: englishCovered + untranslated) {
      capitalisedInside.contains($0) || !Self.seen($0.lowercased(), in: seenInLowercase)
    }
    guard !runs.isEmpty else { return }
    let spans = NameMinerThai.spans(
      in: thai, covered: thaiCovered(), breaker: thaiMatcher.wordBreaker, words: ordinaryWords)
    guard !spans.isEmpty else { return }
    let thaiLength = Double(max(1, thai.count)), englishLength = Double(max(1, english.count))
    // In a long unit (a paragraph or a whole document in one TU) a name is sought only among the
    // Thai spans at about the same relative place, so the work stays linear in its length;
    // sentence-sized units are searched whole.
    let drift = min(1.0, Self.searchWindow / englishLength)
    // Character offsets of the run words, walked once (runs come in text order).
    var walked = (index: english.startIndex, offset: 0)
    func characterOffset(_ i: String.Index) -> Int {
      walked.offset += english.distance(from: walked.index, to: i)
      walked.index = i
      return walked.offset
    }
    // Per span: the English stems of the one lexicon word it is, or nil.
    let commonWord: [[String]?] = spans.map { span in lexicon.entry(exactly: span.text).map { lexicon.translations[$0] } }
    let anyCommonWord = commonWord.contains { $0 != nil }
    var options: [(span: Int, run: Int, name: String, similarity: Double, position: Double, ordinary: Bool)] = []
    for (r, run) in runs.enumerated() {
      // The whole run and each part of it (Kim Jong Un, Jong Un, Kim …).
      for from in 0..<min(run.count, 999) {
        let onlyOpens = run[from].sentenceInitial && !capitalisedInside.contains(run[from].text)
        let englishAt = Double(characterOffset(run[from].range.lowerBound))
        let window = Self.spans(spans, near: englishAt / englishLength, drift: drift, thaiLength: thaiLength)
        // Sub-runs of up to four words, each as written and, if plural, in the singular.
        let names = (from..<min(run.count, from + 4)).flatMap { to in
          Self.forms(of: english[run[from].range.lowerBound..<run[to].range.upperBound]).map { (to, $0) }
        }
        for (to, name) in names {
          let letters = TransliterationText.englishLetters(String(name))
          guard letters.count >= 3 else { continue }
          let stems = anyCommonWord ? Self.stems(of: name) : []
          for s in window {
            let span = spans[s]
            // Lengths too far apart cannot be the same name (and skipping them saves most time).
            let u = span.units.count, l = letters.count
            guard 2 * u + 2 >= l, u <= 2 * l + 2 else { continue }
            var key = Array(span.text.utf8)
            key.append(0x09)
            key.append(contentsOf: name.utf8)
            let similarity: Double
            if let known = similarityCache[key] {
              similarity = known
            } else {
              similarity = model.similarity(units: span.units, letters: letters)
              similarityCache[key] = similarity
            }
            guard similarity >= 0.3 else { continue }
            // A common word (เกิด ↔ Geiger) is a name only when it sounds almost the same
            // (ชวา ↔ Java: the lexicon knows ชวา only as "schwa") or the English translates it.
            let translated = commonWord[s].map { meanings in
              stems.contains { stem in meanings.contains { TransliterationDictionary.sameWord($0, stem) } }
            }
            if similarity < Self.commonWordSimilarity, translated == false { continue }
            if onlyOpens, similarity < Self.sentenceOpenerSimilarity || (span.ordinary && translated != true) { continue }
            let position = 1 - abs(span.offset / thaiLength - englishAt / englishLength)
            options.append(
              (s, r * Self.runKey + from * 1000 + to, String(name), similarity, position, span.ordinary && translated != true))
          }
        }
      }
    }
    options = Self.withoutNeedlessWords(options)
    options = Self.withoutPartsOfLongerNames(options) { spans[$0].scalars }
    options.sort { ($0.similarity, $0.position) > ($1.similarity, $1.position) }
    var usedRuns: Set<Int> = [], takenThai: [Range<Int>] = []
    for option in options {
      let run = option.run / Self.runKey
      let span = spans[option.span]
      guard !usedRuns.contains(run), !takenThai.contains(where: { $0.overlaps(span.scalars) }) else { continue }
      usedRuns.insert(run)
      takenThai.append(span.scalars)
      sightings.append(
        Sighting(unit: unit, thai: span.text, english: option.name, similarity: option.similarity,
                 position: option.position, ordinary: option.ordinary))
    }
  }
}
