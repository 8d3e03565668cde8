import Testing
import ThaiText

struct ThaiDigitsTests {
  @Test func thaiDigitsBecomeASCII() {
    #expect(ThaiDigits.toASCII("ส่งทหารราว ๑๕,๐๐๐ นาย ในปี ๒๐๑๙") == "ส่งทหารราว 15,000 นาย ในปี 2019")
  }

  @Test(arguments: [("๐", 0), ("๙", 9), ("7", 7)])
  func digitValues(text: String, value: Int) {
    #expect(ThaiDigits.value(of: text.unicodeScalars.first!) == value)
  }

  @Test func otherScalarsAreNotDigits() {
    #expect(ThaiDigits.value(of: "ก") == nil)
  }
}
