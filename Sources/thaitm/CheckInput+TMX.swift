import Align
import TMX

extension CheckInput {
  /// Reads TUs with the streaming TMX reader: the Thai variant (`th`, `th-TH`, `TH`, …) and the
  /// English one (`en`, `en-US`, …) as plain text (inline codes left out, `<hi>` text kept). A TU
  /// without Thai is counted but has nothing to check; one without English is `untranslated`.
  static func readTMX(_ path: String, _ body: (CheckPair) throws -> Void) throws {
    do {
      var reader = try TMXReader(path: path)
      var position = 0
      while let unit = try reader.next() {
        position += 1
        let th = unit.variant(for: "th")?.segment.plainText ?? ""
        let en = unit.variant(for: "en")?.segment.plainText ?? ""
        try body(CheckPair(th: th, en: en, tuid: unit.tuid, position: position))
      }
    } catch let error as TMXError {
      throw JobFailed(error.description)
    }
  }
}
