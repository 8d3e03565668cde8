import Foundation
import Testing

/// `thaitm check` end to end: the built binary on the seed article and on copies with errors.
struct CheckCommandTests {
  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()
  static let seedTSV = root + "/examples/putin-kim-2025-08-13.tsv"
  static let fixtures = root + "/Tests/AlignTests/Fixtures/check"

  /// A scratch folder, removed by the caller's `defer`.
  func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The seed pairs with the English of some TUs edited (`(tu, old, new)`), written as TSV.
  func seedWithErrors(_ edits: [(Int, String, String)], in dir: URL) throws -> String {
    var rows = try String(contentsOfFile: Self.seedTSV, encoding: .utf8).split(separator: "\n").map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
    for (tu, old, new) in edits {
      #expect(rows[tu - 1][1].contains(old))
      rows[tu - 1][1] = rows[tu - 1][1].replacingOccurrences(of: old, with: new)
    }
    let path = dir.appendingPathComponent("seed-errors.tsv").path
    try rows.map { $0.joined(separator: "\t") + "\n" }.joined().write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  static let errors: [(Int, String, String)] = [
    (5, "Putin's", "Puttin's"), (10, "15,000", "16,000"), (11, "Kim has agreed", "he has agreed"),
    (3, " (KCNA)", ""),
  ]

  @Test func seedIsClean() throws {
    let result = try runThaiTM(["check", Self.seedTSV])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "checked 12 TUs: 0 errors, 0 warnings\n")
  }

  @Test func textReportNamesPathTUAndCheck() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try seedWithErrors(Self.errors, in: dir)
    let result = try runThaiTM(["check", input])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    #expect(lines[0].hasPrefix("\(input):TU 3: latin-mismatch: KCNA"))
    #expect(lines[1] == "\(input):TU 5: missing-term: ปูติน: expected \"Putin\" in the English")
    #expect(lines[2].hasPrefix("\(input):TU 10: number-mismatch: "))
    #expect(lines[3] == "\(input):TU 11: missing-term: คิม: expected \"Kim\" in the English")
    #expect(lines[4] == "checked 12 TUs: 3 errors, 1 warning (missing-term 2, number-mismatch 1, latin-mismatch 1)")
    #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is a pipe")
  }

  @Test func failOnDecidesTheExitCode() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try seedWithErrors([(3, " (KCNA)", "")], in: dir)  // one warning only
    #expect(try runThaiTM(["check", input]).status == 0)
    #expect(try runThaiTM(["check", input, "--fail-on", "warning"]).status == 1)
    let bad = try seedWithErrors(Self.errors, in: dir)
    #expect(try runThaiTM(["check", bad, "--fail-on", "never"]).status == 0)
    #expect(try runThaiTM(["check", bad, "--fail-on", "sometimes"]).status == 64)
  }

  @Test func jsonReportHasTheDocumentedShape() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try seedWithErrors(Self.errors, in: dir)
    let result = try runThaiTM(["check", input, "--format", "json"])
    #expect(result.status == 1)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(json["input"] as? String == input)
    #expect((json["glossaries"] as? [String])?.isEmpty == false)
    #expect(json["tus"] as? Int == 12)
    let summary = try #require(json["summary"] as? [String: Any])
    #expect(summary["error"] as? Int == 3 && summary["warning"] as? Int == 1 && summary["info"] as? Int == 0)
    let byCheck = try #require(summary["by_check"] as? [String: Int])
    #expect(byCheck["missing-term"] == 2 && byCheck["number-mismatch"] == 1 && byCheck["untranslated"] == 0)
    let findings = try #require(json["findings"] as? [[String: Any]])
    #expect(findings.map { $0["tu"] as? Int } == [3, 5, 10, 11])
    let missing = findings[1]
    #expect(missing["check"] as? String == "missing-term" && missing["severity"] as? String == "error")
    #expect(missing["th_term"] as? String == "ปูติน" && missing["expected"] as? [String] == ["Putin"])
    #expect(missing["found"] as? [String] == [] && missing["tuid"] is NSNull)
    #expect((missing["th"] as? String)?.hasPrefix("แต่ KCNA") == true)
    #expect((missing["en"] as? String)?.contains("Puttin's") == true)
    #expect(missing["message"] is String)
    #expect(findings[2]["found"] as? [String] == ["16,000"])
  }

  @Test func jsonlAndTSVGiveTheSameFindings() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let tsv = try seedWithErrors(Self.errors, in: dir)
    var jsonl = ""
    for line in try String(contentsOfFile: tsv, encoding: .utf8).split(separator: "\n") {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let data = try JSONSerialization.data(withJSONObject: ["th": f[0], "en": f[1]])
      jsonl += String(decoding: data, as: UTF8.self) + "\n"
    }
    let jsonlPath = dir.appendingPathComponent("pairs.jsonl").path
    try jsonl.write(toFile: jsonlPath, atomically: true, encoding: .utf8)
    let a = try runThaiTM(["check", tsv]), b = try runThaiTM(["check", jsonlPath])
    #expect(a.status == 1 && b.status == 1)
    #expect(a.stdout.replacingOccurrences(of: tsv, with: "IN") == b.stdout.replacingOccurrences(of: jsonlPath, with: "IN"))
  }

  @Test func ignoreListSilencesWhatWasMarked() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try seedWithErrors(Self.errors, in: dir)
    let ignore = dir.appendingPathComponent("ignore.txt").path
    #expect(try runThaiTM(["check", input, "--write-ignore", ignore]).status == 1)
    let lines = try String(contentsOfFile: ignore, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
    #expect(lines.count == 4)
    let quiet = try runThaiTM(["check", input, "--ignore", ignore])
    #expect(quiet.status == 0)
    #expect(quiet.stdout == "checked 12 TUs: 0 errors, 0 warnings; 4 ignored\n")
    // A new error (in another TU) is still reported; the fingerprints do not depend on positions.
    let moved = try seedWithErrors(Self.errors + [(12, "South Korea's", "Seoul's")], in: dir)
    let again = try runThaiTM(["check", moved, "--ignore", ignore])
    #expect(again.status == 1)
    #expect(again.stdout.contains(":TU 12: missing-term: เกาหลีใต้"))
    #expect(again.stdout.contains("4 ignored"))
  }

  @Test func unreadableInputExitsTwoWithPathAndLine() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let missing = try runThaiTM(["check", dir.appendingPathComponent("nope.tsv").path])
    #expect(missing.status == 2 && missing.stderr.contains("nope.tsv: No such file"))
    let tsv = dir.appendingPathComponent("bad.tsv").path
    try "ปูติน\tPutin\nno tab here\n".write(toFile: tsv, atomically: true, encoding: .utf8)
    let bad = try runThaiTM(["check", tsv])
    #expect(bad.status == 2 && bad.stderr.contains("\(tsv):2: expected th<TAB>en"))
    let jsonl = dir.appendingPathComponent("bad.jsonl").path
    try "{\"th\": \"ปูติน\", \"en\": \"Putin\"}\n{\"en\": \"x\"}\n".write(toFile: jsonl, atomically: true, encoding: .utf8)
    let badJSON = try runThaiTM(["check", jsonl])
    #expect(badJSON.status == 2 && badJSON.stderr.contains("\(jsonl):2: missing \"th\""))
  }

  @Test func anEmptyInputIsReportedNotPassedSilently() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let empty = dir.appendingPathComponent("empty.tsv").path
    try "".write(toFile: empty, atomically: true, encoding: .utf8)
    let result = try runThaiTM(["check", empty])
    #expect(result.status == 0)
    #expect(result.stderr.contains("warning: \(empty): no translation units to check"))
    // A real input gets no such warning.
    let seed = try runThaiTM(["check", Self.seedTSV])
    #expect(seed.status == 0 && !seed.stderr.contains("no translation units"))
  }

  @Test func htmlReportIsOneSelfContainedFile() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try seedWithErrors(Self.errors, in: dir)
    let report = dir.appendingPathComponent("report.html").path
    let result = try runThaiTM(["check", input, "--format", "html", "-o", report])
    #expect(result.status == 1 && result.stdout.isEmpty)
    let html = try String(contentsOfFile: report, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
    for external in ["src=\"http", "href=\"http", "@import", "url("] { #expect(!html.contains(external)) }
    #expect(html.components(separatedBy: "<article class=\"card\"").count - 1 == 4)
    #expect(html.contains("data-check=\"missing-term\" data-sev=\"error\""))
    #expect(html.contains("<mark class=\"term bad\" title=\"Putin\">ปูติน</mark>"))
    #expect(html.contains("<mark class=\"tok\" title=\"number-mismatch\">16,000</mark>"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["report.html", "seed-errors.tsv"])
  }

  /// TMX as thaitm, OmegaT and translate-toolkit write it: clean ones are clean, the ones with
  /// injected errors give the same findings as the TSV with those errors.
  @Test(arguments: ["seed-thaitm.tmx", "seed-omegat.tmx", "seed-translate-toolkit.tmx"])
  func cleanTMXFromAnyToolIsClean(name: String) throws {
    let result = try runThaiTM(["check", Self.fixtures + "/" + name])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "checked 12 TUs: 0 errors, 0 warnings\n")
  }

  /// The shipped glossaries plus a house style that forbids "Kim Jong-un", as `-g` options.
  static func houseStyleGlossaries() throws -> [String] {
    let shipped = try FileManager.default.contentsOfDirectory(atPath: root + "/glossaries")
      .filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".csv") || $0.hasSuffix(".tbx") }.sorted()
      .map { root + "/glossaries/" + $0 }
    return (shipped + [fixtures + "/house-style.tsv"]).flatMap { ["-g", $0] }
  }

  /// The five injected errors, exactly, at their TUs, from TSV and from TMX as OmegaT and
  /// translate-toolkit write it.
  @Test(arguments: ["seed-errors.tsv", "seed-errors-omegat.tmx", "seed-errors-translate-toolkit.tmx"])
  func injectedErrorsFromAnyTool(name: String) throws {
    let input = Self.fixtures + "/" + name
    let result = try runThaiTM(["check", input] + Self.houseStyleGlossaries())
    #expect(result.status == 1)
    let lines = result.stdout.replacingOccurrences(of: input, with: "IN").split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "IN:TU 2: forbidden-term: \"Kim Jong-un\" is forbidden for คิม จองอึน; use \"Kim Jong Un\"",
        "IN:TU 3: latin-mismatch: KCNA is in the Thai but not in the English",
        "IN:TU 5: missing-term: ปูติน: expected \"Putin\" in the English",
        "IN:TU 10: number-mismatch: numbers differ: 15,000 in the Thai, not in the English; 16,000 in the English, not in the Thai",
        "IN:TU 11: missing-term: คิม: expected \"Kim\" in the English",
        "checked 12 TUs: 4 errors, 1 warning (missing-term 2, forbidden-term 1, number-mismatch 1, latin-mismatch 1)",
      ])
  }

  @Test func malformedTMXExitsTwoWithLine() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("cut.tmx").path
    let whole = try String(contentsOfFile: Self.fixtures + "/seed-thaitm.tmx", encoding: .utf8)
    try String(whole.prefix(whole.count / 2)).write(toFile: path, atomically: true, encoding: .utf8)
    let result = try runThaiTM(["check", path, "--format", "json", "-o", dir.appendingPathComponent("r.json").path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(path):"))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.json").path), "no half report")
  }

  /// An error after many batches are in flight (read, analyzed, not yet reported) still exits 2
  /// with the line, and leaves no report.
  @Test func errorAfterManyBatchesExitsTwo() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let seed = try String(contentsOfFile: Self.seedTSV, encoding: .utf8)
    let rows = seed.split(separator: "\n").count
    let path = dir.appendingPathComponent("long.tsv").path
    try (String(repeating: seed, count: 300) + "no tab on this line\n").write(toFile: path, atomically: true, encoding: .utf8)
    let report = dir.appendingPathComponent("r.json").path
    let result = try runThaiTM(["check", path, "--format", "json", "-o", report])
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(path):\(rows * 300 + 1): expected th<TAB>en"))
    #expect(!FileManager.default.fileExists(atPath: report), "no half report")
  }

  @Test func stdinWithFromAndSkip() throws {
    let jsonl = """
      {"th": "บริษัท ZQX รายงานว่าปูตินพูด", "en": "Putin spoke", "tuid": "a-1"}
      {"th": "ทหาร ๑๕,๐๐๐ นาย", "en": "15,000 troops"}

      """
    let all = try runThaiTM(["check", "-", "--from", "jsonl", "--format", "json"], stdin: jsonl)
    #expect(all.status == 0, "a warning only")
    #expect(all.stdout.contains("\"tuid\": \"a-1\", \"check\": \"latin-mismatch\""))
    #expect(all.stdout.contains("\"input\": \"-\""))
    let skipped = try runThaiTM(["check", "-", "--from", "jsonl", "--skip", "latin-mismatch"], stdin: jsonl)
    #expect(skipped.stdout == "checked 2 TUs: 0 errors, 0 warnings\n")
    #expect(try runThaiTM(["check", "-", "--skip", "no-such-check"], stdin: "").status == 64)
  }

  @Test func tmxUnitWithoutEnglishIsUntranslated() throws {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("half.tmx").path
    try """
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x"
       adminlang="en" srclang="th" datatype="plaintext"/><body>
      <tu tuid="k1"><tuv xml:lang="th-TH"><seg>ปูตินพูด</seg></tuv></tu>
      <tu tuid="k2"><tuv xml:lang="th-TH"><seg>ปูตินพูด</seg></tuv><tuv xml:lang="en-GB"><seg>Putin spoke</seg></tuv></tu>
      </body></tmx>
      """.write(toFile: path, atomically: true, encoding: .utf8)
    let result = try runThaiTM(["check", path, "--format", "json"])
    #expect(result.status == 1)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let findings = try #require(json["findings"] as? [[String: Any]])
    #expect(findings.count == 1)
    #expect(findings.first?["tuid"] as? String == "k1" && findings.first?["check"] as? String == "untranslated")
  }
}
