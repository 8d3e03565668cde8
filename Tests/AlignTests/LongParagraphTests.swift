import Align
import Foundation
import Testing

/// Long input without paragraph structure: the band must follow the translation, not the
/// straight length diagonal.
@Suite struct LongParagraphTests {
  /// The first 20 NTREX dev documents joined into one line per side (248 gold pairs, 31,000
  /// scalars a side). Measured strict F1 0.878 (242 predicted, 215 exact; 16 of the 20
  /// headlines exact pairs); 0.865 (14) before ledes restating their headline were looked for
  /// (`EnglishSentenceSplitter.restatesHeadline`), 0.783 (2) before run-in headlines were
  /// looked for inside a paragraph (`runInHeadlinePrior`); with the band around the length
  /// diagonal and whole-job anchor rarity it was 0.419 (lax 0.731).
  @Test(.enabled(if: Repo.hasNTREX)) func ntrexDocumentsJoinedIntoOneParagraph() async throws {
    let count = 20
    let thai = try Repo.lines("../shared/data/ntrex-dev/doc.th.txt").prefix(count).joined(separator: " ")
    let english = try Repo.lines("../shared/data/ntrex-dev/doc.en.txt").prefix(count).joined(separator: " ")
    var gold: [(String, String)] = []
    var documents: Set<String> = []
    for line in try Repo.lines("../shared/data/ntrex-dev/pairs.jsonl") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: String]
      documents.insert(object["doc"]!)
      if documents.count > count { break }
      gold.append((object["th"]!, object["en"]!))
    }
    let aligner = try Aligner(glossary: try Repo.shippedGlossary(), lexicon: try Repo.lexicon())
    let result = aligner.align(DocumentPair(name: "joined", thai: [thai], english: [english]))
    let pairs = result.beads.filter(\.isPair)
    let f1 = strictF1(predicted: pairs.map { (String($0.thai), String($0.english)) }, gold: gold)
    #expect(f1 >= 0.82, "strict F1 \(f1)")
    // The path is kept to the end: the last gold pair is found exactly.
    #expect(pairs.last.map { "\($0.thai)\t\($0.english)" } == gold.last.map { "\($0.0)\t\($0.1)" })
  }
}
