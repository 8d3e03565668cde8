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
      // Only the text: no `TranslationUnit` is built (see `TMXReader.nextText(languages:)`).
      let languages = ["th", "en"]
      while let unit = try reader.nextText(languages: languages) {
        position += 1
        try body(CheckPair(th: unit.texts[0] ?? "", en: unit.texts[1] ?? "", tuid: unit.tuid, position: position))
      }
    } catch let error as TMXError {
      throw JobFailed(error.description)
    }
  }
}
