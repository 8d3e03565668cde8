import Foundation
import Testing

/// `thaitm extend` end to end: byte-identical appends, --in-place with .bak, killed runs.
struct ExtendCommandTests {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  func scratch() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("extend-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// The seed pairs (th<TAB>en) and the shipped names glossary without อลาสกา, คูร์สก์, เครมลิน,
  /// written with CRLF line ends and no final newline to make byte-identity a real check.
  func prepare(in dir: URL) throws -> (pairs: String, glossary: String, original: Data) {
    let seed = try String(contentsOf: root.appendingPathComponent("examples/putin-kim-2025-08-13.tsv"), encoding: .utf8)
    let pairs = dir.appendingPathComponent("seed.tsv").path
    try seed.write(toFile: pairs, atomically: true, encoding: .utf8)
    let names = try String(contentsOf: root.appendingPathComponent("glossaries/names.tsv"), encoding: .utf8)
    let kept = names.split(separator: "\n").filter { line in
      !["อลาสกา", "คูร์สก์", "เครมลิน"].contains { line.contains($0) }
    }
    let glossary = dir.appendingPathComponent("names.tsv").path
    let original = Data(kept.joined(separator: "\r\n").utf8)
    try original.write(to: URL(fileURLWithPath: glossary))
    return (pairs, glossary, original)
  }

  @Test func appendsCandidatesAndKeepsEveryByte() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (pairs, glossary, original) = try prepare(in: dir)
    let out = dir.appendingPathComponent("out.tsv").path
    let result = try runThaiTM(["extend", pairs, "-g", glossary, "-o", out])
    #expect(result.status == 0, "\(result.stderr)")
    let written = try Data(contentsOf: URL(fileURLWithPath: out))
    #expect(written.starts(with: original))
    let added = String(decoding: written.dropFirst(original.count), as: UTF8.self)
    #expect(added.hasPrefix("\r\n"))
    #expect(added.contains("คูร์สก์\tKursk\tcandidate; score="))
    #expect(added.contains("อลาสกา\tAlaska\tcandidate; score="))
    #expect(added.contains("เครมลิน\tKremlin\tcandidate; score="))
    #expect(!added.contains("\n\n") && !added.contains("\r\n\r\n"))
  }

  @Test func jsonListsCandidatesBestFirst() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (pairs, glossary, _) = try prepare(in: dir)
    let result = try runThaiTM(["extend", pairs, "-g", glossary, "--format", "json"])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let candidates = try #require(object?["candidates"] as? [[String: Any]])
    let english = candidates.compactMap { $0["en"] as? String }
    #expect(Set(english.prefix(3)) == ["Kursk", "Alaska", "Kremlin"])
    let scores = candidates.compactMap { $0["score"] as? Double }
    #expect(scores == scores.sorted(by: >))
    #expect(candidates.first { $0["en"] as? String == "Kursk" }?["tus"] as? [Int] == [3, 11])
    #expect(candidates.first { $0["en"] as? String == "Kursk" }?["romanization"] as? String == "khut")
  }

  @Test func inPlaceKeepsABackup() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (pairs, glossary, original) = try prepare(in: dir)
    let result = try runThaiTM(["extend", pairs, "-g", glossary, "--in-place"])
    #expect(result.status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: glossary + ".bak")) == original)
    let updated = try Data(contentsOf: URL(fileURLWithPath: glossary))
    #expect(updated.starts(with: original) && updated.count > original.count)
  }

  /// SIGKILL while the miner is still reading a large input: the glossary is untouched.
  @Test func killedInPlaceRunLeavesTheOldFile() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (pairs, glossary, original) = try prepare(in: dir)
    let seed = try String(contentsOfFile: pairs, encoding: .utf8)
    let big = dir.appendingPathComponent("big.tsv").path
    try String(repeating: seed, count: 1000).write(toFile: big, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent("thaitm")
    process.arguments = ["extend", big, "-g", glossary, "--in-place"]
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: 1.5)
    let wasRunning = process.isRunning
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(wasRunning, "the run finished before it could be killed: make the input larger")
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(try Data(contentsOf: URL(fileURLWithPath: glossary)) == original)
  }

  @Test func tbxGetsAdmittedCandidatesBeforeBodyEnd() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (pairs, _, _) = try prepare(in: dir)
    let tbx = """
      <?xml version="1.0" encoding="UTF-8"?>
      <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
        <tbxHeader><fileDesc><sourceDesc><p>Names &amp; places</p></sourceDesc></fileDesc></tbxHeader>
        <text>
          <body>
            <conceptEntry id="c1">
              <langSec xml:lang="th"><termSec><term>ปูติน</term></termSec></langSec>
              <langSec xml:lang="en"><termSec><term>Putin</term></termSec></langSec>
            </conceptEntry>
          </body>
        </text>
      </tbx>

      """
    let path = dir.appendingPathComponent("names.tbx").path
    try tbx.write(toFile: path, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("out.tbx").path
    let result = try runThaiTM(["extend", pairs, "-g", path, "-o", out])
    #expect(result.status == 0, "\(result.stderr)")
    let written = try String(contentsOfFile: out, encoding: .utf8)
    let oldLines = tbx.split(separator: "\n", omittingEmptySubsequences: false)
    let newLines = written.split(separator: "\n", omittingEmptySubsequences: false)
    // Every old line is still there, in order, unchanged; new ones only before </body>.
    let bodyEnd = try #require(oldLines.firstIndex { $0.contains("</body>") })
    #expect(Array(newLines.prefix(bodyEnd)) == Array(oldLines.prefix(bodyEnd)))
    #expect(Array(newLines.suffix(oldLines.count - bodyEnd)) == Array(oldLines.suffix(oldLines.count - bodyEnd)))
    let added = newLines.dropFirst(bodyEnd).dropLast(oldLines.count - bodyEnd).joined(separator: "\n")
    #expect(added.contains("<term>คูร์สก์</term>") && added.contains("<term>Kursk</term>"))
    #expect(added.contains("admitted"))
    #expect(added.contains("score="))
  }

  @Test func romanizePrintsRTGS() throws {
    let result = try runThaiTM(["romanize", "คูร์สก์", "ประเทศไทย"])
    #expect(result.status == 0)
    #expect(result.stdout == "khut\nprathetthai\n")
  }

  @Test func badInputReportsTheLine() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let bad = dir.appendingPathComponent("bad.tsv").path
    try "ปูติน\tPutin\nno tab here\n".write(toFile: bad, atomically: true, encoding: .utf8)
    let result = try runThaiTM(["extend", bad, "--format", "json"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("bad.tsv:2:"))
  }
}
