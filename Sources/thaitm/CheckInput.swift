import Align
import ArgumentParser
import Foundation
import TMX
import ThaiText

/// Streams sentence pairs out of a TMX, TSV or JSONL file.
enum CheckInput {
  /// Calls `body` with each pair, in order, positions from 1.
  ///
  /// - Throws: `JobFailed` (`path:line: message`) when the input cannot be read; whatever `body`
  ///   throws.
  static func forEachPair(path: String, format: PairFileFormat, _ body: (CheckPair) throws -> Void) throws {
    switch format {
    case .tsv: try readTSV(path, body)
    case .jsonl: try readJSONL(path, body)
    case .tmx: try readTMX(path, body)
    }
  }

  static func readTSV(_ path: String, _ body: (CheckPair) throws -> Void) throws {
    var position = 0
    try lines(path) { number, line in
      if line.isEmpty { return }
      // Search the bytes: Character views of long Thai lines pay for grapheme breaking.
      let bytes = line.utf8
      guard let tab = bytes.firstIndex(of: 9) else {
        throw JobFailed("\(path):\(number): expected th<TAB>en")
      }
      let rest = bytes[bytes.index(after: tab)...]
      let end = rest.firstIndex(of: 9) ?? rest.endIndex
      position += 1
      let th = String(Substring(line.utf8[..<tab])), en = String(Substring(line.utf8[rest.startIndex..<end]))
      try body(CheckPair(th: th, en: en, position: position, line: number))
    }
  }

  struct JSONRecord: Decodable {
    var th: String
    var en: String?
    var tuid: String?
  }

  static func readJSONL(_ path: String, _ body: (CheckPair) throws -> Void) throws {
    var position = 0
    let decoder = JSONDecoder()
    try lines(path) { number, line in
      if line.allSatisfy(\.isWhitespace) { return }
      let record: JSONRecord
      do {
        record = try decoder.decode(JSONRecord.self, from: Data(line.utf8))
      } catch DecodingError.keyNotFound(let key, _) {
        throw JobFailed("\(path):\(number): missing \"\(key.stringValue)\"; expected {\"th\": …, \"en\": …}")
      } catch DecodingError.typeMismatch(_, let context) {
        let key = context.codingPath.last?.stringValue ?? "value"
        throw JobFailed("\(path):\(number): \"\(key)\" is not a string")
      } catch {
        throw JobFailed("\(path):\(number): invalid JSON; expected {\"th\": …, \"en\": …}")
      }
      position += 1
      try body(CheckPair(th: record.th, en: record.en ?? "", tuid: record.tuid, position: position, line: number))
    }
  }

  /// `TextFile.forEachLine` with its errors as `JobFailed`.
  static func lines(_ path: String, _ body: (Int, String) throws -> Void) throws {
    do {
      try TextFile.forEachLine(path: path, body)
    } catch let error as TextFileError {
      throw JobFailed(error.description)
    }
  }
}
