import Align
import TMX

extension CheckInput {
  /// Reads TUs with the streaming TMX reader: the Thai variant (`th`, `th-TH`, `TH`, …) and the
  /// English one (`en`, `en-US`, …) as plain text (inline codes left out, `<hi>` text kept). A TU
  /// without Thai is counted but has nothing to check; one without English is `untranslated`.
  static func readTMX(_ path: String, _ body: (CheckPair) throws -> Void) throws {
    do {
      // Only the text, from libxml2's SAX2 parser: no `TranslationUnit`, no node tree (see
      // `TMXTextReader`).
      var reader = try TMXTextReader(path: path, languages: ["th", "en"])
      var position = 0
      while let unit = try reader.next() {
        position += 1
        try body(CheckPair(th: unit.texts[0] ?? "", en: unit.texts[1] ?? "", tuid: unit.tuid, position: position))
      }
    } catch let error as TMXError {
      throw JobFailed(error.description)
    }
  }
}
