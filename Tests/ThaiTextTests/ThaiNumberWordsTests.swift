import Testing
import ThaiText

struct ThaiNumberWordsTests {
  @Test func wordsAreRead() {
    #expect(ThaiNumberWords.value(of: "สิบห้า") == 15)
    #expect(ThaiNumberWords.value(of: "ยี่สิบเจ็ด") == 27)
    #expect(ThaiNumberWords.value(of: "ยี่สิบเอ็ด") == 21)
    #expect(ThaiNumberWords.value(of: "ห้าสิบ") == 50)
    #expect(ThaiNumberWords.value(of: "สี่") == 4)
    #expect(ThaiNumberWords.value(of: "ร้อย") == 100)
    #expect(ThaiNumberWords.value(of: "ห้าร้อยสามสิบเอ็ด") == 531)
    #expect(ThaiNumberWords.value(of: "หนึ่งพัน") == 1000)
    #expect(ThaiNumberWords.value(of: "สองล้านห้าแสน") == 2_500_000)
    #expect(ThaiNumberWords.value(of: "หนึ่งโหล") == 12)
  }

  @Test func digitsAreRead() {
    #expect(ThaiNumberWords.value(of: "๒๘") == 28)
    #expect(ThaiNumberWords.value(of: "500") == 500)
  }

  @Test func otherTextIsNotANumber() {
    #expect(ThaiNumberWords.value(of: "สิบห้าบาท") == nil)
    #expect(ThaiNumberWords.value(of: "สีแดง") == nil)
    #expect(ThaiNumberWords.value(of: "ยี่ร้อย") == nil)  // ยี่ only before สิบ
    #expect(ThaiNumberWords.value(of: "เอ็ด") == nil)  // เอ็ด only after a ten
    #expect(ThaiNumberWords.value(of: "ร้อยพันสิบ") == nil)  // powers out of order
    #expect(ThaiNumberWords.value(of: "") == nil)
  }
}
