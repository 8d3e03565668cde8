import Foundation
import Testing
import ThaiText

struct RomanizerTests {
  let rtgs = Romanizer()

  /// RTGS as the Royal Institute writes it (place names from its official romanizations).
  @Test(arguments: [
    ("สวัสดี", "sawatdi"), ("ประเทศไทย", "prathetthai"), ("กรุงเทพ", "krungthep"),
    ("คน", "khon"), ("ขนม", "khanom"), ("สบาย", "sabai"), ("ชลบุรี", "chonburi"),
    ("จันทร์", "chan"), ("ศาสตร์", "sat"), ("คูร์สก์", "khut"), ("สวรรค์", "sawan"),
    ("ธรรม", "tham"), ("กรรม", "kam"), ("จริง", "ching"), ("ทราย", "sai"), ("ไทย", "thai"),
    ("เลย", "loei"), ("เกาะ", "ko"), ("เรือ", "ruea"), ("เมือง", "mueang"), ("หมา", "ma"),
    ("อยู่", "yu"), ("ฤดู", "ruedu"), ("อังกฤษ", "angkrit"), ("แมว", "maeo"), ("เรียน", "rian"),
    ("ขวด", "khuat"), ("วัว", "wua"), ("สวน", "suan"), ("เด็ก", "dek"), ("ออก", "ok"),
    ("ปูติน", "putin"), ("น้ำ", "nam"), ("ใหม่", "mai"), ("เชียงใหม่", "chiangmai"),
    ("ภูเก็ต", "phuket"), ("สมัคร", "samak"), ("บัตร", "bat"), ("พันธุ์", "phan"),
    ("ลักษณ์", "lak"), ("เปลี่ยน", "plian"), ("ถนน", "thanon"), ("หมด", "mot"),
    ("เกิด", "koet"), ("ขอบคุณ", "khopkhun"), ("กิน", "kin"), ("ดู", "du"), ("ทหาร", "thahan"),
  ])
  func romanizesRTGS(thai: String, expected: String) {
    #expect(rtgs.romanize(thai) == expected)
  }

  @Test func repetitionMarkRepeatsTheWord() {
    #expect(rtgs.romanize("เด็กๆ") == "dek dek")
    #expect(rtgs.romanize(words: ["เด็ก", "ๆ"]) == "dek dek")
  }

  @Test func nonThaiPassesThroughAndDigitsBecomeASCII() {
    #expect(rtgs.romanize("ปี ๒๕๖๘ COVID-19") == "pi 2568 COVID-19")
  }

  @Test func wordsAreJoinedAsCompounds() {
    #expect(rtgs.romanize(words: ["ประเทศ", "ไทย", " ", "สวัสดี"]) == "prathetthai sawatdi")
  }

  /// Agreement with PyThaiNLP's royin engine on 600 words (fixture generated once by
  /// scripts/extend/royin-fixture.py). royin has known bugs (see docs/quality/extend.md), so the
  /// bar is a floor that guards against regressions, not a target of 100%.
  @Test func agreesWithRoyinOnMostWords() throws {
    let url = try #require(
      Bundle.module.url(forResource: "royin", withExtension: "tsv", subdirectory: "Fixtures/royin"))
    let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
      .filter { !$0.hasPrefix("#") }
    let withWords = Romanizer(wordBreaker: try WordBreaker())
    var agree = 0, agreeWithWords = 0
    var report = ""
    for line in lines {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      let ours = rtgs.romanize(String(fields[0]))
      let broken = withWords.romanize(String(fields[0]))
      if ours == fields[1] { agree += 1 }
      if broken == fields[1] { agreeWithWords += 1 } else { report += "\(fields[0])\t\(fields[1])\t\(broken)\t\(ours)\n" }
    }
    if let path = ProcessInfo.processInfo.environment["ROYIN_DIFF"] {
      try report.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let rate = Double(agree) / Double(lines.count)
    let rateWithWords = Double(agreeWithWords) / Double(lines.count)
    print("royin agreement: rules alone \(agree)/\(lines.count) = \(rate), with word breaks \(agreeWithWords)/\(lines.count) = \(rateWithWords)")
    #expect(lines.count >= 600)
    #expect(rate >= 0.62)
  }
}
