import Align
import Testing

struct TransliterationModelTests {
  let model = TransliterationModel.shipped

  @Test(arguments: [
    ("คูร์สก์", "Kursk", "Kremlin"), ("เครมลิน", "Kremlin", "Kursk"), ("อลาสกา", "Alaska", "Atlanta"),
    ("ทรัมป์", "Trump", "Truman"), ("เซเลนสกี", "Zelensky", "Zelenograd"), ("ปูติน", "Putin", "Peking"),
    ("คิม จองอึน", "Kim Jong Un", "Kim Il Sung"),
  ])
  func rightNameScoresHigherThanAClose(thai: String, right: String, wrong: String) {
    let good = model.similarity(thai: thai, english: right)
    #expect(good > 0.8)
    #expect(good > model.similarity(thai: thai, english: wrong))
  }

  @Test func unrelatedNamesScoreLow() {
    #expect(model.similarity(thai: "คูร์สก์", english: "Washington") < 0.2)
    #expect(model.similarity(thai: "สวัสดี", english: "Kremlin") < 0.2)
  }

  @Test func thaiUnitsMoveLeadingVowelsAndKeepSilentLetters() {
    #expect(TransliterationText.thaiUnits("เครมลิน") == ["ค", "ร", "เ", "ม", "ล", "ิ", "น"])
    #expect(TransliterationText.thaiUnits("คูร์สก์") == ["ค", "ู", "ร์", "ส", "ก์"])
    #expect(TransliterationText.strippingPrefix("กรุงวอร์ซอ") == "วอร์ซอ")
  }

  @Test func tableRoundTrips() {
    let again = TransliterationModel(table: model.tableText)
    #expect(again.similarity(thai: "อลาสกา", english: "Alaska") == model.similarity(thai: "อลาสกา", english: "Alaska"))
  }

  @Test func heldOutSplitIsStable() {
    // FNV-1a over UTF-8, one in five: fixed values, independent of file order.
    let names = ["ปูติน", "คูร์สก์", "เครมลิน", "อลาสกา", "ทรัมป์", "เซเลนสกี", "วอร์ซอ", "ลอนดอน", "ปารีส", "โตเกียว"]
    let held = names.filter(TransliterationEvaluation.isHeldOut)
    #expect(held == names.filter(TransliterationEvaluation.isHeldOut))
    #expect(held.count < names.count)
  }
}
