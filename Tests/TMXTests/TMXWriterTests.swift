import Foundation
import TMX
import Testing

struct TMXWriterTests {
  @Test(arguments: [
    ("คิม จองอึน เดินทางถึงกรุงมอสโก", "Kim Jong Un arrived in Moscow."),
    ("ปูติน & คิม <พันธมิตร> \"อ้าง\" 'ว่า'", "Putin & Kim <allies> \"quoted\" 'said' ]]> &amp;"),
    ("อีโมจิ 😀 และ 𠀀𪚥 (CJK-B)", "emoji 😀 and 𠀀𪚥 (CJK Ext. B) 𝄞"),
    ("  ช่องว่าง  สองช่อง\tแท็บ ", "  double  spaces\ttab "),
    ("ศูนย์\u{200B}กว้าง ำ", "zero\u{200B}width"),
  ])
  func plainTextRoundTrips(th: String, en: String) throws {
    let dir = try makeTemporaryDirectory()
    defer { removeDirectory(dir) }
    let path = dir + "/out.tmx"
    let report = try write([pair(th, en, tuid: "7")], to: path)
    #expect(report.unitsWritten == 1)
    #expect(report.illegalCharactersReplaced == 0 && report.newlinesFolded == 0)
    let (_, units) = try readAll(path)
    #expect(units.count == 1)
    #expect(units.first?.tuid == "7")
    #expect(units.first?.variant(for: "th")?.segment.plainText == th)
    #expect(units.first?.variant(for: "en")?.segment.plainText == en)
    if let lint = try xmllint(path) { #expect(lint.status == 0, "\(lint.output)") }
  }

  @Test func controlCharactersAndNewlinesAreReplacedAndCounted() throws {
    let dir = try makeTemporaryDirectory()
    defer { removeDirectory(dir) }
    let path = dir + "/out.tmx"
    let th = "ปูติน\u{1}คิม\u{C}\u{0}ทรัมป์\u{FFFE}"
    let en = "line one\r\nline two\rthree\nfour\u{1F}\u{FFFF}"
    var unit = pair(th, en)
    unit.notes = ["note\u{7}with bell\nand a newline"]
    unit.properties = [TMXProperty(type: "x-doc\u{8}", value: "v\u{B}")]
    let report = try write([unit], to: path)
    #expect(report.illegalCharactersReplaced == 9)
    #expect(report.newlinesFolded == 3)
    let (_, units) = try readAll(path)
    #expect(units.first?.variant(for: "th")?.segment.plainText == "ปูติน\u{FFFD}คิม\u{FFFD}\u{FFFD}ทรัมป์\u{FFFD}")
    #expect(units.first?.variant(for: "en")?.segment.plainText == "line one line two three four\u{FFFD}\u{FFFD}")
    #expect(units.first?.notes == ["note\u{FFFD}with bell\nand a newline"])
    #expect(units.first?.properties == [TMXProperty(type: "x-doc\u{FFFD}", value: "v\u{FFFD}")])
    if let lint = try xmllint(path) { #expect(lint.status == 0, "\(lint.output)") }
  }

  @Test func headerHasTheSevenRequiredAttributesAndNoIndentInsideSeg() throws {
    let dir = try makeTemporaryDirectory()
    defer { removeDirectory(dir) }
    let path = dir + "/out.tmx"
    var unit = TranslationUnit(
      tuid: "1",
      variants: [
        TranslationVariant(
          language: "th",
          segment: Segment(content: [
            .element(name: "ph", attributes: [TMXAttribute(name: "x", value: "1")], children: [.text("<br/>")]),
            .text("คิม"),
            .element(name: "hi", attributes: [], children: [.element(name: "ph", attributes: [], children: [])]),
          ])),
        TranslationVariant(language: "en", text: "Kim"),
      ])
    unit.creationDate = "20250813T101500Z"
    unit.properties = [TMXProperty(type: "x-score", value: "0.93")]
    try write([unit], to: path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"))
    #expect(
      text.contains(
        "<header creationtool=\"thaitm\" creationtoolversion=\"\(TMXHeader.defaultToolVersion)\" segtype=\"sentence\" o-tmf=\"thaitm\" adminlang=\"en\" srclang=\"th\" datatype=\"plaintext\" creationdate=\"20250813T093000Z\"/>"
      ))
    #expect(text.contains("<tu tuid=\"1\" creationdate=\"20250813T101500Z\">"))
    #expect(text.contains("<prop type=\"x-score\">0.93</prop>"))
    #expect(text.contains("<seg><ph x=\"1\">&lt;br/&gt;</ph>คิม<hi><ph/></hi></seg>"))
    #expect(text.contains("<tuv xml:lang=\"en\"><seg>Kim</seg></tuv>"))
    if let lint = try xmllint(path) { #expect(lint.status == 0, "\(lint.output)") }
  }

  @Test func unitsWithAnEmptyOrMissingSideAreSkippedAndNamed() throws {
    let dir = try makeTemporaryDirectory()
    defer { removeDirectory(dir) }
    let path = dir + "/out.tmx"
    let units = [
      pair("ปูติน", "Putin", tuid: "ok"),
      pair("คิม", "", tuid: "empty-en"),
      pair("   ", "Trump"),
      TranslationUnit(tuid: "only-en", variants: [TranslationVariant(language: "en", text: "Alaska")]),
      TranslationUnit(variants: [
        TranslationVariant(language: "en", text: "Alaska"), TranslationVariant(language: "de", text: "Alaska"),
      ]),
      pair("เคิร์สก์", "Kursk"),
    ]
    let report = try write(units, to: path)
    #expect(report.unitsWritten == 2)
    #expect(report.unitsSkipped == 4)
    #expect(report.firstSkipped == ["tuid empty-en", "#3", "tuid only-en", "#5"])
    let (_, read) = try readAll(path)
    #expect(read.map { $0.variant(for: "en")?.segment.plainText } == ["Putin", "Kursk"])
  }

  @Test func fileAppearsOnlyOnFinishAndADroppedWriterLeavesNothing() throws {
    let dir = try makeTemporaryDirectory()
    defer { removeDirectory(dir) }
    let path = dir + "/out.tmx"
    do {
      var writer = try TMXWriter(path: path, header: TMXHeader())
      try writer.append(pair("ปูติน", "Putin"))
      #expect(!FileManager.default.fileExists(atPath: path))
      #expect(try FileManager.default.contentsOfDirectory(atPath: dir).count == 1)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)

    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    do {
      var writer = try TMXWriter(path: path, header: TMXHeader())
      try writer.append(pair("ปูติน", "Putin"))
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    try write([pair("ปูติน", "Putin")], to: path)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.tmx"])
    #expect(try readAll(path).units.count == 1)
  }

  @Test func unwritableTargetIsAClearError() throws {
    let error = try #require(throws: TMXError.self) {
      _ = try TMXWriter(path: "/nonexistent-dir-\(UUID().uuidString)/out.tmx", header: TMXHeader())
    }
    #expect(error.kind == .cannotOpen)
    #expect(error.description.contains("out.tmx"))
  }

  @Test func tmxToTMXKeepsEveryUnitPropertyNoteAndInlineElement() throws {
    let dir = try makeTemporaryDirectory()
    defer { removeDirectory(dir) }
    for name in ["inline-codes.tmx", "omegat-level2.tmx", "region-case.tmx", "translate-toolkit.tmx"] {
      let (header, units) = try readAll(try fixture(name))
      let path = dir + "/" + name
      let report = try write(units, to: path, header: header)
      #expect(report.unitsWritten == units.count, "\(name)")
      let (header2, units2) = try readAll(path)
      #expect(header2 == header, "\(name)")
      #expect(units2 == units, "\(name)")
      if let lint = try xmllint(path) {
        #expect(lint.status == 0, "\(name): \(lint.output)")
      }
    }
  }
}
