import Align
import Foundation
import Glossary
import Testing

/// The repository root (tests read the shipped glossary and the seed example from it).
let repositoryRoot: String = {
  var url = URL(fileURLWithPath: #filePath)
  for _ in 0..<3 { url.deleteLastPathComponent() }
  return url.path
}()

/// The seed article's gold pairs (examples/putin-kim-2025-08-13.tsv).
func seedPairs() throws -> [(th: String, en: String)] {
  let text = try String(contentsOfFile: repositoryRoot + "/examples/putin-kim-2025-08-13.tsv", encoding: .utf8)
  return text.split(separator: "\n").map { line in
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    return (String(fields[0]), String(fields[1]))
  }
}

/// The glossaries shipped in `glossaries/`, merged in file-name order.
func shippedGlossary() throws -> Glossary {
  let folder = repositoryRoot + "/glossaries"
  var glossary = Glossary()
  for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  where name.hasSuffix(".tsv") || name.hasSuffix(".csv") || name.hasSuffix(".tbx") {
    glossary.merge(try Glossary.load(path: folder + "/" + name))
  }
  return glossary
}

/// Runs the engine over pairs and returns every finding (per-pair, then whole-input).
func runChecks(_ pairs: [(th: String, en: String)], glossary: Glossary) throws -> [Finding] {
  var engine = try CheckEngine(glossary: glossary)
  var findings: [Finding] = []
  for (n, pair) in pairs.enumerated() {
    findings += engine.check(CheckPair(th: pair.th, en: pair.en, position: n + 1)).findings
  }
  return findings + engine.finish()
}

/// A glossary built in code: (thai, english, status) rows, rows with one Thai term one concept.
func glossary(_ rows: [(String, String, TermStatus)]) -> Glossary { makeGlossary(rows) }

/// The same, under a name a `glossary` property cannot shadow.
func makeGlossary(_ rows: [(String, String, TermStatus)]) -> Glossary {
  var concepts: [Concept] = []
  for (th, en, status) in rows {
    if let i = concepts.firstIndex(where: { $0.thai.first?.text == th }) {
      concepts[i].english.append(Term(en, status: status))
    } else {
      concepts.append(Concept(thai: [Term(th)], english: [Term(en, status: status)]))
    }
  }
  return Glossary(concepts: concepts, paths: ["test"])
}

/// `check@tu:term` strings, for compact exact comparisons.
func summary(_ findings: [Finding]) -> [String] {
  findings.map { "\($0.check.rawValue)@\($0.tu):\($0.thTerm ?? "-")" }
}
