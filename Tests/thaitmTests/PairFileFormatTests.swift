import Foundation
import Testing

/// `check`, `extend` and `convert` tell a file of pairs the same way: by its extension, else by
/// its first bytes (CAT tools export TMX as `.xml`, and files get renamed).
struct PairFileFormatTests {
  let seed = seedTSVPath

  func temporaryDirectory() throws -> String { try makeScratchDirectory("pairformat") }

  @Test func aTMXNamedXMLOrWithNoKnownExtensionIsReadAsTMXByEveryCommand() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(try runThaiTM(["convert", seed, dir + "/seed.tmx"]).status == 0)
    let tmx = try Data(contentsOf: URL(fileURLWithPath: dir + "/seed.tmx"))
    for name in ["memory.xml", "memory.export"] {
      let path = dir + "/" + name
      try tmx.write(to: URL(fileURLWithPath: path))
      let check = try runThaiTM(["check", path, "--fail-on", "never"])
      #expect(check.status == 0, "\(name): \(check.stderr)")
      #expect(check.stdout.contains("checked 12 TUs"), "\(name): \(check.stdout)")
      let extend = try runThaiTM(["extend", path, "--format", "json", "-o", dir + "/candidates.json"])
      #expect(extend.status == 0 && extend.stderr.contains("from 12 units"), "\(name): \(extend.stderr)")
      let convert = try runThaiTM(["convert", path, dir + "/back.tsv"])
      #expect(convert.status == 0, "\(name): \(convert.stderr)")
      #expect(try String(contentsOfFile: dir + "/back.tsv", encoding: .utf8) == String(contentsOfFile: seed, encoding: .utf8))
    }
  }

  @Test func jsonlAndTSVWithAnUnknownExtensionAreToldByTheirFirstByte() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let jsonl = dir + "/pairs.data", tsv = dir + "/pairs.list"
    // A byte-order mark and a blank line before the first record do not hide it.
    try "\u{FEFF}\n{\"th\": \"ปูตินพบคิม จองอึน\", \"en\": \"Putin met Kim Jong Un.\"}\n".write(
      toFile: jsonl, atomically: true, encoding: .utf8)
    try "ปูตินพบคิม จองอึน\tPutin met Kim Jong Un.\n".write(toFile: tsv, atomically: true, encoding: .utf8)
    for path in [jsonl, tsv] {
      let check = try runThaiTM(["check", path, "--fail-on", "never"])
      #expect(check.status == 0 && check.stdout.contains("checked 1 TU"), "\(path): \(check.stdout) \(check.stderr)")
      let out = dir + "/out.tmx"
      #expect(try runThaiTM(["convert", path, out]).status == 0)
      #expect(try String(contentsOfFile: out, encoding: .utf8).contains("<seg>Putin met Kim Jong Un.</seg>"))
    }
  }

  @Test func anXMLFileThatIsNotTMXIsRefusedAsSuchNotAsABadTSVLine() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/export.xml"
    try "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file source-language=\"th\"/></xliff>\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    for command in [["extend", path, "--format", "json"], ["check", path], ["convert", path, dir + "/out.tsv"]] {
      let result = try runThaiTM(command)
      #expect(result.status == 2, "\(command[0]): \(result.stderr)")
      #expect(result.stderr.contains("\(path):2: not a TMX file: the root element is <xliff>, not <tmx>"), "\(command[0]): \(result.stderr)")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["export.xml"])
  }
}
