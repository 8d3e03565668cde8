import Foundation
import Testing

/// `thaitm terms` and `thaitm segment`, end to end on the seed article.
struct TermsSegmentTests {
  static func fixturePath(_ name: String) throws -> String {
    try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")).path
  }

  @Test func termsJSONGivesScalarOffsetsInTheSentence() throws {
    let result = try runThaiTM([
      "terms", try Self.fixturePath("terms-putin-kim.th.txt"), "-g", try Self.fixturePath("terms-names.tsv"),
      "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let root = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let sentences = try #require(root["sentences"] as? [[String: Any]])
    var found: [String] = []
    for sentence in sentences {
      let text = try #require(sentence["text"] as? String)
      let scalars = Array(text.unicodeScalars)
      for term in sentence["terms"] as? [[String: Any]] ?? [] {
        let start = try #require(term["start"] as? Int)
        let end = try #require(term["end"] as? Int)
        let spelled = String(String.UnicodeScalarView(scalars[start..<end]))
        #expect(spelled == term["text"] as? String)
        found.append("\(spelled)=\(term["english"] as? String ?? "?")")
      }
    }
    #expect(found.contains("คิม จองอึน=Kim Jong Un"))
    #expect(found.contains("วลาดิมีร์ ปูติน=Vladimir Putin"))
    #expect(found.filter { $0 == "คูร์สก์=Kursk" }.count == 2)
    #expect(found.count == 52)  // as ThaiTermMatcherTests counts, line by line
    // The headline's sentence offsets are counted in the metadata line.
    let first = try #require(sentences.first)
    #expect(first["line"] as? Int == 1)
    #expect(first["start"] as? Int == 17)
  }

  @Test func termsTextListsEnglishBesideEachSentence() throws {
    let result = try runThaiTM([
      "terms", try Self.fixturePath("terms-putin-kim.th.txt"), "-g", try Self.fixturePath("terms-names.tsv"),
    ])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("1\tปูตินถกผู้นำคิม ตอกย้ำเป็นพันธมิตร สู้ศึกยูเครน\n\t\tปูติน → Putin [person]\n"))
    #expect(result.stdout.contains("\n\t\tคิม จองอึน → Kim Jong Un [person]\n"))
  }

  @Test func segmentWordsUsesTheGlossaryWords() throws {
    let path = try Self.fixturePath("terms-putin-kim.th.txt")
    let glossary = try Self.fixturePath("terms-names.tsv")
    let result = try runThaiTM(["segment", path, "--words", "-g", glossary])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 7)
    #expect(lines[1].hasPrefix("สื่อ|ของ|รัฐ|เกาหลีเหนือ|และ|รัสเซีย|"))
    #expect(lines[1].contains("นาย|คิม จองอึน ผู้นำ"))
    #expect(lines[2].contains("|ภูมิภาค|คูร์สก์ ซึ่ง|"))
    // Removing the separators gives the text back.
    #expect(String(lines[1]).replacingOccurrences(of: "|", with: "") == (try String(contentsOfFile: path, encoding: .utf8)).split(separator: "\n")[1])
    let plain = try runThaiTM(["segment", path, "--words", "--no-glossary", "--one-per-line"])
    #expect(plain.stdout.split(separator: "\n").contains("อึน"))
  }

  @Test func segmentSentencesKeepTermsWhole() throws {
    let result = try runThaiTM(["segment", "-", "--threshold", "0", "-g", try Self.fixturePath("terms-names.tsv")],
                               stdin: "ว่า นายคิม จองอึน ผู้นำสูงสุด\n")
    #expect(result.stdout == "ว่า\nนายคิม จองอึน\nผู้นำสูงสุด\n")
  }

  @Test func unreadableInputExitsTwoWithPathAndLine() throws {
    let missing = try runThaiTM(["terms", "/nonexistent/x.th.txt", "-g", try Self.fixturePath("terms-names.tsv")])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("/nonexistent/x.th.txt: "))
    let bad = NSTemporaryDirectory() + "thaitm-bad-\(UUID().uuidString).txt"
    defer { try? FileManager.default.removeItem(atPath: bad) }
    try Data([0xE0, 0xB8, 0x81, 0x0A, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: bad))
    let invalid = try runThaiTM(["segment", bad, "-g", try Self.fixturePath("terms-names.tsv")])
    #expect(invalid.status == 2)
    #expect(invalid.stderr.contains("\(bad):2: invalid UTF-8"))
  }
}

extension TermsSegmentTests {
  /// Without --threshold the paragraphs split where SentenceCandidates finds likely sentence ends.
  @Test func segmentSplitsAtLikelySentenceEnds() throws {
    let path = try Self.fixturePath("terms-putin-kim.th.txt")
    let result = try runThaiTM(["segment", path, "-g", try Self.fixturePath("terms-names.tsv")])
    #expect(result.status == 0)
    let paragraphs = result.stdout.components(separatedBy: "\n\n")
    #expect(paragraphs.count == 7)
    // The last paragraph: "... กับยูเครน | นอกจากนี้ | คิมยังตกลง..." (three candidates).
    #expect(paragraphs[6].split(separator: "\n").count == 3)
    #expect(paragraphs[6].split(separator: "\n")[1] == "นอกจากนี้")
  }
}
