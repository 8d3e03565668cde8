/// The letter classes and consonant values the RTGS romanizer works with (Royal Institute 1999).
///
/// Scalars are compared as `UInt32` code points; the Thai block is U+0E00–U+0E7F.
enum ThaiLetters {
  static let saraA: UInt32 = 0x0E30  // ะ
  static let maiHanAkat: UInt32 = 0x0E31  // ั
  static let saraAa: UInt32 = 0x0E32  // า
  static let saraAm: UInt32 = 0x0E33  // ำ
  static let saraI: UInt32 = 0x0E34  // ิ
  static let saraIi: UInt32 = 0x0E35  // ี
  static let saraUe: UInt32 = 0x0E36  // ึ
  static let saraUee: UInt32 = 0x0E37  // ื
  static let saraU: UInt32 = 0x0E38  // ุ
  static let saraUu: UInt32 = 0x0E39  // ู
  static let phinthu: UInt32 = 0x0E3A  // ฺ
  static let saraE: UInt32 = 0x0E40  // เ
  static let saraAe: UInt32 = 0x0E41  // แ
  static let saraO: UInt32 = 0x0E42  // โ
  static let saraAiMaimuan: UInt32 = 0x0E43  // ใ
  static let saraAiMaimalai: UInt32 = 0x0E44  // ไ
  static let lakkhangyao: UInt32 = 0x0E45  // ๅ
  static let maiYamok: UInt32 = 0x0E46  // ๆ
  static let maiTaikhu: UInt32 = 0x0E47  // ็
  static let thanthakhat: UInt32 = 0x0E4C  // ์
  static let paiyannoi: UInt32 = 0x0E2F  // ฯ
  static let ruea: UInt32 = 0x0E24  // ฤ
  static let luea: UInt32 = 0x0E26  // ฦ
  static let oAng: UInt32 = 0x0E2D  // อ
  static let hoHip: UInt32 = 0x0E2B  // ห
  static let hoNokhuk: UInt32 = 0x0E2E  // ฮ
  static let roRuea: UInt32 = 0x0E23  // ร
  static let loLing: UInt32 = 0x0E25  // ล
  static let woWaen: UInt32 = 0x0E27  // ว
  static let yoYak: UInt32 = 0x0E22  // ย

  /// A consonant letter (ก–ฮ), not ฤ/ฦ, which are vowels here.
  static func isConsonant(_ c: UInt32) -> Bool {
    (0x0E01...0x0E2E).contains(c) && c != ruea && c != luea && c != paiyannoi
  }
  /// A vowel written before its consonant (เ แ โ ใ ไ).
  static func isLeadingVowel(_ c: UInt32) -> Bool { (0x0E40...0x0E44).contains(c) }
  /// A vowel or sign written above, below or after the consonant (ะ ั า ำ ิ ี ึ ื ุ ู ็).
  static func isFollowingVowel(_ c: UInt32) -> Bool {
    (0x0E30...0x0E39).contains(c) || c == maiTaikhu || c == lakkhangyao
  }
  /// A tone mark (่ ้ ๊ ๋).
  static func isToneMark(_ c: UInt32) -> Bool { (0x0E48...0x0E4B).contains(c) }
  /// Any Thai letter, vowel or sign (not digits or punctuation marks).
  static func isThaiLetter(_ c: UInt32) -> Bool { (0x0E01...0x0E4E).contains(c) && c != maiYamok }

  /// RTGS value of a consonant at the start of a syllable.
  static func initial(_ c: UInt32) -> String {
    guard (0x0E01...0x0E2E).contains(c) else { return "" }
    return initials[Int(c - 0x0E01)]
  }
  /// RTGS value of a consonant closing a syllable.
  static func final(_ c: UInt32) -> String {
    guard (0x0E01...0x0E2E).contains(c) else { return "" }
    return finals[Int(c - 0x0E01)]
  }

  // ก ข ฃ ค ฅ ฆ ง จ ฉ ช ซ ฌ ญ ฎ ฏ ฐ ฑ ฒ ณ ด ต ถ ท ธ น บ ป ผ ฝ พ ฟ ภ ม ย ร ฤ ล ฦ ว ศ ษ ส ห ฬ อ ฮ
  private static let initials: [String] = [
    "k", "kh", "kh", "kh", "kh", "kh", "ng", "ch", "ch", "ch", "s", "ch", "y", "d", "t", "th", "th",
    "th", "n", "d", "t", "th", "th", "th", "n", "b", "p", "ph", "f", "ph", "f", "ph", "m", "y", "r",
    "rue", "l", "lue", "w", "s", "s", "s", "h", "l", "", "h",
  ]
  private static let finals: [String] = [
    "k", "k", "k", "k", "k", "k", "ng", "t", "t", "t", "t", "t", "n", "t", "t", "t", "t",
    "t", "n", "t", "t", "t", "t", "t", "n", "p", "p", "p", "p", "p", "p", "p", "m", "i", "n",
    "", "n", "", "o", "t", "t", "t", "", "n", "", "",
  ]

  /// Initial clusters read together (RTGS keeps both letters): กร กล กว ขร ขล ขว คร คล คว ตร ปร
  /// ปล พร พล บร บล ดร ฟร ฟล ผล, plus ทร (see `romanizer` for the native ทร = s words).
  static func isCluster(_ c1: UInt32, _ c2: UInt32) -> Bool {
    switch (c1, c2) {
    case (0x0E01, roRuea), (0x0E01, loLing), (0x0E01, woWaen),  // ก
      (0x0E02, roRuea), (0x0E02, loLing), (0x0E02, woWaen),  // ข
      (0x0E04, roRuea), (0x0E04, loLing), (0x0E04, woWaen),  // ค
      (0x0E15, roRuea),  // ตร
      (0x0E1B, roRuea), (0x0E1B, loLing),  // ป
      (0x0E1E, roRuea), (0x0E1E, loLing),  // พ
      (0x0E1A, roRuea), (0x0E1A, loLing),  // บ
      (0x0E14, roRuea),  // ดร
      (0x0E1F, roRuea), (0x0E1F, loLing),  // ฟ
      (0x0E1C, loLing),  // ผล
      (0x0E17, roRuea):  // ทร
      return true
    default:
      return false
    }
  }

  /// High and mid consonants that read Ca before a sonorant onset (สนาม sa-nam, ขนุน kha-nun).
  static func isPrefixA(_ c: UInt32) -> Bool {
    [0x0E01, 0x0E08, 0x0E14, 0x0E15, 0x0E1A, 0x0E1B, 0x0E02, 0x0E09, 0x0E16, 0x0E1C, 0x0E1D, 0x0E28,
     0x0E29, 0x0E2A].contains(c)
  }
  /// Sonorant consonants (ง ญ ณ น ม ย ร ล ว ฬ).
  static func isSonorant(_ c: UInt32) -> Bool {
    [0x0E07, 0x0E0D, 0x0E13, 0x0E19, 0x0E21, yoYak, roRuea, loLing, woWaen, 0x0E2C].contains(c)
  }

  /// ร read silent after จ ศ ส (จริง ching, ศรี si, สร้าง sang).
  static func hasSilentR(_ c1: UInt32, _ c2: UInt32) -> Bool {
    c2 == roRuea && (c1 == 0x0E08 || c1 == 0x0E28 || c1 == 0x0E2A)
  }

  /// ห before a sonorant makes it high class and is not read (หมา ma, หลาย lai).
  static func isHoLeading(_ c1: UInt32, _ c2: UInt32) -> Bool {
    c1 == hoHip && [0x0E07, 0x0E0D, 0x0E19, 0x0E21, yoYak, roRuea, loLing, woWaen].contains(c2)
  }

  /// Native words in which ทร is read s (ทราย sai, ทราบ sap, ทรง song, ทรัพย์ sap …).
  static let thoRoAsSo: [[UInt32]] = [
    "ทราย", "ทราบ", "ทรง", "ทรัพ", "ทรุด", "ทรวง", "ทราม", "ทรมาน", "ทรวด", "ทรราช", "ทรยศ",
    "ทรหด", "ทรอ", "นทรี", "ฉทรี",
  ].map { $0.unicodeScalars.map(\.value) }
}
