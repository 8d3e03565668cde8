import Align
import Glossary
import Testing

struct CheckConsistencyTests {
  @Test func competingRenderingsAreInconsistentTarget() throws {
    let g = glossary([("คิม จองอึน", "Kim Jong Un", .preferred), ("คิม จองอึน", "Kim Jong-un", .admitted)])
    let pairs = [
      ("คิม จองอึน กล่าว", "Kim Jong Un said"), ("คิม จองอึน ยิ้ม", "Kim Jong-un smiled"),
      ("คิม จองอึน เดิน", "Kim Jong Un walked"),
    ]
    let findings = try runChecks(pairs, glossary: g)
    #expect(summary(findings) == ["inconsistent-target@2:คิม จองอึน"])
    let f = try #require(findings.first)
    #expect(f.severity == .warning && f.expected == ["Kim Jong Un"])
    #expect(f.renderings.map(\.text) == ["Kim Jong Un", "Kim Jong-un"])
    #expect(f.renderings.map(\.count) == [2, 1] && f.renderings.map(\.tus) == [[1, 3], [2]])
  }

  @Test func adjectiveAndInitialismFormsAreConsistent() throws {
    let g = glossary([
      ("เกาหลีเหนือ", "North Korea", .preferred), ("เกาหลีเหนือ", "North Korean", .preferred),
      ("สหรัฐ", "United States", .preferred), ("สหรัฐ", "U.S.", .preferred),
      ("ยูเครน", "Ukraine", .preferred), ("ยูเครน", "Ukrainian", .preferred),
    ])
    let pairs = [
      ("ทหารเกาหลีเหนือ", "North Korean soldiers"), ("เกาหลีเหนือกับสหรัฐ", "North Korea and the U.S."),
      ("สหรัฐกับยูเครน", "the United States and Ukraine"), ("ทหารยูเครน", "Ukrainian soldiers"),
    ]
    #expect(try runChecks(pairs, glossary: g).isEmpty)
  }

  @Test func placeAdjectivesAreFormsButSpellingVariantsCompete() throws {
    var g = makeGlossary([
      ("ตุรกี", "Turkey", .preferred), ("ตุรกี", "Turkish", .admitted),
      ("ฝรั่งเศส", "France", .preferred), ("ฝรั่งเศส", "French", .admitted),
      ("เคียฟ", "Kyiv", .preferred), ("เคียฟ", "Kiev", .admitted),
      ("เซเลนสกี", "Zelensky", .preferred), ("เซเลนสกี", "Zelenskyy", .admitted),
    ])
    for i in g.concepts.indices { g.concepts[i].type = i < 3 ? .place : .person }
    let pairs = [
      ("ตุรกีกับฝรั่งเศส", "Turkey and France"), ("ชาวตุรกีและชาวฝรั่งเศส", "Turkish and French people"),
      ("เคียฟ", "Kyiv"), ("เคียฟ", "Kiev"), ("เซเลนสกี", "Zelensky"), ("เซเลนสกี", "Zelenskyy"),
    ]
    let findings = try runChecks(pairs, glossary: g)
    #expect(summary(findings) == ["inconsistent-target@4:เคียฟ", "inconsistent-target@6:เซเลนสกี"])
  }

  @Test func oneRenderingFromTwoSpellingsIsInconsistentSource() throws {
    let g = glossary([("ปูติน", "Putin", .preferred), ("ปูตีน", "Putin", .preferred)])
    let pairs = [("ปูตินพูด", "Putin spoke"), ("ปูตินเดิน", "Putin walked"), ("ปูตีนยิ้ม", "Putin smiled")]
    let findings = try runChecks(pairs, glossary: g)
    #expect(summary(findings) == ["inconsistent-source@3:ปูตีน"])
    #expect(findings.first?.renderings.map(\.text) == ["ปูติน", "ปูตีน"])
  }

  /// The tallies keep counts, not every TU: 10,000 pairs, at most `exampleLimit` TUs listed.
  @Test func talliesAreBounded() throws {
    let g = glossary([("คิม จองอึน", "Kim Jong Un", .preferred), ("คิม จองอึน", "Kim Jong-un", .admitted)])
    var pairs = Array(repeating: ("คิม จองอึน กล่าว", "Kim Jong Un said"), count: 10_000)
    pairs.append(("คิม จองอึน ยิ้ม", "Kim Jong-un smiled"))
    let f = try #require(try runChecks(pairs, glossary: g).first)
    #expect(f.tu == 10_001)
    #expect(f.renderings.map(\.count) == [10_000, 1])
    #expect(f.renderings[0].tus == Array(1...CheckEngine.exampleLimit))
    #expect(f.message.contains("Kim Jong Un\" 10000× (TU 1, 2, 3, 4, 5, …)"))
  }
}
