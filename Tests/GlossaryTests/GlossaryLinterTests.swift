import Foundation
import Glossary
import Testing
import ThaiText

struct GlossaryLinterTests {
  static func lint(_ names: [String], wordBreaks: Bool = true) throws -> [GlossaryIssue] {
    let documents = try names.map { try GlossaryDocument.load(path: try fixture($0)) }
    let terms = documents.flatMap { $0.glossary.concepts.flatMap { $0.thai.map(\.text) } }
    return GlossaryLinter(wordBreaker: wordBreaks ? try WordBreaker(adding: terms) : nil).lint(documents)
  }

  @Test func seededFaultsAtTheirLines() throws {
    let findings = try Self.lint(["faults.tsv"])
    let found = findings.map { "\($0.location.line) \($0.kind)" }
    let expected = [
      "3 duplicate", "5 conflict", "8 unnormalized", "9 unnormalized", "10 unnormalized",
      "11 unnormalized", "12 whitespace", "13 empty-field", "14 bad-keyword", "15 ambiguous-english",
      "16 bad-keyword", "17 unknown-variant", "18 unreachable",
    ]
    #expect(found == expected)
    #expect(findings.allSatisfy { $0.location.path.hasSuffix("faults.tsv") })
    let byLine = Dictionary(findings.map { ($0.location.line, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(byLine[5]?.severity == .error)
    #expect(byLine[5]?.message.contains("'Kim Jong Un'") == true)
    #expect(byLine[8]?.message.contains("U+0E4D U+0E32") == true)
    #expect(byLine[9]?.message.contains("เเ") == true)
    #expect(byLine[10]?.message.contains("U+200B") == true)
    #expect(byLine[11]?.message.contains("two spaces") == true)
    #expect(byLine[14]?.message.contains("did you mean 'place'") == true)
    #expect(byLine[16]?.message.contains("unknown status 'banned'") == true)
    #expect(byLine[18]?.severity == .warning)
    #expect(byLine[18]?.message.contains("its end is not a libthai word break") == true)
    #expect(byLine[3]?.description.hasSuffix(":3: duplicate: 'ปูติน' → 'Putin' already at line 2") == true)
  }

  @Test func variantsAreNotConflicts() {
    #expect(GlossaryLinterTests.conflictFree(["United States", "U.S."]))
    #expect(GlossaryLinterTests.conflictFree(["Kim Jong Un", "Kim Jong-un"]))
    #expect(GlossaryLinterTests.conflictFree(["Russia", "Russian"]))
    #expect(GlossaryLinterTests.conflictFree(["Ukraine", "Ukrainian"]))
    #expect(GlossaryLinterTests.conflictFree(["United Nations", "UN"]))
    #expect(GlossaryLinterTests.conflictFree(["Putin", "Vladimir Putin"]))
    #expect(!GlossaryLinterTests.conflictFree(["France", "French"]))
    #expect(!GlossaryLinterTests.conflictFree(["Kim Jong Un", "Kim Jong Il"]))
  }

  static func conflictFree(_ renderings: [String]) -> Bool {
    let glossary = Glossary(concepts: [
      Concept(thai: [Term("x", location: SourceLocation(path: "g.tsv", line: 1))],
              english: renderings.enumerated().map { Term($1, location: SourceLocation(path: "g.tsv", line: $0 + 1)) })
    ])
    var document = GlossaryDocument(newFileAt: "g.tsv", format: .tsv)
    for concept in glossary.concepts { document.append(concept) }
    return !GlossaryLinter().lint([document]).contains { $0.kind == "conflict" }
  }

  @Test func duplicatesAcrossFiles() throws {
    let findings = try Self.lint(["crlf-bom.tsv", "positional.csv"], wordBreaks: false)
    #expect(findings.map { "\($0.location.path.split(separator: "/").last!):\($0.location.line) \($0.kind)" } == ["positional.csv:1 duplicate"])
    #expect(findings.first?.message.contains("crlf-bom.tsv:1") == true)
  }

  @Test func tbxFaultsNameTheirLines() throws {
    let findings = try Self.lint(["faults.tbx"], wordBreaks: false)
    #expect(findings.map { "\($0.location.line) \($0.kind)" } == ["8 bad-keyword", "10 empty-field"])
  }

  @Test func cleanFilesHaveNoFindings() throws {
    #expect(try Self.lint(["omegat.tsv", "names.csv", "names.tbx", "v2.tbx"]).filter { $0.severity == .error }.isEmpty)
  }

  @Test func shippedGlossaryHasNoFindings() throws {
    let documents = try ShippedGlossaryTests.shippedPaths().map { try GlossaryDocument.load(path: $0) }
    let terms = documents.flatMap { $0.glossary.concepts.flatMap { $0.thai.map(\.text) } }
    let findings = GlossaryLinter(wordBreaker: try WordBreaker(adding: terms)).lint(documents)
    #expect(findings.isEmpty, "\(findings.prefix(10).map(\.description))")
  }
}

struct TextProblemsTests {
  @Test(arguments: [
    ("กลุ่มจี๒๐", [String]()),  // Thai digits are fine
    ("ปูติน", []),
    ("ส\u{0E4D}\u{0E32}นัก", ["SARA AM written as NIKHAHIT + SARA AA (U+0E4D U+0E32); write ำ (U+0E33)"]),
    ("น\u{0E4D}\u{0E49}\u{0E32}", ["SARA AM written as NIKHAHIT + SARA AA (U+0E4D U+0E32); write ำ (U+0E33)"]),
    ("น\u{0E49}\u{0E4D}\u{0E32}", ["SARA AM written as NIKHAHIT + SARA AA (U+0E4D U+0E32); write ำ (U+0E33)"]),
    ("เเคนาดา", ["SARA E twice (เเ); write SARA AE แ (U+0E41)"]),
    ("คิม\u{200B}จองอึน", ["zero-width character U+200B"]),
    ("คิม  จองอึน", ["two spaces in a row"]),
    ("ปูติน\u{0007}", ["control character U+0007 (XML and TMX cannot hold it)"]),
    ("เซเลนสกี\u{0085}", ["control character U+0085 (XML and TMX cannot hold it)"]),
  ])
  func thaiTextProblems(text: String, expected: [String]) {
    #expect(GlossaryLinter.textProblems(text, thai: true) == expected)
  }
}
