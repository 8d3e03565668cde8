import Foundation
import Testing

struct AlignCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `thaitm align` on the seed article: a TMX with 12 TUs, the metadata date, term marks, and
  /// a report; the Thai segments are the gold Thai sentences.
  @Test func alignsTheSeedArticle() throws {
    let examples = Self.root.appendingPathComponent("examples")
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("align-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let tmx = scratch.appendingPathComponent("seed.tmx").path
    let report = scratch.appendingPathComponent("seed.json").path
    let result = try runThaiTM([
      "align", examples.appendingPathComponent("putin-kim-2025-08-13.th.txt").path,
      examples.appendingPathComponent("putin-kim-2025-08-13.en.txt").path,
      "-g", Self.root.appendingPathComponent("glossaries/names.tsv").path,
      "-o", tmx, "--report", report, "--mark-terms", "hi",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(contentsOfFile: tmx, encoding: .utf8)
    #expect(text.components(separatedBy: "<tu ").count - 1 == 12)
    #expect(text.contains("creationdate=\"20250813T000000Z\""))
    #expect(text.contains("<prop type=\"x-date\">2025-08-13</prop>"))
    #expect(text.contains("<hi type=\"term\" x=\"1\">"))
    #expect(text.contains("<prop type=\"x-score\">"))
    // The headline is text (not the metadata line), with its terms marked.
    #expect(text.contains("ถกผู้นำ<hi type=\"term\" x=\"2\">คิม</hi> ตอกย้ำเป็นพันธมิตร สู้ศึก"))
    #expect(!text.contains(" date 2025"))
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any]
    let summary = json?["summary"] as? [String: Any]
    #expect(summary?["pairs"] as? Int == 12)
    #expect((json?["beads"] as? [Any])?.count == 12)
  }

  @Test func mismatchedDocumentLinesFail() throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("align-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let th = scratch.appendingPathComponent("a.th.txt")
    let en = scratch.appendingPathComponent("a.en.txt")
    try "ก ข\nค ง\n".write(to: th, atomically: true, encoding: .utf8)
    try "A b.\n".write(to: en, atomically: true, encoding: .utf8)
    let result = try runThaiTM(["align", "--documents-per-line", "--no-lexicon", th.path, en.path, "-o", "-"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("with --documents-per-line"))
  }

  /// A blank input is an error naming the file (exit 2, no TMX), not an empty TMX.
  @Test func blankInputFails() throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("align-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let th = scratch.appendingPathComponent("blank.th.txt")
    let en = scratch.appendingPathComponent("a.en.txt")
    let tmx = scratch.appendingPathComponent("out.tmx")
    try "\u{FEFF}\r\n  \r\n".write(to: th, atomically: true, encoding: .utf8)
    try "Putin met Kim Jong Un.\n".write(to: en, atomically: true, encoding: .utf8)
    let result = try runThaiTM(["align", "--no-lexicon", th.path, en.path, "-o", tmx.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("blank.th.txt:1: no text to align"))
    #expect(!FileManager.default.fileExists(atPath: tmx.path))
  }

  /// A control character in the input is reported at its line, and the TMX stays valid XML.
  @Test func controlCharacterIsReportedAtItsLine() throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("align-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let th = scratch.appendingPathComponent("c.th.txt")
    let en = scratch.appendingPathComponent("c.en.txt")
    try "ข่าวล่าสุด\nปูตินพบกับคิม จองอึน\u{01}ที่กรุงมอสโก\n".write(to: th, atomically: true, encoding: .utf8)
    try "Latest news\nPutin met Kim Jong Un in Moscow.\n".write(to: en, atomically: true, encoding: .utf8)
    let result = try runThaiTM(["align", "--no-lexicon", th.path, en.path, "-o", "-"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("c.th.txt:2: warning: control character U+0001"))
    #expect(result.stdout.contains("คิม จองอึน\u{FFFD}ที่กรุงมอสโก"))
    #expect(!result.stdout.unicodeScalars.contains { $0.value == 1 })
  }
}
