import Align
import Foundation
import Glossary
import TMX
import ThaiText

/// Aligned pairs for `thaitm extend`: TMX, TSV (th<TAB>en) or JSONL (`{"th": …, "en": …}`).
enum ExtendInput {
  static func forEachPair(path: String, _ body: (String, String) throws -> Void) throws {
    let lower = path.lowercased()
    if lower.hasSuffix(".tmx") {
      var reader = try TMXReader(path: path)
      while let unit = try reader.next() {
        guard let th = unit.variant(for: "th")?.segment.plainText,
          let en = unit.variant(for: "en")?.segment.plainText
        else { continue }
        try body(th, en)
      }
    } else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".json") {
      try TextFile.forEachLine(path: path) { number, line in
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let th = object["th"] as? String, let en = object["en"] as? String
        else { throw JobFailed("\(path):\(number): expected a JSON object with \"th\" and \"en\" strings") }
        try body(th, en)
      }
    } else {
      try TextFile.forEachLine(path: path) { number, line in
        guard !line.isEmpty, !line.hasPrefix("#") else { return }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count >= 2 else { throw JobFailed("\(path):\(number): expected th<TAB>en") }
        try body(String(fields[0]), String(fields[1]))
      }
    }
  }
}

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
       "romanization": c.romanization]
    }
    let data = (try? JSONSerialization.data(
      withJSONObject: ["candidates": items], options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
