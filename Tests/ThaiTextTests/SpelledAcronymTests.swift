import Testing
import ThaiText

struct SpelledAcronymTests {
  @Test func wholeNamesAreReadLetterByLetter() {
    #expect(SpelledAcronym.spells("FBI", "เอฟบีไอ"))
    #expect(SpelledAcronym.spells("UN", "ยูเอ็น"))
    #expect(SpelledAcronym.spells("UNHCR", "ยูเอ็นเอชซีอาร์"))
    #expect(SpelledAcronym.spells("WHO", "ดับเบิลยูเอชโอ"))
    #expect(SpelledAcronym.spells("WHO", "ดับบลิวเอชโอ"))
    #expect(SpelledAcronym.spells("F.B.I.", "เอฟ.บี.ไอ."))
    // ซี is both C and (American) Z.
    #expect(SpelledAcronym.spells("CZ", "ซีซี"))
    #expect(!SpelledAcronym.spells("CIA", "เอฟบีไอ"))
    #expect(!SpelledAcronym.spells("FB", "เอฟบีไอ"))
    #expect(!SpelledAcronym.spells("FBI", "ปูติน"))
    #expect(!SpelledAcronym.spells("", ""))
  }

  @Test func spelledAcronymsAreFoundInRunningText() throws {
    let text = "องค์การดับบลิวเอชโอระบุว่าเจ้าหน้าที่เอฟบีไอเดินทางถึงแล้ว"
    let who = try #require(SpelledAcronym.firstRange(of: "WHO", in: text))
    #expect(text[who] == "ดับบลิวเอชโอ")
    let fbi = try #require(SpelledAcronym.firstRange(of: "FBI", in: text))
    #expect(text[fbi] == "เอฟบีไอ")
    #expect(SpelledAcronym.firstRange(of: "CIA", in: text) == nil)
  }

  @Test func lettersInsideOtherSyllablesAreNotAcronyms() {
    // ดีที่สุด ("the best") starts with ดี ที but ที่ carries a tone mark: not "DT".
    #expect(SpelledAcronym.firstRange(of: "DT", in: "นี่คือทางเลือกที่ดีที่สุด") == nil)
    // Single letters are never sought in running text.
    #expect(SpelledAcronym.firstRange(of: "D", in: "ดี") == nil)
  }
}
