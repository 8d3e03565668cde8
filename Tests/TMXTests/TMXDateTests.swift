import TMX
import Testing

struct TMXDateTests {
  @Test(arguments: [
    (0, "19700101T000000Z"), (1_755_077_400, "20250813T093000Z"), (951_782_400, "20000229T000000Z"),
    (4_102_444_799, "20991231T235959Z"), (-1, "19691231T235959Z"),
  ])
  func formatsUTC(seconds: Int, expected: String) {
    #expect(TMXDate.string(secondsSince1970: seconds) == expected)
    #expect(TMXDate.isValid(expected))
  }

  @Test func nowIsValidAndRejectsOtherShapes() {
    #expect(TMXDate.isValid(TMXDate.now()))
    for bad in ["2025-08-13T09:30:00Z", "20250813T093000", "20251313T093000Z", "20250813 093000Z", ""] {
      #expect(!TMXDate.isValid(bad), "\(bad)")
    }
  }
}
