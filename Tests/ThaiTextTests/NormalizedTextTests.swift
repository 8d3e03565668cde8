import Testing
import ThaiText

struct NormalizedTextTests {
  @Test(arguments: [
    ("น\u{E4D}\u{E32}", "นำ"),  // NIKHAHIT + SARA AA
    ("น\u{E49}\u{E4D}\u{E32}", "น้ำ"),  // tone + NIKHAHIT + SARA AA
    ("น\u{E4D}\u{E49}\u{E32}", "น้ำ"),  // NIKHAHIT + tone + SARA AA
    ("เเข็ง", "แข็ง"),
    ("ก\u{E48}\u{E35}", "กี่"),  // tone typed before the above vowel
    ("ด\u{E48}\u{E39}", "ดู่"),  // canonical order: SARA UU (103) before MAI EK (107)
    ("ปู\u{200B}ติน\u{200D}", "ปูติน"),
    ("๒๐๑๙", "2019"),
    ("Café e\u{301}", "Café e\u{301}"),  // other scripts untouched
  ])
  func normalizes(input: String, expected: String) {
    let normalized = NormalizedText(input)
    #expect(Array(normalized.string.unicodeScalars) == Array(expected.unicodeScalars))
    #expect(NormalizedText.isNormalized(expected))
  }

  @Test func offsetsMapBackToTheOriginal() {
    let text = "ก\u{E4D}\u{E32}\u{200B}เเม่ A"
    let n = NormalizedText(text)
    #expect(n.string == "กำแม่ A")
    #expect(n.count == 7)
    // Each normalized scalar → the original scalar offset where it starts.
    #expect((0...n.count).map { n.originalScalarOffset($0) } == [0, 1, 4, 6, 7, 8, 9, 10])
    #expect(n.breakHints == [2])
    #expect(n.hasBreakHint(at: 2))
    #expect(!n.hasBreakHint(at: 3))
    // A range ending before a dropped ZWSP does not take it in.
    #expect(n.originalScalarRange(0..<2) == 0..<3)
    #expect(text[n.originalRange(0..<2)] == "ก\u{E4D}\u{E32}")
    #expect(text[n.originalRange(2..<5)] == "เเม่")
    #expect(text[n.originalRange(6..<7)] == "A")
    #expect(n.originalUTF8Offset(7) == text.utf8.count)
  }

  @Test func offsetsCountUTF8WidthsOfEveryScript() {
    // 1-, 2-, 3- and 4-byte scalars, a merge (เเ) and a dropped ZWSP between them.
    let text = "aé\u{1F600}เเก\u{200B}ข ๑"
    let n = NormalizedText(text)
    #expect(Array(n.string.unicodeScalars) == Array("aé\u{1F600}แกข 1".unicodeScalars))
    #expect((0...n.count).map { n.originalScalarOffset($0) } == [0, 1, 2, 3, 5, 7, 8, 9, 10])
    #expect((0...n.count).map { n.originalUTF8Offset($0) } == [0, 1, 3, 7, 13, 19, 22, 23, 26])
    #expect(n.breakHints == [5])
    #expect(text[n.originalRange(3..<5)] == "เเก")
    #expect(NormalizedText("").count == 0)
    #expect(NormalizedText("").originalUTF8Offset(0) == 0)
  }

  @Test func normalizedTextIsStableOnTheSeedArticle() throws {
    for line in try TextFile.lines(path: fixture("putin-kim-2025-08-13.th.txt")) {
      let n = NormalizedText(line)
      // The article is already normalized apart from its digits: only they change.
      #expect(n.string == ThaiDigits.toASCII(line))
      #expect(n.originalScalarRange(0..<n.count) == 0..<line.unicodeScalars.count)
    }
  }
}
