import Foundation
import Glossary
import Testing
import ThaiText

/// The seed glossary and article, loaded once.
enum Seed {
  static let glossary: Glossary = try! Glossary.load(path: try! fixture("names.tsv"))
  static let matcher: ThaiTermMatcher = try! ThaiTermMatcher(glossary: glossary)
  static let lines: [String] = try! TextFile.lines(path: try! fixture("putin-kim-2025-08-13.th.txt"))

  /// Every hit of the seed article, line by line: "term@scalarOffset".
  static let expected: [[String]] = [
    ["ปูติน@17", "คิม@29", "ยูเครน@58"],
    [
      "เกาหลีเหนือ@10", "รัสเซีย@24", "คิม จองอึน@67", "เกาหลีเหนือ@89", "วลาดิมีร์ ปูติน@116",
      "รัสเซีย@136", "ยูเครน@241", "ปูติน@255", "โดนัลด์ ทรัมป์@286", "สหรัฐอเมริกา@304", "อลาสกา@319",
    ],
    [
      "สำนักข่าวกลางเกาหลี@0", "เกาหลีเหนือ@30", "ปูติน@78", "เกาหลีเหนือ@151", "รัสเซีย@204",
      "ยูเครน@236", "คูร์สก์@251", "รัสเซีย@286",
    ],
    ["รัสเซีย@22", "เครมลิน@50", "ปูติน@61", "ทรัมป์@102", "คิม@144", "ทรัมป์@184", "ปูติน@193"],
    ["คิม@13", "ปูติน@25", "เกาหลีเหนือ@34", "รัสเซีย@73"],
    [
      "รัสเซีย@10", "ยูเครน@20", "คิม@32", "รัสเซีย@53", "สหรัฐ@187", "เกาหลีเหนือ@199", "สหรัฐ@233",
      "เกาหลีใต้@241", "เกาหลีเหนือ@327", "คิม@390", "ทรัมป์@396",
    ],
    [
      "เกาหลีใต้@16", "เกาหลีเหนือ@26", "รัสเซีย@52", "ปูติน@210", "ยูเครน@218", "คิม@235",
      "คูร์สก์@317", "เกาหลีใต้@342",
    ],
  ]

  /// "glossary term@offset" for each hit (the term as the glossary writes it).
  static func describe(_ hits: [TermOccurrence]) -> [String] {
    hits.map { "\(glossary.concepts[$0.match.concept].thai[$0.match.term].text)@\($0.scalarRange.lowerBound)" }
  }
}

struct ThaiTermMatcherTests {
  @Test func seedArticleEveryNameAtItsOffset() {
    #expect(Seed.lines.count == 7)
    for (line, expected) in zip(Seed.lines, Seed.expected) {
      let hits = Seed.matcher.occurrences(in: line)
      #expect(Seed.describe(hits) == expected)
      for hit in hits {
        // The original range spells the term, and the scalar range is the same span.
        let term = Seed.glossary.concepts[hit.match.concept].thai[hit.match.term].text
        #expect(String(line[hit.match.range]) == term)
        let scalars = Array(line.unicodeScalars)[hit.scalarRange]
        #expect(String(String.UnicodeScalarView(scalars)) == term)
      }
    }
  }

  @Test func longestTermWins() {
    let hits = Seed.matcher.matches(in: "นายคิม จองอึน ผู้นำสูงสุดเกาหลีเหนือ และสหรัฐอเมริกา")
    let terms = hits.map { Seed.glossary.concepts[$0.concept].thai[$0.term].text }
    #expect(terms == ["คิม จองอึน", "เกาหลีเหนือ", "สหรัฐอเมริกา"])
  }

  @Test(arguments: [
    "คิมหันต์",  // คิม inside a word
    "ฤดูคิมหันต์",
    "การรัสเซียน",  // not a word break after รัสเซีย... (a longer non-glossary word)
    "ปูติ",
  ])
  func noHitInsideWords(text: String) {
    #expect(Seed.matcher.matches(in: text).isEmpty, "\(text)")
  }

  @Test(arguments: [
    "คิม จองอึน", "คิมจองอึน", "คิม  จองอึน", "คิม จอง-อึน", "คิม\u{200B}จองอึน", "คิม\u{A0}จองอึน",
    "นายคิม จองอึนกล่าว",
  ])
  func spacesInsideTermsAreFlexible(text: String) throws {
    let hits = Seed.matcher.matches(in: text)
    let hit = try #require(hits.first)
    #expect(hits.count == 1)
    #expect(Seed.glossary.concepts[hit.concept].english.first?.text == "Kim Jong Un")
    #expect(String(text[hit.range]).hasPrefix("คิม"))
    #expect(String(text[hit.range]).hasSuffix("อึน"))
  }

  /// Titles and particles glued to names: the names are found, the glue is not part of them.
  @Test(arguments: [
    ("ประธานาธิบดีวลาดิมีร์ ปูติน แห่งรัสเซีย", ["วลาดิมีร์ ปูติน", "รัสเซีย"]),
    ("นายคิม จองอึน ผู้นำสูงสุด", ["คิม จองอึน"]),
    ("ก่อนที่ปูตินจะมีกำหนด", ["ปูติน"]),
    ("คิมได้บอกกับปูตินว่า", ["คิม", "ปูติน"]),
    ("ทำเนียบเครมลินว่า", ["เครมลิน"]),
  ])
  func namesGluedToThaiWords(text: String, expected: [String]) {
    let hits = Seed.matcher.matches(in: text)
    #expect(hits.map { Seed.glossary.concepts[$0.concept].thai[$0.term].text } == expected)
    #expect(hits.map { String(text[$0.range]) } == expected)
  }

  @Test func spaceIsNotSkippedWhereTheTermHasNone() {
    // "คิม ได้" is คิม then another word: never one term across a sentence space.
    let terms = Seed.matcher.matches(in: "ปูติน คิม ได้").map { Seed.glossary.concepts[$0.concept].thai[$0.term].text }
    #expect(terms == ["ปูติน", "คิม"])
  }

  /// The article with ZWSPs between words, `เเ` for `แ` and SARA AM decomposed finds the same
  /// names, at ranges of the modified text.
  @Test func seedArticleWithInvisibleVariants() {
    for (line, expected) in zip(Seed.lines, Seed.expected) {
      let modified = line
        .replacingOccurrences(of: "แ", with: "เเ")
        .replacingOccurrences(of: "ำ", with: "\u{E4D}\u{E32}")
        .replacingOccurrences(of: "ปูติน", with: "ปู\u{200B}ติน")
        .replacingOccurrences(of: "เกาหลี", with: "\u{200B}เกาหลี\u{FEFF}")
        .replacingOccurrences(of: " ", with: " \u{200B}")
      let hits = Seed.matcher.occurrences(in: modified)
      #expect(hits.map { Seed.glossary.concepts[$0.match.concept].thai[$0.match.term].text }
        == expected.map { String($0.split(separator: "@")[0]) })
      for hit in hits {
        let found = NormalizedText.normalize(String(modified[hit.match.range]))
        let term = Seed.glossary.concepts[hit.match.concept].thai[hit.match.term].text
        #expect(found.replacingOccurrences(of: " ", with: "") == term.replacingOccurrences(of: " ", with: ""))
        #expect(modified.unicodeScalars.first.map { _ in hit.scalarRange.count } == modified[hit.match.range].unicodeScalars.count)
      }
    }
  }

  @Test func forbiddenTermsAreMatchedToo() throws {
    let glossary = Glossary(concepts: [
      Concept(thai: [Term("เปียงยาง"), Term("เปียงยัง", status: .forbidden)], english: [Term("Pyongyang")])
    ])
    let matcher = try ThaiTermMatcher(glossary: glossary)
    let hits = matcher.matches(in: "กรุงเปียงยัง และเปียงยาง")
    #expect(hits.map(\.term) == [1, 0])
  }

  @Test func thaiDigitsMatchASCIIDigits() throws {
    let glossary = Glossary(concepts: [Concept(thai: [Term("จี20")], english: [Term("G20")])])
    let matcher = try ThaiTermMatcher(glossary: glossary)
    #expect(matcher.matches(in: "การประชุมจี๒๐ ที่บาหลี").count == 1)
    #expect(matcher.matches(in: "การประชุมจี200").isEmpty)
  }

  @Test func tenThousandConceptsBuild() throws {
    var concepts: [Concept] = []
    try TextFile.forEachLine(path: fixture("names-dev-10k.tsv")) { number, line in
      let fields = line.split(separator: "\t")
      guard number > 1, fields.count == 2 else { return }
      concepts.append(Concept(
        thai: [Term(String(fields[0]))],
        english: fields[1].split(separator: "|").map { Term(String($0)) }))
    }
    #expect(concepts.count >= 10_000)
    let glossary = Glossary(concepts: concepts)
    let matcher = try ThaiTermMatcher(glossary: glossary)
    #expect(matcher.wordBreaker.addedWordCount > 5_000)
    let hits = matcher.matches(in: "เดินทางไปกรุงวอร์ซอ เมื่อวานนี้")
    #expect(hits.map { concepts[$0.concept].thai[$0.term].text } == ["กรุงวอร์ซอ"])
    let english = EnglishTermMatcher(glossary: glossary)
    #expect(english.matches(in: "He flew to Warsaw.").count == 1)
  }
}

func fixture(_ name: String) throws -> String {
  try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")).path
}
