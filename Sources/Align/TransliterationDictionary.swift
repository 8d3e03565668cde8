public import Glossary
internal import ThaiText

/// Thai words and phrases with English renderings, for the translation channel of
/// `TransliterationScorer`: the shipped lexicon (`Lexicon`, read only), glossary terms, and a
/// small built-in list of classifier and title words (ทะเล ↔ sea, เกาะ ↔ island, ภาษา ↔ language,
/// จักรพรรดิ ↔ emperor) that a Thai name carries and its English may translate.
///
/// A rendering is a phrase of English stems (`TransliterationDictionary.stem`), so that
/// "Department of Agriculture" can be matched word by word.
public struct TransliterationDictionary: Sendable {
  /// A Thai piece of a name that the dictionary translates.
  struct Part: Sendable {
    /// Thai scalar offsets of the piece.
    var range: Range<Int>
    /// English renderings, each a phrase of stems.
    var phrases: [[String]]
  }

  let lexicon: Lexicon
  /// Glossary and built-in entries: Thai → phrases.
  var entries: [String: [[String]]] = [:]
  /// Built-in entries (general words, never excluded).
  var builtInEntries: Set<String> = []
  /// Longest Thai entry in `entries`, in scalars.
  var longest = 0
  /// Thai strings never used (held-out names in an evaluation).
  let excluded: Set<String>

  /// Built-in classifier, title and common descriptive words (Thai → English words).
  static let builtIn: [(String, String)] = [
    ("ทะเล", "sea"), ("ทะเลสาบ", "lake"), ("เกาะ", "island|isle"), ("หมู่เกาะ", "islands"),
    ("ภูเขา", "mount|mountain"), ("เทือกเขา", "mountains|range"), ("แม่น้ำ", "river"),
    ("อ่าว", "bay|gulf"), ("ช่องแคบ", "strait"), ("มหาสมุทร", "ocean"), ("คาบสมุทร", "peninsula"),
    ("สะพาน", "bridge"), ("ภาษา", "language|tongue"), ("ชาว", "people"), ("กฎ", "law|rule"),
    ("ทฤษฎี", "theory"), ("โรค", "disease|syndrome"), ("วัน", "day"), ("เมือง", "city|town"),
    ("จังหวัด", "province"), ("รัฐ", "state"), ("ถนน", "street|road|avenue"), ("ทะเลทราย", "desert"),
    ("อุทยานแห่งชาติ", "national park"), ("สงคราม", "war"), ("ยุทธการ", "battle"), ("สนธิสัญญา", "treaty"),
    ("โบสถ์", "church|chapel"), ("วิหาร", "temple|cathedral"), ("ปราสาท", "castle"),
    ("พระราชวัง", "palace"), ("หอคอย", "tower"), ("คลอง", "canal"), ("แหลม", "cape"),
    ("หุบเขา", "valley"), ("มหาวิทยาลัย", "university"), ("วิทยาลัย", "college"),
    ("จักรพรรดิ", "emperor"), ("จักรพรรดินี", "empress"), ("กษัตริย์", "king"), ("ราชินี", "queen"),
    ("เจ้าชาย", "prince"), ("เจ้าหญิง", "princess"), ("ประธานาธิบดี", "president"),
    ("นักบุญ", "saint|st"), ("เซนต์", "saint|st"), ("สมเด็จพระสันตะปาปา", "pope"), ("พระ", "saint|god"),
    ("กลุ่มดาว", "constellation"), ("ดาว", "star"), ("ดาวเคราะห์", "planet"), ("หน่วยเงินตรา", "monetary unit"),
    ("สกุลเงิน", "currency"), ("ราชวงศ์", "dynasty"), ("จักรวรรดิ", "empire"), ("อาณาจักร", "kingdom"),
    ("สาธารณรัฐ", "republic"), ("ลัทธิ", "ism"), ("เหนือ", "north|northern"), ("ใต้", "south|southern"),
    ("ตะวันออก", "east|eastern"), ("ตะวันตก", "west|western"), ("ใหม่", "new"), ("เก่า", "old"),
    ("ใหญ่", "great|grand|big"), ("เล็ก", "little|lesser|small"), ("ขาว", "white"), ("ดำ", "black"),
    ("แดง", "red"), ("เขียว", "green"), ("เหลือง", "yellow"), ("น้ำเงิน", "blue"), ("ฟ้า", "blue|sky"),
    ("สมการ", "equation"), ("ปรากฏการณ์", "effect|phenomenon"), ("หลักการ", "principle"),
    ("กระทรวง", "ministry|department|office"), ("ภาค", "region"), ("ป่า", "forest|wild"),
    ("สวน", "garden|park"), ("จัตุรัส", "square"), ("พิพิธภัณฑ์", "museum"), ("เทพเจ้า", "god"),
    ("เทพ", "god"), ("เทพี", "goddess"), ("ยุค", "age|era|period"), ("สมัย", "age|era|period"),
    ("สถาบัน", "institute"), ("องค์การ", "organization"), ("สมาคม", "association|society"),
    ("พรรค", "party"), ("กองทัพ", "army"), ("ธนาคาร", "bank"), ("บริษัท", "company|corporation"),
    // The royal epithet "the Great" (พระเจ้าปีเตอร์มหาราช ↔ Peter the Great).
    ("มหาราช", "great"),
    // Academic degrees: the level after the field (นิติศาสตร์บัณฑิต ↔ Bachelor of Laws).
    ("บัณฑิต", "bachelor"), ("มหาบัณฑิต", "master"), ("ดุษฎีบัณฑิต", "doctor"), ("กิตติมศักดิ์", "honorary"),
    ("นิติศาสตร์", "law|laws"), ("ศาสนศาสตร์", "divinity|theology"), ("เทววิทยา", "theology|divinity"),
    ("พยาบาลศาสตร์", "nursing"), ("แพทยศาสตร์", "medicine"), ("วิทยาศาสตร์", "science|sciences"),
    ("อักษรศาสตร์", "arts|letters"), ("ศิลปศาสตร์", "arts"), ("วิศวกรรมศาสตร์", "engineering"),
    ("บริหารธุรกิจ", "business administration"), ("ศึกษาศาสตร์", "education"), ("ครุศาสตร์", "education"),
    ("เภสัชศาสตร์", "pharmacy"), ("ทันตแพทยศาสตร์", "dental surgery|dentistry"), ("ทันตศัลยกรรม", "dental surgery"),
    ("สถาปัตยกรรมศาสตร์", "architecture"), ("ปรัชญา", "philosophy"),
  ]

  /// Thai month names, in full and short.
  static let months: [(String, String)] = [
    ("มกราคม", "january|jan"), ("กุมภาพันธ์", "february|feb"), ("มีนาคม", "march|mar"), ("เมษายน", "april|apr"),
    ("พฤษภาคม", "may"), ("มิถุนายน", "june|jun"), ("กรกฎาคม", "july|jul"), ("กรกฏาคม", "july|jul"),
    ("สิงหาคม", "august|aug"), ("กันยายน", "september|sep|sept"), ("ตุลาคม", "october|oct"),
    ("พฤศจิกายน", "november|nov"), ("ธันวาคม", "december|dec"),
    // The short forms of everyday speech (มิถุนา ↔ June).
    ("มกรา", "january|jan"), ("กุมภา", "february|feb"), ("มีนา", "march|mar"), ("เมษา", "april|apr"),
    ("พฤษภา", "may"), ("มิถุนา", "june|jun"), ("กรกฎา", "july|jul"), ("กรกฏา", "july|jul"), ("สิงหา", "august|aug"),
    ("กันยา", "september|sep|sept"), ("ตุลา", "october|oct"), ("พฤศจิกา", "november|nov"), ("ธันวา", "december|dec"),
  ]

  /// Thai day names, which are also the names of the sun, the moon and the planets they are
  /// named after (ศุกร์ ↔ Friday, Venus; อาทิตย์ ↔ Sunday, Sun).
  static let days: [(String, String)] = [
    ("อาทิตย์", "sunday|sun"), ("จันทร์", "monday|moon"), ("อังคาร", "tuesday|mars"), ("พุธ", "wednesday|mercury"),
    ("พฤหัสบดี", "thursday|jupiter"), ("พฤหัส", "thursday|jupiter"), ("ศุกร์", "friday|venus"),
    ("เสาร์", "saturday|saturn"),
  ]

  /// A dictionary from `lexicon` (may be empty), `glossary` terms and the built-in words, never
  /// using an entry whose Thai is in `excluding`.
  public init(lexicon: Lexicon = Lexicon(), glossary: Glossary = Glossary(), excluding: Set<String> = []) {
    self.lexicon = lexicon
    excluded = excluding
    for (thai, english) in Self.builtIn + Self.months + Self.days + Self.zodiac + Self.constellations {
      add(thai: thai, english: english.split(separator: "|").map(String.init))
      builtInEntries.insert(thai)
    }
    for concept in glossary.concepts {
      let english = concept.allowedEnglish.map(\.text)
      for term in concept.thai where !excluding.contains(term.text) { add(thai: term.text, english: english) }
    }
  }

  mutating func add(thai: String, english: [String]) {
    let phrases = english.map(Self.phrase).filter { !$0.isEmpty }
    guard !phrases.isEmpty, thai.unicodeScalars.count >= 2 else { return }
    entries[thai, default: []] += phrases
    longest = max(longest, thai.unicodeScalars.count)
  }

  /// The content-word stems of an English rendering ("Department of Agriculture" →
  /// ["department", "agriculture"]).
  static func phrase(_ english: String) -> [String] {
    TransliterationEnglish(english).words.filter { !$0.isStop }.map(\.stem)
  }

  /// A loose stem: lower-case letters, possessive and plural endings removed.
  static func stem(_ word: String) -> String { EnglishWords.stem(word) }

  /// Whether a dictionary piece may start at `i`: not on a vowel or mark written after its
  /// consonant, not after a leading vowel, and not after ั or ็, which a final consonant (or อ and
  /// a final) always follows in the same syllable.
  static func canStartPiece(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
    if ThaiScalar.isFollowing(scalars[i].value) { return false }
    guard i > 0 else { return true }
    let before = scalars[i - 1].value
    return !ThaiScalar.isLeadingVowel(before) && before != 0x0E31 && before != 0x0E47
  }

  /// Whether a dictionary piece may end before `j`: not before a vowel or mark written after a
  /// consonant, and not after a leading vowel.
  static func canEndPiece(_ scalars: [Unicode.Scalar], at j: Int) -> Bool {
    if ThaiScalar.isLeadingVowel(scalars[j - 1].value) { return false }
    return j == scalars.count || !ThaiScalar.isFollowing(scalars[j].value)
  }

  /// Whether two stems are the same word or forms of it (agriculture ~ agricultural,
  /// Peru ~ Peruvian, north ~ northern, Italy ~ Italian): equal, or sharing a prefix of at least
  /// 4 letters that covers all but the last letter of the shorter.
  static func sameWord(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    let x = Array(a.utf8), y = Array(b.utf8)
    var common = 0
    while common < x.count && common < y.count && x[common] == y[common] { common += 1 }
    return common >= 4 && common >= min(x.count, y.count) - 1
  }

  /// Every piece of `scalars` (2+ scalars) that the dictionary translates, and that starts and
  /// ends where a Thai syllable can: อก (chest) is not a piece of ตากาล็อก (Tagalog), whose อ
  /// is the vowel of ล็อก.
  func parts(of scalars: [Unicode.Scalar]) -> [Part] {
    var out: [Part] = []
    let n = scalars.count
    for start in 0..<n where Self.canStartPiece(scalars, at: start) {
      // Lexicon trie walk.
      var node: Int32 = 0
      var j = start
      while j < n {
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(scalars[j].value)
        guard let next = lexicon.edges[key] else { break }
        node = next
        j += 1
        let entry = lexicon.entryAt[Int(node)]
        if entry >= 0, j - start >= 2, Self.canEndPiece(scalars, at: j) {
          let thai = String(String.UnicodeScalarView(scalars[start..<j]))
          if !excluded.contains(thai) {
            let phrases = lexicon.translations[Int(entry)].map(Self.phrase).filter { !$0.isEmpty }
            if !phrases.isEmpty { out.append(Part(range: start..<j, phrases: phrases)) }
          }
        }
      }
      if longest >= 2, start + 2 <= n {
        for end in (start + 2)...min(n, start + longest) {
          let thai = String(String.UnicodeScalarView(scalars[start..<end]))
          if let phrases = entries[thai], !excluded.contains(thai) || builtInEntries.contains(thai),
            Self.canEndPiece(scalars, at: end)
          {
            out.append(Part(range: start..<end, phrases: phrases))
          }
        }
      }
    }
    return out
  }
}
