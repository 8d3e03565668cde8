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
