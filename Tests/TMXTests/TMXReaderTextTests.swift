import Foundation
import TMX
import Testing

/// `TMXReader.nextText(languages:)` against the full reader: same texts, same errors.
struct TMXReaderTextTests {
  static let languages = ["th", "en"]

  /// Everything the full reader gives, as text, and the error it ends with (opening included).
  func viaUnits(_ open: () throws -> TMXReader) -> ([TMXUnitText], TMXError?) {
    var out: [TMXUnitText] = []
    do {
      var reader = try open()
      while let unit = try reader.next() { out.append(TMXUnitText(unit, languages: Self.languages)) }
      return (out, nil)
    } catch {
      return (out, error as? TMXError)
    }
  }

  func viaText(_ open: () throws -> TMXReader) -> ([TMXUnitText], TMXError?) {
    var out: [TMXUnitText] = []
    do {
      var reader = try open()
      while let unit = try reader.nextText(languages: Self.languages) { out.append(unit) }
      return (out, nil)
    } catch {
      return (out, error as? TMXError)
    }
  }

  @Test(arguments: [
    "billion-laughs.tmx", "crlf.tmx", "external-entity.tmx", "html-entity.tmx", "inline-codes.tmx",
    "omegat-lang-attr.tmx", "omegat-level2.tmx", "region-case.tmx", "translate-toolkit.tmx",
    "truncated.tmx", "utf16le-bom.tmx",
  ])
  func agreesWithTheFullReader(name: String) throws {
    let path = try fixture(name)
    let expected = viaUnits { try TMXReader(path: path) }
    let got = viaText { try TMXReader(path: path) }
    #expect(got.0 == expected.0)
    #expect(got.1 == expected.1)
  }

  static let tricky = """
    <?xml version="1.0" encoding="UTF-8"?>
    <tmx version="1.4" xmlns:x="urn:x"><header srclang="th" creationtool="t" creationtoolversion="1" \
    segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/>
    <body>
      <tu tuid="a-1" creationdate="20250813T101500Z"><prop type="x">p</prop><note>n</note>
        <tuv xml:lang="TH-th"><prop type="y">q</prop><seg>ปูติน<bpt i="1">&lt;b&gt;</bpt>พบ<ept i="1">&lt;/b&gt;</ept>\
    <hi>คิม<ph>{1}</ph> จองอึน</hi><x:hi>ซ่อน</x:hi><foo>ใน</foo><![CDATA[ & ]]></seg></tuv>
        <tuv lang="en_US" xml:lang="en-GB"><seg>Putin <sub>met <bpt i="2">[</bpt>Kim</sub></seg><note>z</note></tuv>
        <tuv xml:lang="en"><seg>second English</seg></tuv>
      </tu>
      <tu><tuv xml:lang="th"/><tuv lang="EN"><seg/></tuv></tu>
      <tu x:tuid="not-this"><tuv xml:lang="de"><seg>Hallo</seg></tuv><tuv xml:lang="th"><seg>สวัสดี</seg><seg> ครับ</seg></tuv></tu>
      <tu/>
    </body>
    </tmx>
    """

  @Test func keepsWhatPlainTextKeeps() throws {
    let bytes = Array(Self.tricky.utf8)
    let expected = viaUnits { try TMXReader(bytes: bytes) }
    let got = viaText { try TMXReader(bytes: bytes) }
    #expect(got.1 == nil && expected.1 == nil)
    #expect(got.0 == expected.0)
    #expect(
      got.0 == [
        TMXUnitText(tuid: "a-1", texts: ["ปูตินพบคิม จองอึนใน & ", "Putin met Kim"]),
        TMXUnitText(tuid: nil, texts: ["", ""]),
        TMXUnitText(tuid: nil, texts: ["สวัสดี ครับ", nil]),
        TMXUnitText(tuid: nil, texts: [nil, nil]),
      ])
  }

  @Test func reportsABrokenUnitAtTheSameLine() throws {
    let broken = Self.tricky.replacingOccurrences(of: "<seg>second English</seg>", with: "<seg>second English</sag>")
    let expected = viaUnits { try TMXReader(bytes: Array(broken.utf8)) }
    let got = viaText { try TMXReader(bytes: Array(broken.utf8)) }
    let error = try #require(got.1)
    #expect(error == expected.1)
    #expect(error.line == 7)
    #expect(got.0.isEmpty)
  }

  @Test func aDoctypeWithEntitiesTakesTheFullReader() throws {
    let declared = Self.tricky.replacingOccurrences(
      of: "<tmx version", with: "<!DOCTYPE tmx [<!ENTITY e \"x\">]>\n<tmx version")
    let expected = viaUnits { try TMXReader(bytes: Array(declared.utf8)) }
    let got = viaText { try TMXReader(bytes: Array(declared.utf8)) }
    #expect(got.1 == nil)
    #expect(got.0 == expected.0)
    #expect(got.0.count == 4)
  }
}
