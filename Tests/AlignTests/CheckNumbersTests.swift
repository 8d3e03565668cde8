import Align
import Glossary
import Testing

struct CheckNumbersTests {
  /// Pairs whose numbers agree: nothing is reported.
  @Test(arguments: [
    ("ทหารราว ๑๕,๐๐๐ นาย", "about 15,000 troops"),
    ("ทหารราว 15,000 นาย", "about 15000 troops"),
    ("ในปี พ.ศ. 2568", "in 2025"),
    ("งบประมาณ 1,200 ล้านดอลลาร์", "a budget of $1.2 billion"),
    ("ผู้ประท้วง 2 แสนคน", "200,000 protesters"),
    ("เวลา 10.30 น.", "at 10:30"),
    ("ทหาร 2 นาย", "two soldiers"),
    ("ครั้งที่ 3", "the third time"),
    ("ร้อยละ 4.5", "4.5 percent"),
    ("ข้อตกลงหุ้นส่วน 5 พันธมิตร", "a partnership of 5 allies"),
    ("เมื่อวันที่ 13 ส.ค. 68", "on August 13, 2025"),
    ("เมื่อวันที่ 13 สิงหาคม พ.ศ. 2568", "on 13/8/2025"),
    ("เมื่อ 13/8/2568", "on August 13, 2025"),
    ("เวลา 6.00 น.", "at 6 a.m."),
    ("เริ่มเวลาหนึ่งทุ่ม", "starts at 7 p.m."),
    ("3.6 พันล้านเหรียญสหรัฐ", "($3.6bn)"),
    ("5 ล้านปอนด์", "£5m"),
  ])
  func agreeingNumbers(th: String, en: String) throws {
    #expect(try runChecks([(th, en)], glossary: Glossary()).isEmpty)
  }

  @Test func changedNumberIsAnError() throws {
    let findings = try runChecks([("ทหารราว ๑๕,๐๐๐ นาย", "about 16,000 troops")], glossary: Glossary())
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.check == .numberMismatch && finding.severity == .error)
    #expect(finding.thTerm == "๑๕,๐๐๐" && finding.expected == ["๑๕,๐๐๐"] && finding.found == ["16,000"])
  }

  @Test func numberOnlyInTheEnglishIsReported() throws {
    let findings = try runChecks([("เมื่อปีที่แล้ว", "in 2024")], glossary: Glossary())
    #expect(summary(findings) == ["number-mismatch@1:-"])
    #expect(findings.first?.found == ["2024"])
  }

  @Test func dayAfterAMonthIsNotAYear() throws {
    // 13 precedes the month: it is a day, and 2025 is not in the Thai.
    let findings = try runChecks([("วันที่ 13 สิงหาคม", "on August 13, 2025")], glossary: Glossary())
    #expect(findings.first?.found == ["2025"] && findings.first?.expected == [])
    let short = try runChecks([("13 ส.ค. 68", "August 13, 2024")], glossary: Glossary())
    #expect(short.first?.expected == ["68"] && short.first?.found == ["2024"])
  }

  @Test func wrongBuddhistYearConversionIsReported() throws {
    let findings = try runChecks([("ในปี 2568", "in 2024")], glossary: Glossary())
    #expect(findings.first?.expected == ["2568"] && findings.first?.found == ["2024"])
  }

  /// A digit is found wherever it falls in the eight-byte words the pre-scan reads (a Thai
  /// digit's three bytes may straddle two words), on either side.
  @Test func digitsAreSeenAtEveryByteOffset() throws {
    for pad in 0..<18 {
      let latin = String(repeating: "-", count: pad % 3), thai = String(repeating: "ก", count: pad / 3)
      let prefix = thai + latin
      let th = "ทหาร " + prefix + "๑๖ นาย", en = "troops " + prefix + " 15"
      let findings = try runChecks([(th, en), (prefix + "๗", "seven")], glossary: Glossary())
      #expect(findings.map(\.check) == [.numberMismatch], "pad \(pad)")
      #expect(findings.first?.expected == ["๑๖"] && findings.first?.found == ["15"], "pad \(pad)")
    }
  }

  /// English markers after a number are read the same in any case, and a longer word is not one.
  @Test(arguments: [
    ("เริ่มเวลาหนึ่งทุ่ม", "starts at 7 P.M.", true), ("ราว 2 พันคน", "some 2 THOUSAND people", true),
    ("ราว 2 พันคน", "some 2 thousandfold people", false), ("เริ่มเวลาหนึ่งทุ่ม", "starts at 7 o'clocks", false),
  ])
  func markersAfterEnglishNumbers(th: String, en: String, agree: Bool) throws {
    #expect(try runChecks([(th, en)], glossary: Glossary()).isEmpty == agree)
  }
}
