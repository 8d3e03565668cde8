import Align
import Foundation
import Glossary
import Testing

/// Paths in the source checkout (examples, shipped glossaries and lexicon) and beside it
/// (`../shared/data`).
enum Repo {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
  static let ntrex = path("../shared/data/ntrex-dev")
  static var hasNTREX: Bool { FileManager.default.fileExists(atPath: ntrex + "/pairs.jsonl") }

  /// Every shipped glossary, merged.
  static func shippedGlossary() throws -> Glossary {
    let folder = path("glossaries")
    var glossary = Glossary()
    for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where name.hasSuffix(".tsv") {
      glossary.merge(try Glossary.load(path: folder + "/" + name))
    }
    return glossary
  }

  static func lexicon() throws -> Lexicon { try Lexicon.load(path: path("data/lexicon/th-en-lexicon.tsv")) }

  /// The sentence pairs of one Thai paragraph aligned with one English paragraph, with the
  /// shipped glossary and lexicon.
  static func alignedPairs(thai: String, english: String) async throws -> [Bead] {
    let aligner = try Aligner(glossary: try shippedGlossary(), lexicon: try lexicon())
    let result = await aligner.align([DocumentPair(name: "t", thai: [thai], english: [english])])
    return result[0].beads.filter(\.isPair)
  }

  /// NTREX dev document `index` (0-based line of doc.th.txt / doc.en.txt), aligned as one
  /// paragraph pair by `alignedPairs`.
  static func alignedNTREXDocument(_ index: Int) async throws -> [Bead] {
    let thai = try lines("../shared/data/ntrex-dev/doc.th.txt")[index]
    let english = try lines("../shared/data/ntrex-dev/doc.en.txt")[index]
    return try await alignedPairs(thai: thai, english: english)
  }

  static func lines(_ relative: String) throws -> [String] {
    try String(contentsOfFile: path(relative), encoding: .utf8).split(separator: "\n").map(String.init)
  }
}

/// Strict precision/recall/F1 of predicted sentence pairs against gold 1-1 pairs (exact text).
func strictF1(predicted: [(String, String)], gold: [(String, String)]) -> Double {
  let goldSet = Set(gold.map { "\($0.0)\t\($0.1)" })
  let exact = predicted.filter { goldSet.contains("\($0.0)\t\($0.1)") }.count
  guard exact > 0 else { return 0 }
  let p = Double(exact) / Double(predicted.count)
  let r = Double(exact) / Double(gold.count)
  return 2 * p * r / (p + r)
}

extension TransliterationScorer {
  /// Whether `right` scores above every one of `others` for `thai`, with `channels` (default:
  /// the scorer's own).
  func ranksFirst(_ thai: String, _ right: String, among others: [String], channels: Channels? = nil) -> Bool {
    var scorer = self
    if let channels { scorer.channels = channels }
    let prepared = scorer.prepare(thai)
    let good = scorer.score(prepared, english: right)
    return others.allSatisfy { scorer.score(prepared, english: $0) < good }
  }
}
