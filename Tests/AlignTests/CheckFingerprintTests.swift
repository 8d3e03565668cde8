import Align
import Glossary
import Testing

struct CheckFingerprintTests {
  let g = glossary([("ปูติน", "Putin", .preferred)])

  func finding(_ th: String, _ en: String, at position: Int) throws -> Finding {
    var engine = try CheckEngine(glossary: g)
    return try #require(engine.check(CheckPair(th: th, en: en, position: position)).findings.first)
  }

  @Test func sameProblemSameFingerprintAtAnyPosition() throws {
    let a = try finding("ปูตินพูด ๑๕ นาที", "Poutine spoke for 15 minutes", at: 1)
    let b = try finding("ปูตินพูด  15 นาที ", "Poutine spoke for 15 minutes", at: 900)
    #expect(a.fingerprint == b.fingerprint)
    #expect(a.fingerprint.count == 16)
  }

  @Test func differentSegmentOrCheckDiffers() throws {
    let a = try finding("ปูตินพูด", "Poutine spoke", at: 1)
    let b = try finding("ปูตินพูด", "Poutine talked", at: 1)
    let c = try finding("ปูตินพูด", "", at: 1)
    #expect(Set([a.fingerprint, b.fingerprint, c.fingerprint]).count == 3)
  }
}
