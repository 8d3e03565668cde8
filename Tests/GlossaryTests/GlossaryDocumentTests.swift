import Foundation
import Glossary
import Testing

struct GlossaryDocumentTests {
  static let candidate = Concept(
    thai: [Term("เซเลนสกี"), Term("โวโลดีมีร์ เซเลนสกี")],
    english: [Term("Zelensky"), Term("Zelenskyy", status: .admitted)], type: .person,
    origin: .candidate, evidence: "score=0.93; seen in 3 TUs")

  @Test(arguments: ["omegat.tsv", "crlf-bom.tsv", "names.csv", "positional.csv", "names.tbx", "v2.tbx"])
  func unchangedDocumentIsByteIdentical(name: String) throws {
    let path = try fixture(name)
    let document = try GlossaryDocument.load(path: path)
    #expect(try document.serialized() == readBytes(path))
  }

  @Test(arguments: ["omegat.tsv", "crlf-bom.tsv", "names.csv", "positional.csv", "names.tbx", "v2.tbx"])
  func appendKeepsOldBytesAndRereads(name: String) throws {
    try withScratchDirectory { dir in
      let original = try readBytes(try fixture(name))
      let path = dir + "/" + name
      try writeFile(path, original)
      let before = try GlossaryDocument.load(path: path)
      var document = before
      document.append(Self.candidate)
      try document.write()
      let written = try readBytes(path)
      if name.hasSuffix(".tbx") {
        // Everything before the </body> line is unchanged, and so is everything from it on.
        let closing = try #require(Self.range(of: Array("    </body>".utf8), in: original) ?? Self.range(of: Array("</body>".utf8), in: original))
        #expect(Array(written.prefix(closing)) == Array(original.prefix(closing)))
        #expect(Array(written.suffix(original.count - closing)) == Array(original.suffix(original.count - closing)))
      } else if before.endsWithLineEnding {
        #expect(Array(written.prefix(original.count)) == original)
      } else {
        #expect(Array(written.prefix(original.count)) == original)
        #expect(written.last != 0x0A && written.last != 0x0D)  // still no final line end
      }
      let reread = try GlossaryDocument.load(path: path)
      #expect(reread.issues == before.issues)
      #expect(reread.glossary.concepts.count == before.glossary.concepts.count + 1)
      let last = try #require(reread.glossary.concepts.last)
      #expect(last.thai.map(\.text) == ["เซเลนสกี", "โวโลดีมีร์ เซเลนสกี"])
      #expect(last.english.map(\.text) == ["Zelensky", "Zelenskyy"])
      #expect(last.english.map(\.status) == [.preferred, .admitted])
      #expect(last.origin == .candidate)
      #expect(last.evidence == "score=0.93; seen in 3 TUs")
      #expect(last.type == .person)
      // Appending what was read keeps the line-ending style of the file.
      let text = String(decoding: written, as: UTF8.self)
      if before.lineEnding == "\r\n" { #expect(!text.replacing("\r\n", with: "").contains("\n")) }
    }
  }

  @Test func tsvCandidateRowHasTheCommentConvention() throws {
    try withScratchDirectory { dir in
      let path = dir + "/g.tsv"
      try writeFile(path, "ปูติน\tPutin\tperson\n")
      var document = try GlossaryDocument.load(path: path)
      document.append(Concept(thai: [Term("คูร์สก์")], english: [Term("Kursk")], origin: .candidate, evidence: "score=0.93; seen in 3 TUs"))
      let text = String(decoding: try document.serialized(), as: UTF8.self)
      #expect(text == "ปูติน\tPutin\tperson\nคูร์สก์\tKursk\tcandidate; score=0.93; seen in 3 TUs\n")
    }
  }

  @Test func tbxAppendUsesTheFileIndentAndEscapes() throws {
    try withScratchDirectory { dir in
      let path = dir + "/g.tbx"
      try writeFile(path, try readBytes(try fixture("names.tbx")))
      var document = try GlossaryDocument.load(path: path)
      document.append(Concept(thai: [Term("เอทีแอนด์ที")], english: [Term("AT&T <co>", caseSensitive: true)], type: .organization))
      let text = String(decoding: try document.serialized(), as: UTF8.self)
      #expect(text.contains("\n      <conceptEntry id=\"thaitm-3\">\n        <note>organization</note>\n"))
      #expect(text.contains("<term>AT&amp;T &lt;co&gt;</term>"))
      #expect(text.contains("      </conceptEntry>\n    </body>\n  </text>\n</tbx>\n"))
    }
  }

  @Test(arguments: [GlossaryFormat.tsv, .csv, .tbx])
  func newFileRoundTrip(format: GlossaryFormat) throws {
    try withScratchDirectory { dir in
      let path = dir + "/new." + format.rawValue
      var document = GlossaryDocument(newFileAt: path, format: format)
      document.append(Self.candidate)
      document.append(Concept(thai: [Term("สหรัฐ")], english: [Term("US", caseSensitive: true), Term("U.S.", status: .forbidden)], type: .place, note: "comma, \"quote\""))
      try document.write()
      let reread = try GlossaryDocument.load(path: path)
      #expect(reread.issues.isEmpty)
      #expect(reread.glossary.concepts.count == 2)
      let us = reread.glossary.concepts[1]
      #expect(us.english.map(\.text) == ["US", "U.S."])
      #expect(us.english.map(\.status) == [.preferred, .forbidden])
      #expect(us.english[0].caseSensitive)
      #expect(us.note == "comma, \"quote\"")
      #expect(us.type == .place)
      var again = reread
      again.append(Concept(thai: [Term("ทรัมป์")], english: [Term("Trump")]))
      let old = try readBytes(path)
      let kept = format == .tbx ? try #require(Self.range(of: Array("    </body>".utf8), in: old)) : old.count
      #expect(Array(try again.serialized().prefix(kept)) == Array(old.prefix(kept)))
    }
  }

  @Test func loadOrCreateStartsANewFileThenAppends() throws {
    try withScratchDirectory { dir in
      let path = dir + "/candidates.tsv"
      var document = try GlossaryDocument.loadOrCreate(path: path)
      #expect(document.glossary.concepts.isEmpty)
      document.append(Self.candidate)
      try document.write()
      var again = try GlossaryDocument.loadOrCreate(path: path)
      #expect(again.glossary.concepts.count == 1)
      again.append(Concept(thai: [Term("ทรัมป์")], english: [Term("Trump")], type: .person))
      try again.write()
      let text = String(decoding: try readBytes(path), as: UTF8.self)
      #expect(text.hasSuffix("\nทรัมป์\tTrump\tperson\n"))
      #expect(text.hasPrefix("เซเลนสกี\tZelensky\tcandidate; score=0.93; seen in 3 TUs; person\n"))
      #expect(throws: GlossaryError.self) { try GlossaryDocument.loadOrCreate(path: dir + "/x.docx") }
    }
  }

  static func range(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    for i in stride(from: haystack.count - needle.count, through: 0, by: -1) where Array(haystack[i..<i + needle.count]) == needle {
      return i
    }
    return nil
  }
}
