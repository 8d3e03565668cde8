import Foundation
import Glossary
import Testing
import ThaiText

struct ShippedGlossaryTests {
  static func shippedPaths() throws -> [String] {
    let directory = repositoryRoot() + "/glossaries"
    return try FileManager.default.contentsOfDirectory(atPath: directory)
      .filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".csv") || $0.hasSuffix(".tbx") }
      .sorted().map { directory + "/" + $0 }
  }

  @Test func shippedGlossaryLoadsWithoutIssues() throws {
    var total = 0
    for path in try Self.shippedPaths() {
      let document = try GlossaryDocument.load(path: path)
      #expect(document.issues.isEmpty, "\(document.issues.prefix(5))")
      total += document.glossary.concepts.count
    }
    #expect(total >= 600)
  }

  @Test func seedArticleNamesAreThere() throws {
    let glossary = try Glossary.load(paths: try Self.shippedPaths())
    var english: [String: [String]] = [:]
    for concept in glossary.concepts {
      for thai in concept.thai { english[thai.text, default: []] += concept.allowedEnglish.map(\.text) }
    }
    let expected = [
      "คิม จองอึน": "Kim Jong Un", "คิม": "Kim", "วลาดิมีร์ ปูติน": "Vladimir Putin", "ปูติน": "Putin",
      "โดนัลด์ ทรัมป์": "Donald Trump", "ทรัมป์": "Trump", "อลาสกา": "Alaska", "คูร์สก์": "Kursk",
      "เครมลิน": "Kremlin", "สำนักข่าวกลางเกาหลี": "KCNA", "TASS": "TASS", "เกาหลีเหนือ": "North Korea",
      "เกาหลีใต้": "South Korea", "รัสเซีย": "Russian", "ยูเครน": "Ukraine", "สหรัฐ": "U.S.",
      "สหรัฐอเมริกา": "United States", "กรุงเทพมหานคร": "Bangkok", "นครราชสีมา": "Nakhon Ratchasima",
      "สี จิ้นผิง": "Xi Jinping", "รอยเตอร์": "Reuters",
    ]
    for (thai, rendering) in expected {
      #expect(english[thai]?.contains(rendering) == true, "\(thai) → \(rendering)")
    }
  }
}

struct SeedArticleGlossaryTests {
  /// Every name of the seed article is found in its Thai text by the shipped glossary, and
  /// each concept found in a Thai paragraph has an allowed rendering in the English paragraph.
  @Test func seedArticleNamesFoundOnBothSides() throws {
    let root = repositoryRoot() + "/examples/putin-kim-2025-08-13"
    let thai = try TextFile.lines(path: root + ".th.txt").dropFirst()  // the metadata line
    let english = try TextFile.lines(path: root + ".en.txt").dropFirst()  // the headline
    #expect(thai.count == english.count)
    let glossary = try Glossary.load(paths: try ShippedGlossaryTests.shippedPaths())
    let thaiMatcher = try ThaiTermMatcher(glossary: glossary)
    let englishMatcher = EnglishTermMatcher(glossary: glossary)
    var found = Set<String>()
    for (th, en) in zip(thai, english) {
      let thaiHits = thaiMatcher.matches(in: th)
      found.formUnion(thaiHits.map { String(th[$0.range]) })
      let englishConcepts = Set(englishMatcher.matches(in: en).map(\.concept))
      for hit in thaiHits {
        #expect(englishConcepts.contains(hit.concept), "\(th[hit.range]) has no English in: \(en.prefix(60))…")
      }
    }
    let names = [
      "คิม จองอึน", "วลาดิมีร์ ปูติน", "ปูติน", "โดนัลด์ ทรัมป์", "ทรัมป์", "สหรัฐอเมริกา", "สหรัฐ",
      "อลาสกา", "สำนักข่าวกลางเกาหลี", "KCNA", "TASS", "ทำเนียบเครมลิน", "ภูมิภาคคูร์สก์",
      "เกาหลีเหนือ", "เกาหลีใต้", "รัสเซีย", "ยูเครน", "คิม",
    ]
    #expect(Set(names).subtracting(found).isEmpty, "missing: \(Set(names).subtracting(found))")
  }
}
