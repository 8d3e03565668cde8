import Align
import Foundation
import Testing

/// The byte-level lexicon loader: rows, comments, header, CRLF, and `path:line` errors.
@Suite struct AlignerLexiconTests {
  private func write(_ bytes: [UInt8]) throws -> String {
    let path = NSTemporaryDirectory() + "lexicon-\(UUID().uuidString).tsv"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func loadsRowsSkippingCommentsAndHeader() throws {
    let text = "\u{FEFF}th\ten\n# comment\r\nทหาร\tsoldiers|the\r\n\nเกาหลี\tKorea\nทหาร\tmilitary\n"
    let path = try write(Array(text.utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let lexicon = try Lexicon.load(path: path)
    #expect(lexicon.count == 2)
  }

  @Test func shippedLexiconLoads() throws {
    #expect(try Repo.lexicon().count > 30_000)
  }

  @Test func malformedRowNamesItsLine() throws {
    let path = try write(Array("ทหาร\tsoldier\nเกาหลี Korea\n".utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let error = #expect(throws: LexiconError.self) { try Lexicon.load(path: path) }
    #expect(error?.line == 2)
  }

  @Test func invalidUTF8NamesItsLine() throws {
    let path = try write(Array("ทหาร\tsoldier\n".utf8) + [0xE0, 0xB8, 0x09] + Array("x\n".utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let error = #expect(throws: LexiconError.self) { try Lexicon.load(path: path) }
    #expect(error?.line == 2)
    #expect(error?.message == "invalid UTF-8")
  }

  @Test func missingFileIsAnError() {
    #expect(throws: LexiconError.self) { try Lexicon.load(path: "/nonexistent/lexicon.tsv") }
  }
}
