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

  @Test func termsOnManyParagraphsKeepsTheirOrder() throws {
    // Enough paragraphs for several chunks on several tasks: the output must be each copy's
    // output in turn, as if the paragraphs were matched one after another.
    let lines = try String(contentsOfFile: try Self.fixturePath("terms-putin-kim.th.txt"), encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).dropFirst().filter { !$0.isEmpty }
    let one = lines.joined(separator: "\n") + "\n"
    let copies = 12
    let glossary = try Self.fixturePath("terms-names.tsv")
    let single = try runThaiTM(["terms", "-", "-g", glossary], stdin: one)
    let many = try runThaiTM(["terms", "-", "-g", glossary], stdin: String(repeating: one, count: copies))
    #expect(single.status == 0 && many.status == 0, "\(many.stderr)")
    #expect(lines.count * copies > 64)
    var expected = ""
    for copy in 0..<copies {
      for row in single.stdout.split(separator: "\n") {
        if let tab = row.firstIndex(of: "\t"), tab != row.startIndex, let line = Int(row[..<tab]) {
          expected += "\(line + copy * lines.count)" + row[tab...] + "\n"
        } else {
          expected += row + "\n"
        }
      }
    }
    #expect(single.stdout.contains("คิม จองอึน → Kim Jong Un"))
    #expect(many.stdout == expected)
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

  /// A blank input (a BOM and CRLF line ends only) is warned about, naming the file, for both
  /// commands; a real paragraph gets no such warning.
  @Test func blankInputIsWarnedAboutNotPassedSilently() throws {
    let blank = NSTemporaryDirectory() + "thaitm-blank-\(UUID().uuidString).txt"
    defer { try? FileManager.default.removeItem(atPath: blank) }
    try Data([0xEF, 0xBB, 0xBF, 0x0D, 0x0A, 0x20, 0x0D, 0x0A]).write(to: URL(fileURLWithPath: blank))
    let glossary = try Self.fixturePath("terms-names.tsv")
    let terms = try runThaiTM(["terms", blank, "-g", glossary])
    #expect(terms.status == 0 && terms.stdout.isEmpty)
    #expect(terms.stderr.contains("warning: \(blank): no text to look terms up in"))
    let segment = try runThaiTM(["segment", blank, "-g", glossary])
    #expect(segment.status == 0 && segment.stdout.isEmpty)
    #expect(segment.stderr.contains("warning: \(blank): no text to segment"))
    let text = NSTemporaryDirectory() + "thaitm-text-\(UUID().uuidString).txt"
    defer { try? FileManager.default.removeItem(atPath: text) }
    try "ปูตินพบคิม จองอึน\n".write(toFile: text, atomically: true, encoding: .utf8)
    let real = try runThaiTM(["segment", text, "-g", glossary])
    #expect(real.status == 0 && !real.stdout.isEmpty && !real.stderr.contains("no text"))
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
    // The last paragraph: "... กับยูเครน | นอกจากนี้ คิมยังตกลง..." (two candidates): the
    // sentence adverb นอกจากนี้ ("besides") opens the second sentence, as in the seed's gold pairs.
    let last = paragraphs[6].split(separator: "\n")
    #expect(last.count == 2)
    #expect(last.count == 2 && last[1].hasPrefix("นอกจากนี้ คิมยังตกลง"))
  }
}
