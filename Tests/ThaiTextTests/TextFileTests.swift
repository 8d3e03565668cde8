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
