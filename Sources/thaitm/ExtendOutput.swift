import Align
import Foundation
import Glossary

/// What `thaitm extend` writes.
enum ExtendOutput {
  /// A glossary concept for a candidate (TSV comment `candidate; score=…; seen in N TUs`; TBX
  /// administrativeStatus admitted with the evidence as a note).
  static func concept(_ c: NameCandidate, tbx: Bool) -> Concept {
    let evidence = "score=\(String(format: "%.2f", c.score)); seen in \(c.count) TU\(c.count == 1 ? "" : "s")"
    return Concept(
      thai: [Term(c.thai)], english: [Term(c.english, status: tbx ? .admitted : .preferred)],
      origin: .candidate, evidence: evidence)
  }

  static func json(_ candidates: [NameCandidate]) -> String {
    let items = candidates.map { c -> [String: Any] in
      ["th": c.thai, "en": c.english, "score": c.score, "count": c.count, "tus": c.units,
       "romanization": c.romanization, "similarity": (c.similarity * 1000).rounded() / 1000]
    }
    let data = (try? JSONSerialization.data(
      withJSONObject: ["candidates": items], options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
