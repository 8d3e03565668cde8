import Foundation
import TMX
import Testing

/// `TMXTextReader` (SAX2) against `TMXReader.nextText(languages:)` (xmlTextReader): the same
/// units and the same errors. On a broken file the SAX reader may give more of the units that end
/// before the error (it reads 64 KiB at a time, the text reader stops at its 512-byte push).
struct TMXTextReaderTests {
  static let languages = ["th", "en"]

  struct Outcome: Equatable {
    var units: [TMXUnitText]
    var error: TMXError?
  }

  func viaTextReader(_ open: () throws -> TMXReader) -> Outcome {
    var out = Outcome(units: [])
    do {
      var reader = try open()
      while let unit = try reader.nextText(languages: Self.languages) { out.units.append(unit) }
    } catch {
      out.error = error as? TMXError
    }
    return out
  }

  func viaSAX(_ open: () throws -> TMXTextReader) -> Outcome {
    var out = Outcome(units: [])
    do {
      var reader = try open()
      while let unit = try reader.next() { out.units.append(unit) }
    } catch {
      out.error = error as? TMXError
    }
    return out
  }

  /// Same error; same units when there is none, else the text reader's units are a prefix.
  func expectAgreement(_ got: Outcome, _ expected: Outcome, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(got.error == expected.error, sourceLocation: sourceLocation)
    if expected.error == nil {
      #expect(got.units == expected.units, sourceLocation: sourceLocation)
    } else {
      #expect(Array(got.units.prefix(expected.units.count)) == expected.units, sourceLocation: sourceLocation)
    }
  }

  func compare(bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> (Outcome, Outcome) {
    let expected = viaTextReader { try TMXReader(bytes: bytes, path: "t.tmx") }
    let got = viaSAX { try TMXTextReader(bytes: bytes, path: "t.tmx", languages: Self.languages) }
    expectAgreement(got, expected, sourceLocation: sourceLocation)
    return (got, expected)
  }

  @discardableResult
  func compare(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> (Outcome, Outcome) {
    compare(bytes: Array(text.utf8), sourceLocation: sourceLocation)
  }

  /// Writes `text` to a temporary file and compares both readers on it.
  @discardableResult
  func compareFile(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (Outcome, Outcome) {
    let directory = try makeTemporaryDirectory()
    defer { removeDirectory(directory) }
    let path = directory + "/t.tmx"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let expected = viaTextReader { try TMXReader(path: path) }
    let got = viaSAX { try TMXTextReader(path: path, languages: Self.languages) }
    expectAgreement(got, expected, sourceLocation: sourceLocation)
    return (got, expected)
  }

  @Test(arguments: [
    "billion-laughs.tmx", "crlf.tmx", "external-entity.tmx", "html-entity.tmx", "inline-codes.tmx",
    "not-tmx.xml", "omegat-lang-attr.tmx", "omegat-level2.tmx", "region-case.tmx", "translate-toolkit.tmx",
    "truncated.tmx", "utf16le-bom.tmx",
  ])
  func agreesOnTheFixtures(name: String) throws {
    let path = try fixture(name)
    let expected = viaTextReader { try TMXReader(path: path) }
    let got = viaSAX { try TMXTextReader(path: path, languages: Self.languages) }
    expectAgreement(got, expected)
  }

  @Test func readsOmegaTAndTranslateToolkitText() throws {
    let omegat = viaSAX { try TMXTextReader(path: try fixture("omegat-level2.tmx"), languages: Self.languages) }
    #expect(omegat.error == nil && omegat.units.count == 3)
    #expect(omegat.units[0].texts[0]?.hasPrefix("KCNA ระบุว่า คิมได้บอกกับปูติน") == true)
    #expect(omegat.units[0].texts[1]?.hasPrefix("KCNA said Kim told Putin") == true)
    let toolkit = viaSAX { try TMXTextReader(path: try fixture("translate-toolkit.tmx"), languages: Self.languages) }
    #expect(toolkit.units.last?.texts == ["คิม จองอึน & ปูติน <ผู้นำ>", "Kim Jong Un & Putin <leaders>"])
  }

  @Test func keepsWhatPlainTextKeeps() throws {
    let (got, _) = compare(TMXReaderTextTests.tricky)
    #expect(got.error == nil)
    #expect(
      got.units == [
        TMXUnitText(tuid: "a-1", texts: ["ปูตินพบคิม จองอึนใน & ", "Putin met Kim"]),
        TMXUnitText(tuid: nil, texts: ["", ""]),
        TMXUnitText(tuid: nil, texts: ["สวัสดี ครับ", nil]),
        TMXUnitText(tuid: nil, texts: [nil, nil]),
      ])
  }

  static func document(_ body: String, doctype: String = "") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>\(doctype)
    <tmx version="1.4"><header srclang="th"/>
    <body>
    \(body)
    </body>
    </tmx>

    """
  }

  @Test func namesPrefixesAndAttributes() throws {
    let (got, _) = compare(
      Self.document(
        """
        <tu tuid="a&amp;b&#38;c&lt;&#x41;"><tuv lang="th"><seg>ก<x:hi>ข</x:hi><y:ph xmlns:y="urn:y">ค</y:ph>ง</seg></tuv>
        <tuv lang="EN" xml:lang="en-US"><seg>one<hi xmlns="urn:z">two</hi></seg></tuv></tu>
        <x:tu><tuv xml:lang="th"><seg>hidden</seg></tuv></x:tu>
        <tu x:tuid="no" tuid=" spaced
          id "><tuv xml:lang="th"><note>n</note><seg>a</seg><prop type="t">p</prop><seg>b</seg></tuv></tu>
        """))
    #expect(
      got.units == [
        TMXUnitText(tuid: "a&b&c<A", texts: ["กขง", "onetwo"]),
        TMXUnitText(tuid: " spaced   id ", texts: ["ab", nil]),
      ])
  }

  @Test func notTMXAndMissingBody() throws {
    let (notTMX, _) = compare(#"<?xml version="1.0"?>\#n<xliff version="1.2"><file/></xliff>"#)
    #expect(notTMX.error?.description == "t.tmx:2: not a TMX file: the root element is <xliff>, not <tmx>")
    compare(#"<?xml version="1.0"?>\#n<x:tmx xmlns:x="urn:x"><x:body><tu/></x:body></x:tmx>"#)
    compare("<a:tmx><body/></a:tmx>")
    let (empty, _) = compare("<?xml version=\"1.0\"?>\n\n<tmx\n version=\"1.4\"/>")
    #expect(empty.error?.description == "t.tmx:4: no <body> in <tmx>")
    let (noBody, _) = compare("<tmx version=\"1.4\">\n<header/>\n<foo><body/></foo>\n</tmx>\n")
    #expect(noBody.error?.description == "t.tmx:1: no <body> in <tmx>")
    compare("<tmx><header/><body/></tmx>")
    compare("<tmx><header/><body></body></tmx>")
    compare("<tmx><header><note>a<b>c</b></note></header><body><tu><tuv xml:lang='th'><seg>x</seg></tuv></tu></body></tmx>")
  }

  /// A file with no element at all (empty, a BOM, blank lines, only an XML declaration) is
  /// said to be so by both readers, not with libxml2's "Extra content at the end of the
  /// document"; garbage after a whole document keeps libxml2's words.
  @Test func aFileWithNoElementIsSaidToBeEmpty() throws {
    for bytes: [UInt8] in [[], [0xEF, 0xBB, 0xBF], Array(" \r\n\n".utf8), Array("<?xml version=\"1.0\"?>\n".utf8)] {
      let (got, _) = compare(bytes: bytes)
      #expect(got.error?.kind == .notTMX, "\(bytes)")
      #expect(got.error?.message == "not a TMX file: no XML element in it (is it empty?)", "\(bytes)")
    }
    let (after, _) = compare("<tmx version=\"1.4\"><header/><body></body></tmx>\njunk")
    #expect(after.error?.kind == .malformed)
    #expect(after.error?.message == "Extra content at the end of the document")
    let (afterEmptyBody, _) = compare("<tmx version=\"1.4\"><header/><body/></tmx>junk")
    #expect(afterEmptyBody.error?.message == "Extra content at the end of the document")
  }

  @Test func malformedAndTruncated() throws {
    let document = Self.document(
      String(repeating: "<tu><tuv xml:lang=\"th\"><seg>ปูติน</seg></tuv><tuv xml:lang=\"en\"><seg>Putin</seg></tuv></tu>\n", count: 400))
    let bytes = Array(document.utf8)
    // Cut inside a segment, inside a tag, after </body>; a wrong end tag; invalid UTF-8.
    for cut in [bytes.count / 2, bytes.count / 2 + 7, bytes.count - 10, 300, 17] {
      let (got, _) = compare(bytes: Array(bytes.prefix(cut)))
      #expect(got.error != nil)
    }
    let (wrong, _) = compare(document.replacingOccurrences(of: "<seg>Putin</seg></tuv></tu>\n<tu>", with: "<seg>Putin</sag></tuv></tu>\n<tu>"))
    #expect(wrong.error?.line == 4)
    #expect(wrong.error?.kind == .malformed)
    var invalid = bytes
    invalid[bytes.count / 2] = 0xFF
    let (utf8, _) = compare(bytes: invalid)
    #expect(utf8.error?.message.hasPrefix("Input is not proper UTF-8") == true)
    // Cut inside a segment's text, a third of the way in.
    let middle = try #require(document.range(of: "<seg>Putin", range: document.index(document.startIndex, offsetBy: document.count / 3)..<document.endIndex))
    let (truncated, _) = try compareFile(String(document[..<document.index(middle.upperBound, offsetBy: -2)]))
    #expect(truncated.error?.message == "the file ends inside an element: the document is incomplete (truncated?)")
    #expect(truncated.units.count > 100)
  }

  @Test func entities() throws {
    let unit = "<tu><tuv xml:lang=\"th\"><seg>ก&nbsp;ข</seg></tuv></tu>"
    let (undeclared, _) = compare(Self.document(unit))
    #expect(undeclared.error?.kind == .entity)
    // With an external subset (not loaded), libxml2 lets an undeclared entity through as a reference.
    let system = "\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"
    compare(Self.document(unit, doctype: system))
    compare(Self.document("<tu tuid=\"&nbsp;\"><tuv xml:lang=\"th\"><seg>ก</seg></tuv></tu>", doctype: system))
    compare(Self.document("<tu><tuv xml:lang=\"th\"><seg>ก</seg>\n<note>&nbsp;</note></tuv></tu>", doctype: system))
    // Declared entities: the full reader takes over, used or not, from memory and from a file
    // whose prologue is longer than one block.
    let declared = "\n<!DOCTYPE tmx [<!ENTITY e \"x\">]>"
    let used = Self.document("<tu tuid=\"1\"><tuv xml:lang=\"th\"><seg>ก</seg></tuv></tu><tu><tuv xml:lang=\"th\"><seg>&e;</seg></tuv></tu>", doctype: declared)
    let (memory, _) = compare(used)
    #expect(memory.error?.kind == .entity && memory.units.count == 1)
    try compareFile(used)
    let long = Self.document("<tu><tuv xml:lang=\"th\"><seg>ก</seg></tuv></tu>", doctype: declared)
      .replacingOccurrences(of: "<header srclang=\"th\"/>", with: "<header srclang=\"th\"><note>\(String(repeating: "ยาว ", count: 30_000))</note></header>")
    let (file, _) = try compareFile(long)
    #expect(file.error == nil && file.units == [TMXUnitText(tuid: nil, texts: ["ก", nil])])
    let (attribute, _) = try compareFile(Self.document("<tu tuid=\"&e;\"><tuv xml:lang=\"th\"><seg>ก</seg></tuv></tu>", doctype: declared))
    #expect(attribute.error?.kind == .entity)
  }

  @Test func manyBlocksFromAFile() throws {
    var body = ""
    for i in 0..<3000 {
      body += "<tu tuid=\"\(i)\"><prop type=\"x\">p</prop><tuv xml:lang=\"en-GB\"><seg>Kim <bpt i=\"1\">&lt;b></bpt>met<ept i=\"1\">&lt;/b></ept> Putin \(i)</seg></tuv>"
      body += "<tuv xml:lang=\"th-TH\"><seg><![CDATA[คิม & ]]>พบ<hi>ปูติน</hi> \(i)</seg></tuv></tu>\n"
    }
    let (got, _) = try compareFile(Self.document(body))
    #expect(got.units.count == 3000)
    #expect(got.units[2999] == TMXUnitText(tuid: "2999", texts: ["คิม & พบปูติน 2999", "Kim met Putin 2999"]))
  }

  /// libxml2's tree (the full reader) refuses a text node over 10 MB; the SAX reader, which
  /// builds no tree, counts and refuses the same, with the same message (libxml2's own is only
  /// a non-fatal "huge text node" memory error).
  @Test func aTextNodeOverTenMegabytesIsRefusedAsBefore() throws {
    let big = String(repeating: "ปูติน ", count: 700_000)  // 11.2 MB of UTF-8
    let (huge, _) = try compareFile(Self.document("<tu><tuv xml:lang=\"th\"><seg>\(big)</seg></tuv></tu>"))
    #expect(huge.error?.message == "a text of over 10,000,000 bytes in one piece, more than libxml2 (and xmllint, Translate Toolkit) will read")
    #expect(huge.error?.line == 4)
    // Two nodes of 5.6 MB, apart by a comment: each is under the limit.
    let half = String(repeating: "ปูติน ", count: 350_000)
    let (split, _) = compare(Self.document("<tu><tuv xml:lang=\"th\"><seg>\(half)<!-- c -->\(half)</seg></tuv></tu>"))
    #expect(split.error == nil)
    #expect(split.units.first?.texts[0]?.utf8.count == 2 * half.utf8.count)
  }

  @Test func aMissingFileIsAClearError() throws {
    #expect(throws: TMXError(.cannotOpen, path: "/nonexistent/x.tmx", message: "No such file or directory")) {
      _ = try TMXTextReader(path: "/nonexistent/x.tmx", languages: ["th"])
    }
  }
}
