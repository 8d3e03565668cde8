import Align
import Testing

struct DocumentHeaderTests {
  @Test func seedMetadataLine() throws {
    let header = try #require(DocumentHeader(parsing: " date 2025-08-13 ปูตินถกผู้นำคิม ตอกย้ำเป็นพันธมิตร สู้ศึกยูเครน"))
    #expect(header.isoDate == "2025-08-13")
    #expect(header.headline == "ปูตินถกผู้นำคิม ตอกย้ำเป็นพันธมิตร สู้ศึกยูเครน")
  }

  @Test(arguments: ["สื่อของรัฐเกาหลีเหนือรายงานเมื่อวันที่ 13 สิงหาคม", " date 2025-13-01 x", "date: 2025-08-13"])
  func ordinaryTextIsNotAHeader(line: String) {
    #expect(DocumentHeader(parsing: line) == nil)
  }
}
