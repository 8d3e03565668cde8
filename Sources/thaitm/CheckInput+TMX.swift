import Align
import TMX

extension CheckInput {
  /// Reads TUs with the streaming TMX reader: the Thai variant (`th`, `th-TH`, …) and the
  /// English one (`en…`); a TU without Thai is counted but has nothing to check.
  static func readTMX(_ path: String, _ body: (CheckPair) throws -> Void) throws {
    throw JobFailed("\(path): reading TMX needs the TMX reader, which is not built yet")
  }
}
