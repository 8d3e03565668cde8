/// How Thai and English names are read for transliteration matching.
///
/// Thai is read as units: tone marks, spaces and punctuation are dropped, a leading vowel
/// (เ แ โ ใ ไ) moves after the consonant or cluster it is pronounced after (เครมลิน →
/// ค ร เ ม ล ิ น), and a letter under thanthakhat (์) is one unit with its mark (ก์), because
/// the English spelling often keeps that letter (คูร์สก์ ↔ Kursk). English is read as the
/// letters a–z (accents folded, everything else dropped).
public enum TransliterationText {
  /// Thai classifier words that name the kind of thing before a name, which English leaves out
  /// (กรุงวอร์ซอ ↔ Warsaw, แม่น้ำไนล์ ↔ Nile), longest first.
  public static let classifierPrefixes: [String] = [
    "เมืองหลวงประเทศ", "หมู่เกาะ", "ทะเลสาบ", "แม่น้ำ", "ภูเขา", "เทือกเขา", "ช่องแคบ", "มหาสมุทร",
    "คาบสมุทร", "ประเทศ", "จังหวัด", "กรุง", "เมือง", "มลรัฐ", "รัฐ", "แคว้น", "ภาษา", "สกุล",
    "วงศ์ย่อย", "วงศ์", "อันดับ", "เกาะ", "อ่าว", "ทะเล", "ชาว", "ต้น", "ปลา", "นก", "ธาตุ",
    "ยา", "นครรัฐ", "นคร", "ทวีป", "ยอดเขา", "แหลม", "ลัทธิ", "ศาสนา", "มหาวิทยาลัย", "หุบเขา",
    "ถ้ำ", "สะพาน", "โบสถ์", "อุทยานแห่งชาติ", "ทะเลทราย", "ราชวงศ์", "เทพี", "เทพเจ้า", "เทพ",
    "ดอก", "หญ้า", "ผึ้ง", "ลิง", "งู", "หน่วยเงินตรา", "สกุลเงิน",
  ]

  /// Person titles and office words that come before Thai names (นาย, ประธานาธิบดี …).
  public static let titlePrefixes: [String] = [
    "ประธานาธิบดี", "นายกรัฐมนตรี", "รัฐมนตรี", "นางสาว", "นาย", "นาง", "ดร.", "ศาสตราจารย์",
    "พลเอก", "นายพล", "เจ้าชาย", "เจ้าหญิง", "กษัตริย์", "พระเจ้า", "สมเด็จ", "ผู้นำ", "นักบุญ",
    "เซอร์", "คุณ",
  ]

  /// `thai` without one leading classifier or title word (when something is left after it).
  public static func strippingPrefix(_ thai: String) -> String {
    for prefix in classifierPrefixes + titlePrefixes where thai.hasPrefix(prefix) {
      let rest = thai.dropFirst(prefix.count).drop { $0 == " " }
      if rest.unicodeScalars.count >= 2 { return String(rest) }
    }
    return thai
  }

  /// The Thai units of `thai` (see the type's documentation).
  ///
  ///     TransliterationText.thaiUnits("คูร์สก์")  // ["ค", "ู", "ร์", "ส", "ก์"]
  public static func thaiUnits(_ thai: String) -> [String] {
    var s: [UInt32] = []
    for scalar in thai.unicodeScalars {
      let c = scalar.value
      guard (0x0E01...0x0E4C).contains(c), !(0x0E48...0x0E4B).contains(c), c != 0x0E46, c != 0x0E2F,
        c != 0x0E3A
      else { continue }
      s.append(c)
    }
    // Move each leading vowel after its onset.
    var k = 0
    while k < s.count {
      if (0x0E40...0x0E44).contains(s[k]), k + 1 < s.count, isConsonant(s[k + 1]) {
        var onsetEnd = k + 2
        if k + 2 < s.count, isConsonant(s[k + 2]), isOnsetPair(s[k + 1], s[k + 2]),
          k + 3 < s.count, s[k + 3] != 0x0E4C
        {
          onsetEnd = k + 3
        }
        let vowel = s.remove(at: k)
        s.insert(vowel, at: onsetEnd - 1)
        k = onsetEnd
      } else {
        k += 1
      }
    }
    var units: [String] = []
    var i = 0
    while i < s.count {
      var unit = String(Unicode.Scalar(s[i])!)
      if i + 1 < s.count, s[i + 1] == 0x0E4C {
        unit.unicodeScalars.append(Unicode.Scalar(0x0E4C)!)
        i += 2
      } else if i + 2 < s.count, s[i + 2] == 0x0E4C, s[i + 1] == 0x0E34 || s[i + 1] == 0x0E38 {
        unit.unicodeScalars.append(Unicode.Scalar(s[i + 1])!)
        unit.unicodeScalars.append(Unicode.Scalar(0x0E4C)!)
        i += 3
      } else {
        i += 1
      }
      units.append(unit)
    }
    return units
  }

  /// The letters of `english`, lower-cased, accents folded, as 0–25.
  public static func englishLetters(_ english: String) -> [UInt8] {
    var out: [UInt8] = []
    for scalar in english.unicodeScalars {
      let c = scalar.value
      switch c {
      case 0x61...0x7A: out.append(UInt8(c - 0x61))
      case 0x41...0x5A: out.append(UInt8(c - 0x41))
      case 0xC0...0xFF:
        if let folded = latin1Fold[c] { out += folded.utf8.map { $0 - 0x61 } }
      default: continue
      }
    }
    return out
  }

  static func isConsonant(_ c: UInt32) -> Bool { (0x0E01...0x0E2E).contains(c) && c != 0x0E24 && c != 0x0E26 }

  /// Onset pairs a leading vowel is written before (เคร, แบล, เสร, เหล).
  static func isOnsetPair(_ c1: UInt32, _ c2: UInt32) -> Bool {
    let r: UInt32 = 0x0E23, l: UInt32 = 0x0E25, w: UInt32 = 0x0E27
    let firstOfR: Set<UInt32> = [0x0E01, 0x0E02, 0x0E04, 0x0E15, 0x0E1B, 0x0E1E, 0x0E1A, 0x0E14, 0x0E1F, 0x0E17, 0x0E2A, 0x0E28, 0x0E08]
    let firstOfL: Set<UInt32> = [0x0E01, 0x0E02, 0x0E04, 0x0E1B, 0x0E1E, 0x0E1A, 0x0E1F, 0x0E1C, 0x0E2A]
    if c2 == r { return firstOfR.contains(c1) }
    if c2 == l { return firstOfL.contains(c1) }
    if c2 == w { return [0x0E01, 0x0E02, 0x0E04].contains(c1) }
    if c1 == 0x0E2B { return [0x0E07, 0x0E0D, 0x0E19, 0x0E21, 0x0E22, r, l, w].contains(c2) }
    return false
  }

  static let latin1Fold: [UInt32: String] = {
    var table: [UInt32: String] = [:]
    let groups: [(String, String)] = [
      ("a", "ÀÁÂÃÄÅàáâãäå"), ("c", "Çç"), ("e", "ÈÉÊËèéêë"), ("i", "ÌÍÎÏìíîï"), ("n", "Ññ"),
      ("o", "ÒÓÔÕÖØòóôõöø"), ("u", "ÙÚÛÜùúûü"), ("y", "Ýýÿ"), ("ss", "ß"), ("ae", "Ææ"),
    ]
    for (plain, accented) in groups {
      for s in accented.unicodeScalars { table[s.value] = plain }
    }
    return table
  }()
}
