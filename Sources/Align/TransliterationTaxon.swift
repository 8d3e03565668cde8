/// What a Thai name says about the rank of a living thing it names, and what an English name
/// looks like as a scientific (Latin) name, for the scorer's taxon channel.
///
/// Thai names plants and animals with a kind word first (วงศ์ = family, ต้น = tree, ปลา = fish,
/// นก = bird), and many dictionaries give only the scientific name as English: วงศ์ยอ ↔
/// Rubiaceae, นกโดโด้ ↔ Raphus cucullatus. Sound and word translation cannot link those, but the
/// rank can: a Thai family name takes an English family name (-aceae for plants, -idae for
/// animals). Species are left out: a binomial prior for ต้น…/ปลา…/นก… names was neutral on the
/// training rows (as many common names lost to a Latin distractor as binomials were won).
///
///     TransliterationTaxon.cue(of: "วงศ์นกกระสา")  // .family(.animal)
///     TransliterationTaxon.rank(of: "Ciconiidae")  // .family(.animal)
enum TransliterationTaxon: Equatable {
  /// Plant, animal, or either (a kind word that does not say).
  enum Kingdom: Equatable { case plant, animal, either }

  /// A family (วงศ์ ↔ -aceae, -idae).
  case family(Kingdom)
  /// A subfamily (วงศ์ย่อย ↔ -oideae, -inae).
  case subfamily(Kingdom)
  /// An order (อันดับ ↔ -ales, -iformes, -ptera).
  case order

  /// Whether an English name of rank `english` fits the Thai cue `self`.
  func accepts(_ english: TransliterationTaxon) -> Bool {
    switch (self, english) {
    case (.family(let a), .family(let b)), (.subfamily(let a), .subfamily(let b)):
      return a == .either || b == .either || a == b
    case (.order, .order): return true
    default: return false
    }
  }

  /// Kind words after วงศ์ that say animal (วงศ์นกกระสา ↔ Ciconiidae).
  static let animalWords = [
    "นก", "ปลา", "งู", "ผีเสื้อ", "แมลง", "ค้างคาว", "ลิง", "หนู", "กบ", "เต่า", "หอย", "กุ้ง", "ปู", "มด", "ผึ้ง",
    "โลมา", "วาฬ", "ฉลาม", "กวาง", "เสือ", "แมว", "สุนัข", "หมาป่า", "จิ้งจก", "กิ้งก่า", "ตั๊กแตน", "ด้วง", "ยุง",
    "แมงมุม", "ไส้เดือน", "หมึก", "แมงกะพรุน", "ปะการัง", "ม้า", "วัว", "แพะ", "แกะ", "หมี", "เป็ด", "ห่าน", "ไก่",
  ]
  /// Kind words after วงศ์ that say plant (วงศ์ไม้ลาย ↔ Tiliaceae).
  static let plantWords = ["ต้น", "ไม้", "ดอก", "หญ้า", "เฟิร์น", "ผัก", "สาหร่าย", "เห็ด", "ปาล์ม", "กล้วยไม้"]

  /// The cue of a Thai name, or nil when it names no rank.
  static func cue(of thai: String) -> TransliterationTaxon? {
    func kingdom(_ rest: Substring) -> Kingdom {
      if animalWords.contains(where: { rest.hasPrefix($0) }) { return .animal }
      if plantWords.contains(where: { rest.hasPrefix($0) }) { return .plant }
      return .either
    }
    if thai.hasPrefix("วงศ์ย่อย") { return .subfamily(kingdom(thai.dropFirst("วงศ์ย่อย".count))) }
    if thai.hasPrefix("วงศ์") && !thai.hasPrefix("วงศ์วาน") { return .family(kingdom(thai.dropFirst("วงศ์".count))) }
    if thai.hasPrefix("อันดับ") { return .order }
    return nil
  }

  /// The rank an English name looks like, or nil when it does not look like a scientific name.
  static func rank(of english: String) -> TransliterationTaxon? {
    let words = english.split(separator: " ")
    guard let first = words.first, let head = first.unicodeScalars.first,
      (0x41...0x5A).contains(head.value),
      first.dropFirst().unicodeScalars.allSatisfy({ (0x61...0x7A).contains($0.value) })
    else { return nil }
    guard words.count == 1 else { return nil }
    if first.hasSuffix("aceae") { return .family(.plant) }
    if first.hasSuffix("idae") { return .family(.animal) }
    if first.hasSuffix("oideae") { return .subfamily(.plant) }
    if first.hasSuffix("inae") { return .subfamily(.animal) }
    if first.hasSuffix("ales") || first.hasSuffix("iformes") || first.hasSuffix("ptera") { return .order }
    return nil
  }
}
