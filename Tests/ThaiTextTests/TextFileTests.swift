import Foundation
import Testing
import ThaiText

struct TextFileTests {
  func withTempFile(_ bytes: [UInt8], _ body: (String) throws -> Void) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tf-\(UUID().uuidString).txt").path
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    defer { try? FileManager.default.removeItem(atPath: path) }
    try body(path)
  }

  @Test func bomCRLFAndFinalLine() throws {
    let text = "\u{FEFF}ปูตินถกผู้นำคิม\r\nKCNA รายงาน\r\rสุดท้าย"
    try withTempFile(Array(text.utf8)) { path in
      let lines = try TextFile.lines(path: path)
      #expect(lines == ["ปูตินถกผู้นำคิม", "KCNA รายงาน", "", "สุดท้าย"])
    }
  }

  /// Line ends at and across the 64 KiB read boundary: a CRLF split by it is one line end, a
  /// line longer than a read is one line, a LF right after a chunk ending in a letter ends it.
  @Test(arguments: [65_534, 65_535, 65_536, 65_537])
  func lineEndsAcrossReads(at split: Int) throws {
    for end in ["\r\n", "\n", "\r"] {
      let first = String(repeating: "a", count: split - 1)
      let long = String(repeating: "ข", count: 40_000)
      let text = first + end + "b" + end + end + long + "\nc"
      try withTempFile(Array(text.utf8)) { path in
        let lines = try TextFile.lines(path: path)
        #expect(lines == [first, "b", "", long, "c"])
      }
    }
  }

  @Test func invalidUTF8NamesTheLine() throws {
    let bytes = Array("คิม\nจองอึน\n".utf8) + [0xE0, 0xB8] + Array("\n".utf8)
    try withTempFile(bytes) { path in
      let error = try #require(throws: TextFileError.self) { try TextFile.lines(path: path) }
      #expect(error.line == 3)
      #expect(error.description == "\(path):3: invalid UTF-8")
    }
  }

  @Test func missingFileIsAnError() {
    #expect(throws: TextFileError.self) { try TextFile.lines(path: "/nonexistent/x.txt") }
  }

  @Test func emptyFileHasNoLines() throws {
    try withTempFile([]) { path in
      let lines = try TextFile.lines(path: path)
      #expect(lines.isEmpty)
    }
  }
}
