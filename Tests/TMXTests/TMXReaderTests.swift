import Foundation
import TMX
import Testing

struct TMXReaderTests {
  @Test func readsOmegaTLevel2() throws {
    let (header, units) = try readAll(try fixture("omegat-level2.tmx"))
    #expect(header.creationTool == "OmegaT")
    #expect(header.originalFormat == "OmegaT TMX")
    #expect(header.sourceLanguage == "th")
    #expect(header.segmentType == "paragraph")
    #expect(units.count == 3)
    #expect(units[0].variant(for: "en")?.segment.plainText.hasPrefix("KCNA said Kim told Putin") == true)
    #expect(units[0].variant(for: "th")?.segment.plainText.hasPrefix("KCNA ระบุว่า คิมได้บอกกับปูติน") == true)
    let alternative = units[2]
    #expect(alternative.property("file") == "source.txt")
    #expect(alternative.property("next") == "")
    let en = try #require(alternative.variant(for: "en"))
    #expect(en.segment.plainText == "Putin")
    #expect(
      en.attributes == [
        TMXAttribute(name: "changeid", value: "somchai"), TMXAttribute(name: "changedate", value: "20250813T101500Z"),
        TMXAttribute(name: "creationid", value: "somchai"), TMXAttribute(name: "creationdate", value: "20250813T101500Z"),
      ])
  }

  @Test func readsTheOldLangAttribute() throws {
    let (header, units) = try readAll(try fixture("omegat-lang-attr.tmx"))
    #expect(header.sourceLanguage == "th")
    #expect(units.count == 2)
    #expect(units.allSatisfy { $0.variants.map(\.language) == ["th", "en"] })
    #expect(units[1].variant(for: "th")?.segment.plainText.hasPrefix("จากการประเมินของเกาหลีใต้") == true)
  }

  @Test func readsTranslateToolkitOutput() throws {
    let (header, units) = try readAll(try fixture("translate-toolkit.tmx"))
    #expect(header.creationTool == "Translate Toolkit")
    #expect(header.dataType == "PlainText")
    #expect(units.count == 2)
    #expect(units[0].notes == ["headline"])
    #expect(units[0].attributes == [TMXAttribute(name: "srclang", value: "th")])
    #expect(units[1].variant(for: "th")?.segment.plainText == "คิม จองอึน & ปูติน <ผู้นำ>")
    #expect(units[1].variant(for: "en")?.segment.plainText == "Kim Jong Un & Putin <leaders>")
  }

  @Test func keepsInlineCodesAndGivesPlainText() throws {
    let (header, units) = try readAll(try fixture("inline-codes.tmx"))
    #expect(header.properties == [TMXProperty(type: "x-project", value: "putin-kim")])
    #expect(header.notes == ["Inline codes as Okapi and Trados write them."])
    #expect(header.creationDate == "20250813T093000Z")
    #expect(units.count == 3)
    let first = units[0]
    #expect(first.tuid == "b1")
    #expect(first.variants.map(\.language) == ["th", "en", "de"])
    #expect(first.property("x-document") == "putin-kim-2025-08-13")
    let th = try #require(first.variant(for: "th"))
    #expect(th.properties == [TMXProperty(type: "x-context", value: "headline")])
    #expect(th.notes == ["Thai side"])
    #expect(th.segment.plainText == "คิม จองอึน พบ ปูติน ")
    #expect(
      th.segment.content.first
        == .element(
          name: "bpt", attributes: [TMXAttribute(name: "i", value: "1"), TMXAttribute(name: "type", value: "bold")],
          children: [.text("<b>")]))
    guard case .element("hi", _, let hiChildren)? = th.segment.content.last else {
      Issue.record("expected <hi> last")
      return
    }
    #expect(hiChildren.count == 2)
    #expect(units[1].variant(for: "en")?.segment.plainText == "Kursk ")
    #expect(units[2].variant(for: "th")?.segment.plainText == "ทรัมป์ & <อลาสกา>")
    #expect(units[2].variant(for: "en")?.segment.plainText == " Trump & <Alaska>")
  }

  @Test func readsRegionsAndAnyCase() throws {
    let (header, units) = try readAll(try fixture("region-case.tmx"))
    #expect(header.sourceLanguage == "th-TH")
    #expect(units[0].variant(for: "th")?.language == "th-TH")
    #expect(units[0].variant(for: "en")?.segment.plainText == "Kim Jong Un arrived in Moscow.")
    #expect(units[0].property("client") == "Newsroom")
    #expect(units[1].variant(for: "th")?.segment.plainText == "ปูติน")
    #expect(units[1].variant(for: "en")?.language == "en-gb")
  }

  @Test func readsUTF16WithBOMAndCRLF() throws {
    let (header, units) = try readAll(try fixture("utf16le-bom.tmx"))
    #expect(header.originalFormat == "SDL TM8 Format")
    #expect(units.count == 1)
    #expect(units[0].variant(for: "th")?.segment.plainText == "คิม จองอึน เดินทางถึงกรุงมอสโก 😀 𠀀")
    #expect(units[0].variant(for: "en")?.segment.plainText == "Kim Jong Un arrived in Moscow. 😀 𠀀")
  }

  @Test func readsUTF8BOMAndCRLFWithALineBreakInASegment() throws {
    let (_, units) = try readAll(try fixture("crlf.tmx"))
    // XML turns CRLF into LF; the writer would fold it into a space.
    #expect(units.first?.variant(for: "th")?.segment.plainText == "ปูติน ยกย่อง\nทหารเกาหลีเหนือ")
    #expect(units.first?.variant(for: "en")?.segment.plainText == "Putin praised\nNorth Korean soldiers")
  }

  @Test func readsFromMemory() throws {
    let text = """
      <tmx version="1.4"><header srclang="th"/><body><tu><tuv xml:lang="th"><seg>คิม</seg></tuv>\
      <tuv xml:lang="en"><seg>Kim</seg></tuv></tu><tu/></body></tmx>
      """
    let units = try readAll(bytes: Array(text.utf8))
    #expect(units.count == 2)
    #expect(units[0].variant(for: "en")?.segment.plainText == "Kim")
    #expect(units[1].variants.isEmpty)
  }

  @Test(arguments: [
    ("truncated.tmx", TMXError.Kind.malformed, 17, "truncated"),
    ("billion-laughs.tmx", .entity, 15, "entity"),
    ("external-entity.tmx", .entity, 6, "&xxe;"),
    ("html-entity.tmx", .entity, 3, "nbsp"),
    ("not-tmx.xml", .notTMX, 2, "<xliff>"),
  ])
  func rejectsBadFilesNamingTheLine(name: String, kind: TMXError.Kind, line: Int, words: String) throws {
    let path = try fixture(name)
    var count = 0
    let error = try #require(throws: TMXError.self) {
      var reader = try TMXReader(path: path)
      while try reader.next() != nil { count += 1 }
    }
    #expect(error.kind == kind)
    #expect(error.line == line)
    #expect(error.description.hasPrefix("\(path):\(line): "))
    #expect(error.description.contains(words), "\(error)")
    #expect(count <= 1)
  }

  @Test func missingFileIsAClearError() throws {
    let error = try #require(throws: TMXError.self) { _ = try TMXReader(path: "/no/such/file.tmx") }
    #expect(error.kind == .cannotOpen)
    #expect(error.description == "/no/such/file.tmx: No such file or directory")
  }

  @Test func unknownElementsAreSkippedWithoutLosingTheNextOne() throws {
    let text = """
      <tmx version="1.4"><header srclang="th"><ude name="x"><map unicode="#xE000"/></ude><note>n</note>\
      </header><body><x-extra><tu><tuv xml:lang="th"><seg>ไม่ใช่</seg></tuv></tu></x-extra>\
      <tu><x-meta/><tuv xml:lang="th"><x-what>?</x-what><seg>คิม</seg></tuv><x-meta>m</x-meta>\
      <tuv xml:lang="en"><seg>Kim</seg></tuv></tu><x-empty/><tu tuid="2"/></body></tmx>
      """
    var reader = try TMXReader(bytes: Array(text.utf8))
    var units: [TranslationUnit] = []
    while let unit = try reader.next() { units.append(unit) }
    #expect(reader.header.notes == ["n"])
    #expect(units.count == 2)
    #expect(units[0].variants.map(\.segment.plainText) == ["คิม", "Kim"])
    #expect(units[1].tuid == "2")
  }

  @Test func brokenTailAfterBodyIsStillAnError() throws {
    let text = "<tmx version=\"1.4\"><header srclang=\"th\"/><body></body></tmx><extra/>"
    #expect(throws: TMXError.self) { _ = try readAll(bytes: Array(text.utf8)) }
  }
}
