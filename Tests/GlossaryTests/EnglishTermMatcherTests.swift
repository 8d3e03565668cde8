import Glossary
import Testing

struct EnglishTermMatcherTests {
  static let glossary = Glossary(concepts: [
    Concept(thai: [Term("รัสเซีย")], english: [Term("Russia"), Term("Russian", status: .admitted)]),
    Concept(thai: [Term("คิม จองอึน")], english: [Term("Kim Jong Un"), Term("Kim Jong-il", status: .forbidden)]),
    Concept(thai: [Term("คิม")], english: [Term("Kim")]),
    Concept(thai: [Term("เกาหลีเหนือ")], english: [Term("North Korea"), Term("North Korean", status: .admitted)]),
    Concept(thai: [Term("สหรัฐ")], english: [Term("United States"), Term("U.S.", status: .admitted)]),
    Concept(thai: [Term("นาโต")], english: [Term("NATO", caseSensitive: true)]),
  ])

  func found(_ text: String, loose: Bool = false) -> [String] {
    let matcher = EnglishTermMatcher(glossary: Self.glossary, loose: loose)
    return matcher.matches(in: text).map { String(text[$0.range]) }
  }

  @Test func possessivesMatchTheTerm() {
    #expect(found("Russia's war and Russia’s allies") == ["Russia", "Russia"])
    #expect(found("Kim Jong Un's letter") == ["Kim Jong Un"])
  }

  @Test func caseIsIgnoredUnlessTheTermSaysSo() {
    #expect(found("RUSSIA and russia") == ["RUSSIA", "russia"])
    #expect(found("NATO allies, nato, Nato") == ["NATO"])
  }

  @Test func rangesAcrossMultiByteScalarsAndLongTexts() throws {
    #expect(found("café 😀 Russia, Ünited Kim") == ["Russia", "Kim"])
    let matcher = EnglishTermMatcher(glossary: Self.glossary)
    // Long enough that the scan's scalar buffer is on the heap.
    let text = String(repeating: "é 😀 North Korea and the U.S. ", count: 500)
    let hits = matcher.occurrences(in: text)
    #expect(hits.count == 1000)
    let last = try #require(hits.last)
    #expect(String(text[last.match.range]) == "U.S.")
    #expect(Array(text.unicodeScalars)[last.scalarRange].map(\.value) == "U.S.".unicodeScalars.map(\.value))
  }

  @Test func tokenBoundaries() {
    #expect(found("Russians") == [])
    #expect(found("Kimberley") == [])
    #expect(found("pro-Russia rally") == ["Russia"])
    #expect(found("(Russia)") == ["Russia"])
  }

  @Test func longestWins() {
    #expect(found("a North Korean soldier in North Korea") == ["North Korean", "North Korea"])
    #expect(found("Kim Jong Un met Kim") == ["Kim Jong Un", "Kim"])
    #expect(found("Kim  Jong\nUn") == ["Kim  Jong\nUn"])
  }

  @Test func abbreviationsWithDots() {
    #expect(found("talks in the U.S.") == ["U.S."])
    #expect(found("the U.S. said, U.S.-led forces") == ["U.S.", "U.S."])
    #expect(found("U.S.A.") == [])
    #expect(found("US policy") == [])
  }

  @Test func hyphenVariantsOnlyInLooseMode() {
    #expect(found("Kim Jong-un") == ["Kim"])
    #expect(found("Kim Jong-un", loose: true) == ["Kim Jong-un"])
    #expect(found("Kim-Jong-Un’s", loose: true) == ["Kim-Jong-Un"])
    #expect(found("Kim Jong Un", loose: true) == ["Kim Jong Un"])
  }

  @Test func forbiddenRenderingsAreMatchedAndNamed() throws {
    let matcher = EnglishTermMatcher(glossary: Self.glossary)
    let text = "Kim Jong-il was wrong"
    let hit = try #require(matcher.matches(in: text).first)
    #expect(String(text[hit.range]) == "Kim Jong-il")
    #expect(Self.glossary.concepts[hit.concept].english[hit.term].status == .forbidden)
  }

  @Test func scalarOffsets() {
    let matcher = EnglishTermMatcher(glossary: Self.glossary)
    let hits = matcher.occurrences(in: "Über Russia")
    #expect(hits.map(\.scalarRange) == [5..<11])
  }
}
