import Foundation
import Testing

/// End-to-end tests of `thaitm convert` (spawning the built binary).
struct ConvertTests {
  let seed = seedTSVPath

  func temporaryDirectory() throws -> String { try makeScratchDirectory("convert") }

  @Test func tsvToTMXToJSONLToTMXToTSVGivesTheSeedBack() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let steps = [(seed, "a.tmx"), ("a.tmx", "b.jsonl"), ("b.jsonl", "c.tmx"), ("c.tmx", "d.tsv")]
    for (input, output) in steps {
      let inPath = input.hasPrefix("/") ? input : dir + "/" + input
      let result = try runThaiTM(["convert", inPath, dir + "/" + output])
      #expect(result.status == 0, "\(input) → \(output): \(result.stderr)")
      #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
    let original = try String(contentsOfFile: seed, encoding: .utf8)
    #expect(try String(contentsOfFile: dir + "/d.tsv", encoding: .utf8) == original)
    let tmx = try String(contentsOfFile: dir + "/a.tmx", encoding: .utf8)
    #expect(tmx.contains("<tuv xml:lang=\"th\"><seg>ปูตินถกผู้นำคิม ตอกย้ำเป็นพันธมิตร สู้ศึกยูเครน</seg></tuv>"))
    #expect(tmx.components(separatedBy: "<tu ").count - 1 == 12)
    let jsonl = try String(contentsOfFile: dir + "/b.jsonl", encoding: .utf8)
    #expect(jsonl.hasPrefix("{\"th\":\"ปูตินถกผู้นำคิม ตอกย้ำเป็นพันธมิตร สู้ศึกยูเครน\",\"en\":\"Putin holds talks"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["a.tmx", "b.jsonl", "c.tmx", "d.tsv"])
  }

  @Test func badTSVLineExitsTwoWithPathAndLine() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let input = dir + "/bad.tsv"
    try "ปูติน\tPutin\nคิม จองอึน\n".write(toFile: input, atomically: true, encoding: .utf8)
    let result = try runThaiTM(["convert", input, dir + "/out.tmx"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(input):2: expected 2 or 3 tab-separated fields"), "\(result.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["bad.tsv"])
  }

  @Test func badJSONLAndMalformedTMXExitTwoWithPathAndLine() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "{\"th\":\"ปูติน\",\"en\":\"Putin\"}\n{\"th\":\"คิม\",\"en\":}\n".write(
      toFile: dir + "/bad.jsonl", atomically: true, encoding: .utf8)
    let json = try runThaiTM(["convert", dir + "/bad.jsonl", dir + "/out.tmx"])
    #expect(json.status == 2)
    #expect(json.stderr.contains("bad.jsonl:2: column 18: expected a value"), "\(json.stderr)")
    try "<tmx version=\"1.4\"><header srclang=\"th\"/><body>\n<tu><tuv xml:lang=\"th\"><seg>a &nbsp; b</seg></tuv></tu>\n</body></tmx>\n"
      .write(toFile: dir + "/bad.tmx", atomically: true, encoding: .utf8)
    let tmx = try runThaiTM(["convert", dir + "/bad.tmx", dir + "/out.tsv"])
    #expect(tmx.status == 2)
    #expect(tmx.stderr.contains("bad.tmx:2: Entity 'nbsp' not defined"), "\(tmx.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["bad.jsonl", "bad.tmx"])
  }

  @Test func stdinToStdoutWithWarningsCounted() throws {
    let input = "ปูติน\u{1}\tPutin\u{C}\tnote\n\tempty Thai\nคิม\tKim\n"
    let result = try runThaiTM(["convert", "-", "-", "--from", "tsv", "--to", "tmx"], stdin: input)
    #expect(result.status == 0)
    #expect(result.stdout.contains("<seg>ปูติน\u{FFFD}</seg>"))
    #expect(result.stdout.contains("<note>note</note>"))
    #expect(result.stdout.contains("<seg>Kim</seg>"))
    let warnings = result.stderr.split(separator: "\n")
    #expect(warnings.count == 2, "\(result.stderr)")
    #expect(result.stderr.contains("replaced 2 character(s) not allowed in XML 1.0 with U+FFFD"))
    #expect(result.stderr.contains("skipped 1 unit(s) with an empty or missing side (<stdin>:2)"))
    let back = try runThaiTM(["convert", "-", "-", "--from", "tmx", "--to", "jsonl"], stdin: result.stdout)
    #expect(back.status == 0)
    #expect(back.stdout == "{\"th\":\"ปูติน\u{FFFD}\",\"en\":\"Putin\u{FFFD}\",\"note\":\"note\",\"tuid\":\"1\"}\n{\"th\":\"คิม\",\"en\":\"Kim\",\"tuid\":\"2\"}\n")
  }

  @Test func tsvWithBOMCRLFLoneCRAndInvalidUTF8() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let input = dir + "/in.tsv"
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    bytes += Array("ปูติน\tPutin\r\nคิม\tKim\rทรัมป์\tTrump\n\r\nอลาสกา\tAlaska".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: input))
    let result = try runThaiTM(["convert", input, "-", "--to", "jsonl"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.split(separator: "\n").map { $0.components(separatedBy: "\"en\":\"")[1].prefix(while: { $0 != "\"" }) }
        == ["Putin", "Kim", "Trump", "Alaska"])
    try Data(Array("ปูติน\tPutin\n".utf8) + [0x41, 0x09, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: input))
    let bad = try runThaiTM(["convert", input, dir + "/out.tmx"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("in.tsv:2: invalid UTF-8"), "\(bad.stderr)")
  }

  @Test func tmxUnitsWithoutBothLanguagesAreSkippedWithAWarning() throws {
    let tmx = """
      <tmx version="1.4"><header srclang="th-TH"/><body>
      <tu><tuv xml:lang="th-TH"><seg>ปูติน</seg></tuv><tuv xml:lang="EN-US"><seg>Putin</seg></tuv></tu>
      <tu tuid="x"><tuv xml:lang="th-TH"><seg>คิม</seg></tuv><tuv xml:lang="ru"><seg>Ким</seg></tuv></tu>
      <tu><tuv xml:lang="th-TH"><seg>ทรัมป์</seg></tuv></tu>
      </body></tmx>
      """
    let result = try runThaiTM(["convert", "-", "-", "--from", "tmx", "--to", "tsv"], stdin: tmx)
    #expect(result.status == 0)
    #expect(result.stdout == "ปูติน\tPutin\n")
    #expect(result.stderr.contains("skipped 2 unit(s) with an empty or missing side (tuid x, unit #3)"), "\(result.stderr)")
  }

  @Test func stdinNeedsFromAndLanguagesAreOptions() throws {
    let usage = try runThaiTM(["convert", "-", "-"], stdin: "")
    #expect(usage.status == 64)
    let result = try runThaiTM(
      ["convert", "-", "-", "--from", "jsonl", "--to", "tmx", "--source-lang", "th-TH", "--target-lang", "en-US"],
      stdin: "{\"th\":\"ปูติน\",\"en\":\"Putin\",\"tuid\":\"p1\",\"note\":\"name\"}\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("srclang=\"th-TH\""))
    #expect(result.stdout.contains("<tu tuid=\"p1\""))
    #expect(result.stdout.contains("<tuv xml:lang=\"en-US\"><seg>Putin</seg></tuv>"))
  }
}
