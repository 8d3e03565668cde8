import Foundation
import TMX
import Testing

/// libxml2 reads at most `TMXError.maximumTextNode` bytes of text in one piece (without
/// `XML_PARSE_HUGE`, which xmllint and Translate Toolkit do not set either): the writer refuses to
/// write more, so a TMX it writes can always be read back. (What the readers say about a longer
/// text from another tool: `TMXTextReaderTests.aTextNodeOverTenMegabytesIsRefusedAsBefore`.)
struct TMXHugeTextTests {
  /// A Thai text of at least `bytes` UTF-8 bytes.
  static func thai(bytes: Int) -> String {
    let sentence = "ปูตินพบคิม จองอึนที่มอสโก "
    return String(repeating: sentence, count: bytes / sentence.utf8.count + 1)
  }

  @Test func aTextOverTheLimitIsNotWrittenAndNothingIsLeftBehind() throws {
    let dir = try makeTemporaryDirectory()
    defer { removeDirectory(dir) }
    let th = Self.thai(bytes: TMXError.maximumTextNode + 1)
    let error = try #require(throws: TMXError.self) {
      _ = try write([pair("ปูติน", "Putin"), pair(th, "Putin met Kim Jong Un in Moscow.")], to: dir + "/out.tmx")
    }
    #expect(error.kind == .tooLong)
    #expect(error.description.hasPrefix(dir + "/out.tmx: unit #2, th: a text of \(th.utf8.count) bytes in one piece"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
  }

  @Test func aTextOfExactlyTheLimitIsWrittenAndReadBackByBothReaders() throws {
    let dir = try makeTemporaryDirectory()
    defer { removeDirectory(dir) }
    let path = dir + "/out.tmx"
    let en = String(repeating: "a", count: TMXError.maximumTextNode)
    try write([pair("ปูตินพบคิม", en)], to: path)
    #expect(try readAll(path).units.first?.variant(for: "en")?.segment.plainText.utf8.count == TMXError.maximumTextNode)
    var reader = try TMXTextReader(path: path, languages: ["th", "en"])
    #expect(try reader.next()?.texts == ["ปูตินพบคิม", en])
  }
}
