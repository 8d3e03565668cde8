import Foundation
import Glossary
import Testing
import ThaiText

/// The shipped glossary against NTREX dev (Thai and English documents aligned line by line): a
/// Thai term found in a Thai line should mostly have one of its English renderings in the
/// aligned English line. Set THAITM_NTREX_REPORT=1 to print every miss.
struct NTREXAgreementTests {
  static let directory = repositoryRoot() + "/../shared/data/ntrex-dev"

  @Test(.enabled(if: FileManager.default.fileExists(atPath: directory + "/doc.th.txt")))
  func shippedTermsMostlyCooccurWithTheirEnglish() throws {
    let thai = try TextFile.lines(path: Self.directory + "/doc.th.txt")
    let english = try TextFile.lines(path: Self.directory + "/doc.en.txt")
    #expect(thai.count == english.count)
    let glossary = try Glossary.load(paths: try ShippedGlossaryTests.shippedPaths())
    let thaiMatcher = try ThaiTermMatcher(glossary: glossary)
    let englishMatcher = EnglishTermMatcher(glossary: glossary, loose: true)
    var occurrences = 0
    var agreeing = 0
    var terms = Set<String>()
    var misses: [String] = []
    var reverseMisses: [String] = []
    for (number, (th, en)) in zip(thai, english).enumerated() {
      let thaiConcepts = Set(thaiMatcher.matches(in: th).map(\.concept))
      for match in englishMatcher.matches(in: en) where !thaiConcepts.contains(match.concept) {
        reverseMisses.append("line \(number + 1): \(en[match.range]) ← \(glossary.concepts[match.concept].thai.map(\.text).joined(separator: " | "))")
      }
      let englishConcepts = Set(englishMatcher.matches(in: en).filter {
        glossary.concepts[$0.concept].english[$0.term].status != .forbidden
      }.map(\.concept))
      var seen = Set<Int>()
      for match in thaiMatcher.matches(in: th) where seen.insert(match.concept).inserted {
        occurrences += 1
        let concept = glossary.concepts[match.concept]
        terms.insert(concept.thai[match.term].text)
        // Renderings are per concept; a concept whose Thai spellings are shared with another
        // (same text) counts as agreeing when either has its English there.
        let sameThai = glossary.concepts.indices.filter { glossary.concepts[$0].thai.contains { $0.text == String(th[match.range]) } }
        if sameThai.contains(where: englishConcepts.contains) {
          agreeing += 1
        } else {
          misses.append("line \(number + 1): \(th[match.range]) → \(concept.allowedEnglish.map(\.text).joined(separator: " | "))")
        }
      }
    }
    let rate = occurrences == 0 ? 0 : Double(agreeing) / Double(occurrences)
    print("NTREX dev: \(terms.count) distinct Thai terms, \(occurrences) (line, concept) occurrences, \(agreeing) with their English in the aligned line (\(Int(rate * 1000) / 10)%)")
    if ProcessInfo.processInfo.environment["THAITM_NTREX_REPORT"] != nil {
      print(misses.joined(separator: "\n"))
      print("English renderings without their Thai in the aligned line:")
      print(reverseMisses.joined(separator: "\n"))
    }
    #expect(terms.count >= 50)
    #expect(rate >= 0.8)
  }
}
