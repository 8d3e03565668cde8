import Foundation
import Glossary
import Testing

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
