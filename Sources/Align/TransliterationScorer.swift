import ThaiText

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Ranks English names against a Thai name (higher is better) by combining channels, each of
/// which explains the English as written from the Thai in one way; the best explanation wins:
///
/// - **transliteration**: the whole name is spelled from the Thai sound
///   (`TransliterationModel.rankingScore`, a classifier prefix stripped): คูร์สก์ ↔ Kursk;
/// - **translation**: Thai pieces that the dictionary (lexicon, glossary, classifier words)
///   translates explain English words, the rest is transliterated part for part, and every
///   English word left unexplained costs: กระทรวงเกษตร ↔ Department of Agriculture,
///   ทะเลสาบเชลัน ↔ Lake Chelan, ห่านแคนาดา ↔ Canada goose;
/// - **affixes**: an English derivational ending (-ian, -ese, -ism, -ist …) that Thai writes with a
///   word before the name (ชาวเปรู ↔ Peruvian, ชาวพุทธ ↔ Buddhist) is left out at a cost;
/// - **taxon**: a Thai family or order name (วงศ์…, อันดับ…) takes an English scientific name of that
///   rank (วงศ์ยอ ↔ Rubiaceae, วงศ์นกกระสา ↔ Ciconiidae), see `TransliterationTaxon`;
/// - **spelled**: an acronym that the Thai spells out in letter names (เอฟบีไอ ↔ FBI, อักษรคิว ↔ Q);
/// - **numbers**: a number in Thai words or digits takes the same number in Roman numerals or
///   digits (สิบห้า ↔ XV, ๒๘ ↔ XXVIII), see `ThaiNumberWords`;
/// - **symbols**: an element or unit symbol scores as the name it stands for, a little less
///   (ซีลีเนียม ↔ Se as Selenium, เทราเฮิรตซ์ ↔ THz as terahertz), and a compass point takes its
///   abbreviation (ตะวันออก ↔ E), see `TransliterationSymbols`;
/// - **abbreviation** (measured, not in `.standard`): an English name of 1–2 letters, or up to
///   4 in capitals, is read as letters
///   of the Thai's transliteration in order, the first from its first sound (ดิสโพรเซียม ↔ Dy,
///   คูเรียม ↔ Cm).
///
/// Scores are log-likelihood ratios per English letter, so channels compare on one scale.
///
///     let scorer = TransliterationScorer(model: .shipped, dictionary: TransliterationDictionary())
///     let thai = scorer.prepare("ทะเลสาบเชลัน")
///     scorer.score(thai, english: "Lake Chelan") > scorer.score(thai, english: "Lake Erie") // true
public struct TransliterationScorer: Sendable {
  /// Which channels are used (for measuring each one).
  public struct Channels: OptionSet, Sendable {
    public let rawValue: Int
    /// Creates a set.
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Whole-name transliteration.
    public static let transliteration = Channels(rawValue: 1)
    /// Translated pieces with transliterated rest.
    public static let translation = Channels(rawValue: 2)
    /// Derivational endings left out.
    public static let affixes = Channels(rawValue: 4)
    /// Initials of short English names.
    public static let abbreviation = Channels(rawValue: 8)
    /// Scientific names whose rank fits the Thai kind word (วงศ์ ↔ -aceae/-idae).
    public static let taxon = Channels(rawValue: 16)
    /// Acronyms spelled out in Thai letter names (เอฟบีไอ ↔ FBI).
    public static let spelled = Channels(rawValue: 32)
    /// Symbols of elements and units read as their names (ซีลีเนียม ↔ Se, โวลต์ ↔ V).
    public static let symbols = Channels(rawValue: 64)
    /// A number in Thai words or digits and the same number in Roman numerals or digits (สิบห้า ↔ XV).
    public static let numbers = Channels(rawValue: 128)
    /// Every channel.
    public static let all: Channels = [.transliteration, .translation, .affixes, .abbreviation, .taxon, .spelled, .symbols, .numbers]
    /// The channels that improve the ranking on training rows (abbreviation does not: see
    /// docs/quality/extend.md), the default.
    public static let standard: Channels = [.transliteration, .translation, .affixes, .taxon, .spelled, .symbols, .numbers]
  }

  /// The combination's constants (chosen by cross-validation on training rows).
  public struct Constants: Sendable {
    /// Credit per English letter of a word the dictionary explains.
    public var translationCredit = 1.0
    /// Largest cost per English letter left unexplained (log-ratio floor).
    public var unexplainedLetterCost = 0.25
    /// Cost per Thai unit left unexplained when every English word is explained.
    public var unexplainedThaiCost = 0.3
    /// Cost of leaving out a derivational ending.
    public var suffixCost = 1.0
    /// Margin taken off the per-letter abbreviation score.
    public var abbreviationMargin = 2.5
    /// Score of a scientific name whose rank fits the Thai kind word (family, order).
    public var taxonPrior = 1.0
    /// Score of an acronym that the Thai spells out letter by letter.
    public var spelledScore = 3.0
    /// Weight of the transliteration score that orders scientific names of one rank.
    public var taxonWeight = 0.1
    /// Margin taken off the transliteration score of the name a symbol stands for, so that the
    /// name itself wins over its symbol.
    public var symbolMargin = 0.1
    /// Score of an English number equal to the Thai one, or of a compass point's abbreviation.
    public var numberScore = 3.0
    /// Margin taken off the score of a country's or state's name for its capital (เมืองหลวง
    /// ประเทศจอร์เจีย ↔ Tbilisi as Georgia); 50 or more switches the capitals channel off.
    public var capitalMargin = 0.1
    /// Margin taken off the score of a place's name for its people's or language's name
    /// (ชาวโปแลนด์ ↔ Pole as Poland); 50 or more switches the demonyms channel off.
    public var demonymMargin = 0.2
    /// Cost of leaving out the dictionary words that start a Thai name (กลุ่มหัวรุนแรงฮามาส ↔
    /// Hamas: กลุ่ม "group", หัวรุนแรง "extremist"); 50 or more switches the rule off.
    public var droppedWordsCost = 1.0
    /// Letters of a longer English word that a dictionary stem explains beyond its own length
    /// (Peru ~ Peruvian); the rest cost `unexplainedLetterCost` each.
    public var stemSlack = 2.0
    /// Creates the default constants.
    public init() {}
  }

  /// A Thai name read once for scoring many English names.
  public struct PreparedThai: Sendable {
    let scalars: [Unicode.Scalar]
    let strippedUnits: [String]
    /// Units with more leading words stripped (`namePrefixes`), when that changes them.
    let moreStrippedUnits: [String]?
    /// Units of the name as written, when its stripped prefix may be part of the name
    /// (`soundPrefixes`: เซอร์คิน ↔ Serkin, not Sir Kin).
    let writtenUnits: [String]?
    /// The name starts with a word that English writes as an ending (ชาว, ภาษา, ลัทธิ …).
    let takesEnding: Bool
    /// The rank the name's kind word names (วงศ์ = family), for the taxon channel.
    let taxon: TransliterationTaxon?
    /// The name as written and without its leading kind words (อักษรเอ → เอ), for the spelled channel.
    let forms: [String]
    /// The English abbreviation of the compass point the name is (ตะวันออก → E), for the
    /// symbols channel.
    let compass: String?
    /// The number the name writes (สิบห้า = 15), for the number channel.
    let number: Int?
    /// The Thai name of the country or state whose capital the name is (เมืองหลวงประเทศกรีซ → กรีซ).
    let capitalOf: String?
    /// The Thai name of the place whose people or language the name is (ชาวโปแลนด์ → โปแลนด์).
    let demonymOf: String?
    /// Units of what follows the dictionary words that start the name (see
    /// `Constants.droppedWordsCost`).
    let afterWords: [[String]]
    let parts: [TransliterationDictionary.Part]
  }

  let model: TransliterationModel
  let dictionary: TransliterationDictionary
  /// The channels used.
  public var channels: Channels
  /// The constants used.
  public var constants: Constants
  /// Per Thai unit id, per letter: log P(a chunk starting with the letter | unit).
  let firstMass: [[Double]]
  /// Per Thai unit id, per letter: log P(a chunk containing the letter | unit).
  let containsMass: [[Double]]

  /// Prints the translation matches of each scored pair (for debugging).
  nonisolated(unsafe) public static var debug = false

  /// Words before a name that its English often leaves out, besides the classifier and title
  /// words of `TransliterationText` (จักรพรรดิทราจัน ↔ Trajan, กฎของเกรชาม ↔ Gresham's Law).
  static let namePrefixes = [
    "จักรพรรดินี", "จักรพรรดิ", "กฎของ", "ทฤษฎีของ", "นักบุญ", "เซนต์", "สมเด็จพระ", "พระเจ้า", "พระนาง",
    "พระ", "ราชินี", "กษัตริย์", "เจ้าชาย", "โรค", "ปรากฏการณ์", "สมการ", "ทฤษฎี", "หลักการ", "กลุ่มดาว",
    "ดวงจันทร์", "ดาว", "ตึก", "ถนน", "ท่าเรือ", "สนามบิน", "โรงแรม", "บริษัท", "พรรค", "ค่าย", "ยุทธการ", "สงคราม",
    "สนธิสัญญา", "เทศกาล", "วัน", "เดือน", "สุนัขพันธุ์", "แมวพันธุ์", "ม้าพันธุ์", "โคพันธุ์", "พันธุ์", "ผู้นับถือ",
    "นิกาย", "คณะ", "ตัวอักษร", "อักษร", "ตัว", "ชนเผ่า", "เผ่า", "ชนชาติ", "ตระกูล", "ครอบครัว", "นาย", "ชาว", "ภาษา", "ต้น", "ดอก",
    // Kinds of things sold under a name (ปืนโคลท์ ↔ Colt, เหล้าคอนยัค ↔ Cognac, ม้าเปกาซัส ↔ Pegasus).
    "ปืนไรเฟิล", "ปืน", "เหล้า", "ไวน์", "เบียร์", "ซอส", "ผ้า", "เพลงของ", "หนังสือ", "ม้า", "ไก่", "วัว", "แกะ",
    // Gases (ก๊าซออกซิเจน ↔ Oxygen, O).
    "ก๊าซ", "แก๊ส", "แก็ส",
  ]

  /// Title words that also spell syllables of names, so a name starting with them is scored as
  /// written too (เซอร์คิน ↔ Serkin, เซอร์เบอรัส ↔ Cerberus; เซอร์ is also "Sir").
  static let soundPrefixes = ["เซอร์"]

  /// Thai words for people, languages, beliefs and styles, which English writes as an ending of
  /// the name (ชาวเปรู ↔ Peruvian, ภาษาจีน ↔ Chinese, ลัทธิเต๋า ↔ Taoism).
  static let endingPrefixes = [
    "ชาว", "ภาษา", "ลัทธิ", "ศาสนา", "ผู้นับถือ", "ผู้นิยม", "ผู้พูด", "นิกาย", "ชนชาติ", "ชนเผ่า", "เผ่า", "คน",
    "สาวก", "นัก", "ศิลปะ", "สถาปัตยกรรม", "อาหาร", "แบบ", "สไตล์", "สำนัก", "ยุค", "สมัย",
  ]

  static let suffixes: [[UInt8]] = [
    "ians", "ian", "ans", "an", "ese", "ish", "ists", "ist", "ism", "ites", "ite", "ics", "ic", "i",
    "ers", "er", "ity", "n", "ans", "ine", "ism",
  ].map { Array($0.utf8).map { $0 - 0x61 } }

  /// A scorer over `model` and `dictionary`.
  public init(
    model: TransliterationModel, dictionary: TransliterationDictionary, channels: Channels = .standard,
    constants: Constants = Constants()
  ) {
    // Multi-letter chunks a consonant cannot start are learned words, not sounds.
    self.model = model.keepingSoundClassChunks()
    self.dictionary = dictionary
    self.channels = channels
    self.constants = constants
    var first: [[Double]] = [], contains: [[Double]] = []
    for table in self.model.emissions {
      var f = [Double](repeating: 0, count: 26), c = [Double](repeating: 0, count: 26)
      for (code, logP) in table {
        let chunk = Array(TransliterationModel.chunkString(code).utf8).map { Int($0) - 0x61 }
        guard let head = chunk.first else { continue }
        f[head] += exp(logP)
        for letter in Set(chunk) { c[letter] += exp(logP) }
      }
      first.append(f.map { log(max($0, 1e-6)) })
      contains.append(c.map { log(max($0, 1e-6)) })
    }
    firstMass = first
    containsMass = contains
  }

  /// Reads `thai` once (units, dictionary pieces).
  public func prepare(_ thai: String) -> PreparedThai {
    let scalars = Array(thai.unicodeScalars)
    let stripped = TransliterationText.strippingPrefix(thai)
    let units = TransliterationText.thaiUnits(stripped)
    var more = stripped
    for _ in 0..<2 {
      for prefix in Self.namePrefixes + TransliterationText.classifierPrefixes + TransliterationText.titlePrefixes
      where more.hasPrefix(prefix) && more.unicodeScalars.count - prefix.unicodeScalars.count >= 2 {
        more = String(more.dropFirst(prefix.count))
        break
      }
    }
    let parts = channels.contains(.translation) || channels.contains(.abbreviation) ? dictionary.parts(of: scalars) : []
    let moreUnits = more == stripped ? nil : TransliterationText.thaiUnits(more)
    let writtenUnits = stripped != thai && Self.soundPrefixes.contains(where: { thai.hasPrefix($0) })
      ? TransliterationText.thaiUnits(thai) : nil
    let takesEnding = Self.endingPrefixes.contains { thai.hasPrefix($0) }
    let taxon = channels.contains(.taxon) ? TransliterationTaxon.cue(of: thai) : nil
    let afterWords = channels.contains(.translation) && constants.droppedWordsCost < 50
      ? Self.restsAfterLeadingWords(scalars, parts: parts, starts: [0, scalars.count - stripped.unicodeScalars.count, scalars.count - more.unicodeScalars.count])
        .map(TransliterationText.thaiUnits).filter { !$0.isEmpty && $0 != units && $0 != moreUnits }
      : []
    return PreparedThai(
      scalars: scalars, strippedUnits: units, moreStrippedUnits: moreUnits, writtenUnits: writtenUnits, takesEnding: takesEnding, taxon: taxon,
      forms: Array(Set([thai, stripped, more])), compass: channels.contains(.symbols) ? TransliterationSymbols.compassPoint(thai) : nil,
      number: channels.contains(.numbers) ? ThaiNumberWords.value(of: thai) : nil,
      capitalOf: constants.capitalMargin < 50 ? TransliterationCapitals.country(in: thai) : nil,
      demonymOf: constants.demonymMargin < 50 ? TransliterationDemonyms.place(in: thai) : nil, afterWords: afterWords,
      parts: parts)
  }

  /// The score of `english` for `thai` (the best channel's).
  public func score(_ thai: PreparedThai, english: String) -> Double {
    let name = TransliterationEnglish(english)
    var best = -Double.infinity
    if channels.contains(.transliteration) {
      best = model.rankingScore(units: thai.strippedUnits, letters: name.letters)
      if let more = thai.moreStrippedUnits { best = max(best, model.rankingScore(units: more, letters: name.letters)) }
      if let written = thai.writtenUnits { best = max(best, model.rankingScore(units: written, letters: name.letters)) }
    }
    if channels.contains(.translation) || channels.contains(.affixes) {
      best = max(best, combinedScore(thai, name))
    }
    for units in thai.afterWords {
      best = max(best, model.rankingScore(units: units, letters: name.letters) - constants.droppedWordsCost)
    }
    if let country = thai.capitalOf {
      let places = TransliterationCapitals.places(of: english)
      if !places.isEmpty {
        let inner = prepare(country)
        for place in places { best = max(best, score(inner, english: place) - constants.capitalMargin) }
      }
    }
    if let place = thai.demonymOf {
      let places = TransliterationDemonyms.places(of: english)
      if !places.isEmpty {
        let inner = prepare(place)
        for name in places { best = max(best, score(inner, english: name) - constants.demonymMargin) }
      }
    }
    if channels.contains(.abbreviation), name.isShort {
      best = max(best, abbreviationScore(thai, name))
    }
    if channels.contains(.spelled), name.letters.count <= 10, name.allCaps || name.letters.count <= 2,
      thai.forms.contains(where: { SpelledAcronym.spells(english, $0) })
    {
      best = max(best, constants.spelledScore)
    }
    if channels.contains(.symbols), name.letters.count <= 4 {
      let units = thai.moreStrippedUnits ?? thai.strippedUnits
      for full in TransliterationSymbols.names(of: english) {
        let letters = TransliterationText.englishLetters(full)
        best = max(best, model.rankingScore(units: units, letters: letters) - constants.symbolMargin)
      }
    }
    if let number = thai.number, TransliterationNumber.value(ofEnglish: english) == number {
      best = max(best, constants.numberScore)
    }
    if let compass = thai.compass, name.letters.count <= 2, compass == english {
      best = max(best, constants.numberScore)
    }
    if let cue = thai.taxon, let rank = TransliterationTaxon.rank(of: english), cue.accepts(rank) {
      let sound = model.rankingScore(units: thai.moreStrippedUnits ?? thai.strippedUnits, letters: name.letters)
      best = max(best, constants.taxonPrior + constants.taxonWeight * min(3, max(-3, sound)))
    }
    return best
  }

  /// The Thai after each run of dictionary pieces that starts at one of `starts` and covers the
  /// name up to where the run ends (two scalars at least left): กลุ่มหัวรุนแรงฮามาส → ฮามาส.
  static func restsAfterLeadingWords(_ scalars: [Unicode.Scalar], parts: [TransliterationDictionary.Part], starts: [Int]) -> [String] {
    var reachable = Set(starts.filter { $0 >= 0 && $0 < scalars.count })
    let begins = reachable
    for part in parts.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where reachable.contains(part.range.lowerBound) {
      reachable.insert(part.range.upperBound)
    }
    return reachable.subtracting(begins).filter { scalars.count - $0 >= 2 }.sorted()
      .map { String(String.UnicodeScalarView(scalars[$0...])) }
  }

  /// `score` of one pair.
  public func score(thai: String, english: String) -> Double { score(prepare(thai), english: english) }

  /// Translated pieces + transliterated rest + unexplained costs, per English letter.
  func combinedScore(_ thai: PreparedThai, _ name: TransliterationEnglish) -> Double {
    let content = name.words.indices.filter { !name.words[$0].isStop }
    guard !content.isEmpty else { return -.infinity }
    // Matches of dictionary phrases against consecutive content words.
    var matches: [(thai: Range<Int>, words: [Int], letters: Int, credited: Int)] = []
    if channels.contains(.translation) {
      for part in thai.parts {
        for phrase in part.phrases where phrase.count <= content.count {
          for start in 0...(content.count - phrase.count) {
            let words = Array(content[start..<start + phrase.count])
            if zip(phrase, words).allSatisfy({ TransliterationDictionary.sameWord($0, name.words[$1].stem) }) {
              // A stem explains at most `stemSlack` letters beyond its own length of a longer
              // English word (unit ~ Unitarianism explains unit and a few letters, not all 12).
              let credited = zip(phrase, words).reduce(0) { $0 + min(name.words[$1.1].letters.count, $1.0.utf8.count + Int(constants.stemSlack)) }
              matches.append((part.range, words, words.reduce(0) { $0 + name.words[$1].letters.count }, credited))
            }
          }
        }
      }
    }
    matches.sort { ($0.letters, $0.thai.count) > ($1.letters, $1.thai.count) }
    var usedThai = [Bool](repeating: false, count: thai.scalars.count)
    var usedWord = [Bool](repeating: false, count: name.words.count)
    var matched = 0, overhang = 0
    for match in matches where !match.words.contains(where: { usedWord[$0] }) && !match.thai.contains(where: { usedThai[$0] }) {
      if Self.debug {
        print("match", String(String.UnicodeScalarView(thai.scalars[match.thai])), match.words.map { name.words[$0].stem })
      }
      for i in match.thai { usedThai[i] = true }
      for w in match.words { usedWord[w] = true }
      matched += match.letters
      overhang += match.letters - match.credited
    }
    let leftWords = content.filter { !usedWord[$0] }.map { name.words[$0].letters }
    let leftLetters = leftWords.flatMap { $0 }
    let units: [String]
    if matched == 0 {
      units = thai.moreStrippedUnits ?? thai.strippedUnits
    } else {
      var rest = String.UnicodeScalarView()
      for (i, s) in thai.scalars.enumerated() { rest.append(usedThai[i] ? " " : s) }
      units = TransliterationText.thaiUnits(TransliterationText.strippingPrefix(String(rest).trimmingSpaces))
    }
    let c = constants
    var part = 0.0
    if !leftLetters.isEmpty {
      var llr = -Double.infinity
      if !units.isEmpty {
        if matched > 0 { llr = model.logLikelihoodRatio(units: units, letters: leftLetters) }
        if channels.contains(.affixes), thai.takesEnding, let last = leftWords.last {
          for suffix in Self.suffixes where last.count >= suffix.count + 3 && last.suffix(suffix.count).elementsEqual(suffix) {
            let shorter = Array(leftLetters.dropLast(suffix.count))
            llr = max(llr, model.logLikelihoodRatio(units: units, letters: shorter) - c.suffixCost)
          }
        }
      }
      if matched == 0 && llr == -.infinity { return -.infinity }
      part = max(llr, -c.unexplainedLetterCost * Double(leftLetters.count))
    } else if !units.isEmpty {
      part = -c.unexplainedThaiCost * Double(units.count)
    }
    let credit = c.translationCredit * Double(matched - overhang) - c.unexplainedLetterCost * Double(overhang)
    return (credit + part) / Double(max(1, matched + leftLetters.count))
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(unicodeScalars.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed().map(Character.init))
  }
}
