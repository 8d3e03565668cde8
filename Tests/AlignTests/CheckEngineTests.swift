import Align
import Foundation
import Glossary
import Testing

struct CheckEngineTests {
  @Test func seedArticleIsClean() throws {
    let findings = try runChecks(try seedPairs(), glossary: try shippedGlossary())
    #expect(findings.isEmpty, "\(findings.map { "TU \($0.tu) \($0.check.rawValue): \($0.message)" })")
  }

  /// A misspelt name, a dropped name, a forbidden variant, a changed number and a lost acronym,
  /// each in a different TU of the seed: exactly those five findings.
  @Test func injectedErrorsAreFoundExactly() throws {
    var pairs = try seedPairs()
    func edit(_ tu: Int, _ from: String, _ to: String) {
      #expect(pairs[tu - 1].en.contains(from), "TU \(tu) lacks \(from)")
      pairs[tu - 1].en = pairs[tu - 1].en.replacingOccurrences(of: from, with: to)
    }
    edit(5, "Putin's", "Puttin's")  // misspelt
    edit(11, "Kim has agreed", "he has agreed")  // dropped
    edit(2, "Kim Jong Un", "Kim Jong-un")  // forbidden
    edit(10, "15,000", "16,000")  // number
    edit(3, " (KCNA)", "")  // acronym
    var g = try shippedGlossary()
    g.merge(glossary([("คิม จองอึน", "Kim Jong-un", .forbidden)]))
    let findings = try runChecks(pairs, glossary: g)
    #expect(
      summary(findings) == [
        "forbidden-term@2:คิม จองอึน", "latin-mismatch@3:KCNA", "missing-term@5:ปูติน",
        "number-mismatch@10:15,000", "missing-term@11:คิม",
      ])
    let forbidden = try #require(findings.first)
    #expect(forbidden.severity == .error)
    #expect(forbidden.expected == ["Kim Jong Un"] && forbidden.found == ["Kim Jong-un"])
    #expect(findings[3].found == ["16,000"])
  }

  @Test func synonymsAreOneConcept() throws {
    let g = glossary([("เกาหลีเหนือ", "North Korea", .preferred), ("เกาหลีเหนือ", "North Korean", .admitted)])
    #expect(try runChecks([("ทหารเกาหลีเหนือ", "North Korean soldiers")], glossary: g).isEmpty)
    let missing = try runChecks([("ทหารเกาหลีเหนือ", "Soldiers from the North")], glossary: g)
    #expect(summary(missing) == ["missing-term@1:เกาหลีเหนือ"])
    #expect(missing.first?.expected == ["North Korea", "North Korean"])
  }

  @Test func twoThaiOccurrencesAndOneRenderingIsTermCount() throws {
    let g = glossary([("ปูติน", "Putin", .preferred)])
    let findings = try runChecks([("ปูตินกล่าวว่าปูตินจะไป", "Putin said he would go")], glossary: g)
    #expect(summary(findings) == ["term-count@1:ปูติน"])
    #expect(findings.first?.severity == .warning)
  }

  @Test func nameInsideALongerRenderingCounts() throws {
    let g = glossary([("คิม", "Kim", .preferred), ("คิม จองอึน", "Kim Jong Un", .preferred)])
    #expect(try runChecks([("ผู้นำคิมกล่าว", "Leader Kim Jong Un said")], glossary: g).isEmpty)
  }

  @Test func forbiddenRenderingWithoutItsThaiTermIsStillReported() throws {
    let g = glossary([("เคียฟ", "Kyiv", .preferred), ("เคียฟ", "Kiev", .forbidden)])
    let findings = try runChecks([("เมืองหลวงของยูเครน", "the capital, Kiev")], glossary: g)
    #expect(summary(findings) == ["forbidden-term@1:-"])
    #expect(findings.first?.expected == ["Kyiv"])
  }

  @Test func untranslatedEmptyOrIdentical() throws {
    let g = glossary([("ปูติน", "Putin", .preferred)])
    let findings = try runChecks(
      [("ปูตินพูด", "  "), ("ปูตินพูด", "ปูตินพูด"), ("2025", "2025"), ("ปูตินพูด", "Putin spoke")], glossary: g)
    #expect(summary(findings) == ["untranslated@1:-", "untranslated@2:-"])
    #expect(findings.map(\.message) == ["the English is empty", "the English is identical to the Thai"])
  }

  @Test func latinTokensAndURLs() throws {
    let findings = try runChecks(
      [
        ("ด้านสำนักข่าว TASS รายงาน", "TASS reported"),
        ("อ่านที่ https://kcna.kp/en/article.", "Read it at the agency's website"),
        ("ตามรายงานของ Reuters และ AP", "according to reuters"),
      ], glossary: Glossary())
    #expect(summary(findings) == ["latin-mismatch@2:https://kcna.kp/en/article", "latin-mismatch@3:AP"])
  }

  @Test func latinTokensInflectedOrSpelledOut() throws {
    let findings = try runChecks(
      [
        ("ชาว Macedonia จะไปลงคะแนน", "Macedonians vote"),
        ("สำนักข่าว AP รายงาน", "the Associated Press reported"),
        ("สำนักข่าว AFP รายงาน", "the Associated Press reported"),
        ("ผู้สนับสนุน Remain", "Remain supporters"),
      ], glossary: Glossary())
    #expect(summary(findings) == ["latin-mismatch@3:AFP"])
  }

  /// The byte-level shortcuts (ASCII token search, digit and letter pre-scans) answer as the
  /// scalar scans do, with ASCII and non-ASCII English alike.
  @Test func shortcutsAgreeWithTheFullScans() throws {
    let findings = try runChecks(
      [
        ("ข่าวจาก BBC", "from the BBCs"),
        ("ข่าวจาก BBC", "from the \u{201C}BBCs\u{201D}"),
        ("ข่าวจาก BBC", "from the \u{201C}BBC\u{201D}"),
        ("ข่าวจาก BBC", "from the bbc."),
        ("ทฤษฎี X ใหม่", "a new theory"),
        ("ทหาร ๒๐ นาย", "twenty soldiers"),
        ("ทหาร ๒๐ นาย", "soldiers"),
        ("ทหารหลายนาย", "12 soldiers"),
        ("ทหาร ๑๒ นาย", "12 soldiers"),
      ], glossary: Glossary())
    #expect(summary(findings) == ["latin-mismatch@1:BBC", "latin-mismatch@2:BBC", "number-mismatch@7:๒๐", "number-mismatch@8:-"])
  }
}
