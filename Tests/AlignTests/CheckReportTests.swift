import Align
import Foundation
import Glossary
import Testing

/// The report writers through their public API, on units the engine produced.
struct CheckReportTests {
  let glossary: Glossary = makeGlossary([("ปูติน", "Putin", .preferred)])

  func unit(_ th: String, _ en: String) throws -> CheckedUnit {
    var engine = try CheckEngine(glossary: glossary)
    return engine.check(CheckPair(th: th, en: en, tuid: "t\"1", position: 7))
  }

  func render(_ report: inout some CheckReport, _ units: [CheckedUnit]) -> String {
    var out = ""
    report.begin(input: "in \"x\".tmx", glossaries: ["g.tsv"], to: &out)
    var summary = CheckSummary()
    summary.tus = 9
    for u in units {
      for f in u.findings { summary.add(f) }
      report.write(u, to: &out)
    }
    report.end(summary, to: &out)
    return out
  }

  @Test func jsonEscapesAndParses() throws {
    let u = try unit("ปูติน <b>พูด</b>\tว่า \"ไป\"", "Poutine said \"go\"\u{1}\nnow")
    var report = CheckJSONReport()
    let text = render(&report, [u])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(json["input"] as? String == "in \"x\".tmx" && json["tus"] as? Int == 9)
    let f = try #require((json["findings"] as? [[String: Any]])?.first)
    #expect(f["tuid"] as? String == "t\"1" && f["tu"] as? Int == 7)
    #expect(f["en"] as? String == "Poutine said \"go\"\u{1}\nnow")
    #expect(f["th"] as? String == "ปูติน <b>พูด</b>\tว่า \"ไป\"")
    #expect((f["fingerprint"] as? String)?.count == 16)
  }

  @Test func emptyJSONReportIsValid() throws {
    var report = CheckJSONReport()
    let text = render(&report, [])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect((json["findings"] as? [Any])?.isEmpty == true)
    #expect((json["summary"] as? [String: Any])?["error"] as? Int == 0)
  }

  @Test func htmlEscapesSegments() throws {
    let u = try unit("ปูติน<script>alert(1)</script>", "<img src=x onerror=alert(1)> said")
    var report = CheckHTMLReport(glossary: glossary)
    let html = render(&report, [u])
    #expect(!html.contains("<script>alert") && !html.contains("<img"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("<mark class=\"term bad\" title=\"Putin\">ปูติน</mark>"))
    #expect(html.contains("tuid t&quot;1"))
  }

  @Test func textColoursOnlyWhenAsked() throws {
    let u = try unit("ปูตินพูด", "Poutine spoke")
    var plain = CheckTextReport(colour: false), coloured = CheckTextReport(colour: true)
    let a = render(&plain, [u]), b = render(&coloured, [u])
    #expect(a.hasPrefix("in \"x\".tmx:TU 7: missing-term: ปูติน: expected \"Putin\" in the English\n"))
    #expect(a.hasSuffix("checked 9 TUs: 1 error, 0 warnings (missing-term 1)\n"))
    #expect(b.contains("\u{1B}[1;31mmissing-term\u{1B}[0m"))
  }
}
