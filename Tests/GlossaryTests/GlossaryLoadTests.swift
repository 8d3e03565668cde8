import Foundation
import Glossary
import Testing

struct GlossaryLoadTests {
  @Test func tsvGroupsRowsByThaiAndReadsKeywords() throws {
    let glossary = try Glossary.load(path: try fixture("omegat.tsv"))
    #expect(glossary.concepts.map { $0.thai.map(\.text) } == [["ปูติน"], ["คิม จองอึน"], ["เกาหลีเหนือ"], ["นาโต", "เนโท"]])
    let kim = glossary.concepts[1]
    #expect(kim.type == .person)
    #expect(kim.english.map(\.text) == ["Kim Jong Un", "Kim Jong-un"])
    #expect(kim.english.map(\.status) == [.preferred, .admitted])
    #expect(kim.english[1].location?.line == 5)
    let korea = glossary.concepts[2]
    #expect(korea.forbiddenEnglish.map(\.text) == ["N. Korea"])
    #expect(korea.english[1].note == "write North Korea")
    let nato = glossary.concepts[3]
    #expect(nato.type == .organization)
    #expect(nato.english.count == 1 && nato.english[0].caseSensitive)
    #expect(nato.thai[1].location?.line == 9)
  }

  @Test func tsvWithBOMAndCRLFWithoutFinalNewline() throws {
    let glossary = try Glossary.load(path: try fixture("crlf-bom.tsv"))
    #expect(glossary.concepts.map { $0.thai[0].text } == ["ปูติน", "ทรัมป์", "คูร์สก์"])
    #expect(glossary.concepts.map { $0.english[0].text } == ["Putin", "Trump", "Kursk"])
    #expect(glossary.concepts[2].english[0].location?.line == 3)
  }

  @Test func csvWithHeaderQuotesAndEmbeddedNewline() throws {
    let document = try GlossaryDocument.load(path: try fixture("names.csv"))
    let concepts = document.glossary.concepts
    #expect(concepts.count == 3)
    #expect(concepts[0].note == "President of Russia, since 2000")
    #expect(concepts[0].type == .person)
    let kim = concepts[1]
    #expect(kim.english.map(\.text) == ["Kim Jong Un", "Kim Jong Il"])
    #expect(kim.english[0].note == "He said \"hello\"\non two lines")
    #expect(kim.english[1].status == .forbidden)
    #expect(kim.english[1].location?.line == 5)  // after a record spanning lines 3–4
    #expect(concepts[2].english[0].status == .admitted && concepts[2].type == .organization)
    #expect(document.issues.isEmpty)
  }

  @Test func csvWithoutHeaderIsPositional() throws {
    let glossary = try Glossary.load(path: try fixture("positional.csv"))
    #expect(glossary.concepts.map { $0.thai[0].text } == ["ปูติน", "อลาสกา"])
    #expect(glossary.concepts.map(\.type) == [.person, .place])
  }

  @Test func csvUnterminatedQuoteNamesItsStartLine() throws {
    let path = try fixture("unterminated.csv")
    let error = try #require(throws: GlossaryError.self) { try Glossary.load(path: path) }
    #expect(error.line == 3)
    #expect(error.description.hasPrefix("\(path):3: "))
  }

  @Test func tbxV3TermsStatusesAndNotes() throws {
    let glossary = try Glossary.load(path: try fixture("names.tbx"))
    #expect(glossary.concepts.count == 2)
    let kim = glossary.concepts[0]
    #expect(kim.id == "c1" && kim.type == .person)
    #expect(kim.thai.map(\.text) == ["คิม จองอึน"])
    #expect(kim.english.map(\.text) == ["Kim Jong Un", "Kim Jong-un", "Kim Jong Eun"])
    #expect(kim.english.map(\.status) == [.preferred, .admitted, .forbidden])
    #expect(kim.thai[0].location?.line == 16)
    let kremlin = glossary.concepts[1]
    #expect(kremlin.english.map(\.text) == ["Kremlin", "the Kremlin & co"])
    #expect(kremlin.english[0].status == .forbidden)  // superseded
    #expect(kremlin.allowedEnglish.map(\.text) == ["the Kremlin & co"])
  }

  @Test func tbxV2Read() throws {
    let glossary = try Glossary.load(path: try fixture("v2.tbx"))
    #expect(glossary.concepts.map { $0.thai[0].text } == ["ปูติน", "ยูเครน"])
    #expect(glossary.concepts[0].english.map(\.text) == ["Putin", "Poutine"])
    #expect(glossary.concepts[0].forbiddenEnglish.map(\.text) == ["Poutine"])
    #expect(glossary.concepts[1].english.map(\.text) == ["Ukraine"])
  }

  @Test func malformedTBXNamesALine() throws {
    let path = try fixture("malformed.tbx")
    let error = try #require(throws: GlossaryError.self) { try Glossary.load(path: path) }
    #expect(error.path == path)
    #expect((error.line ?? 0) >= 6)
  }

  @Test func badRowsAreIssuesWithLines() throws {
    try withScratchDirectory { dir in
      let path = dir + "/bad.tsv"
      try writeFile(path, "ปูติน\tPutin\tperson\nทรัมป์\t\tperson\nonly-one-column\nคิม\tKim\tpersn\nปูติน\tPutin\tperson\n")
      let document = try GlossaryDocument.load(path: path)
      #expect(document.glossary.concepts.count == 2)
      #expect(document.issues.map(\.location.line) == [2, 3, 4, 5])
      #expect(document.issues.map(\.kind) == ["empty-field", "empty-field", "bad-keyword", "duplicate"])
      #expect(document.issues[2].description.hasPrefix("\(path):4: bad-keyword: 'persn'"))
    }
  }

  @Test func invalidUTF8AndMissingFilesAreErrors() throws {
    try withScratchDirectory { dir in
      let path = dir + "/bad.tsv"
      try writeFile(path, Array("ปูติน\tPutin\n".utf8) + [0xFF, 0x09, 0x41, 0x0A])
      let error = try #require(throws: GlossaryError.self) { try Glossary.load(path: path) }
      #expect(error.description == "\(path):2: invalid UTF-8")
      #expect(throws: GlossaryError.self) { try Glossary.load(path: dir + "/missing.tsv") }
      #expect(throws: GlossaryError.self) { try Glossary.load(path: dir + "/names.docx") }
    }
  }

  @Test func tenThousandConceptsLoad() throws {
    try withScratchDirectory { dir in
      let consonants = Array("กขคงจฉชซญดตถทนบปผพฟมยรลวสหอฮ").map(String.init)
      let vowels = ["า", "ิ", "ี", "ุ", "ู", "ะ", "ำ"]
      var text = "# synthetic\n"
      for i in 0..<10_000 {
        let thai = consonants[i % 28] + vowels[(i / 28) % 7] + consonants[(i / 196) % 28] + consonants[(i / 5488) % 28] + "\(i)"
        text += "\(thai)\tName \(i)\tperson\n"
      }
      let path = dir + "/big.tsv"
      try writeFile(path, text)
      let document = try GlossaryDocument.load(path: path)
      #expect(document.glossary.concepts.count == 10_000)
      #expect(document.issues.isEmpty)
      #expect(document.glossary.concepts[9_999].english[0].location?.line == 10_001)
    }
  }
}

struct TBXSafetyTests {
  /// External entities are never loaded: no file content, no network.
  @Test func externalEntitiesAreNotExpanded() throws {
    let document = try GlossaryDocument.load(path: try fixture("xxe.tbx"))
    let texts = document.glossary.concepts.flatMap { ($0.thai + $0.english).map(\.text) }
    #expect(!texts.contains { $0.contains("root:") })
    #expect(texts.contains("ปูติน"))
    #expect(try document.serialized() == readBytes(try fixture("xxe.tbx")))
  }

  @Test func notTBXIsAnError() throws {
    try withScratchDirectory { dir in
      let path = dir + "/memory.tbx"
      try writeFile(path, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><body/></tmx>\n")
      let error = try #require(throws: GlossaryError.self) { try Glossary.load(path: path) }
      #expect(error.description == "\(path):2: not a TBX file: the root element is <tmx>, not <tbx> or <martif>")
    }
  }

  /// A TSV saved as .tbx, or an empty file: said plainly, not in libxml2's words ("Document is
  /// empty").
  @Test(arguments: ["ปูติน\tPutin\nคิม จองอึน\tKim Jong Un\n", ""])
  func aFileWithNoXMLElementIsNotTBX(content: String) throws {
    try withScratchDirectory { dir in
      let path = dir + "/names.tbx"
      try writeFile(path, content)
      let error = try #require(throws: GlossaryError.self) { try Glossary.load(path: path) }
      #expect(error.description == "\(path):1: not a TBX file: no XML element in it (is it empty, or another format?)")
    }
  }
}
