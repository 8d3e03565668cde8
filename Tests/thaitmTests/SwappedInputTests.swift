import Foundation
import Testing

/// English given where the Thai goes (files in the wrong order, columns swapped) is refused with
/// exit 2: run anyway, `check` would find no Thai term and pass, and `convert` would label the
/// English as Thai in the TMX.
struct SwappedInputTests {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  /// The seed pairs with their columns swapped (en<TAB>th).
  func swappedSeed(in dir: String) throws -> String {
    let rows = try String(contentsOfFile: seedTSVPath, encoding: .utf8).split(separator: "\n").map {
      let fields = $0.split(separator: "\t")
      return "\(fields[1])\t\(fields[0])\n"
    }
    let path = dir + "/swapped.tsv"
    try rows.joined().write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func checkRefusesSwappedColumnsBeforeAnyReportLineAndFromStdinAtTheEnd() throws {
    let dir = try makeScratchDirectory("swapped")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = try swappedSeed(in: dir)
    let file = try runThaiTM(["check", path])
    #expect(file.status == 2 && file.stdout.isEmpty, "\(file.stdout)")
    #expect(file.stderr.contains("\(path): the Thai side of the first 12 pairs is in Latin letters and the English side in Thai"))
    let stdin = try runThaiTM(["check", "-"], stdin: try String(contentsOfFile: path, encoding: .utf8))
    #expect(stdin.status == 2 && stdin.stderr.contains("<stdin>: the Thai side of the first 12 pairs"), "\(stdin.stderr)")
    // The right way round, the same file is clean.
    #expect(try runThaiTM(["check", seedTSVPath]).status == 0)
  }

  @Test func convertRefusesSwappedColumnsUnlessTheLanguagesSayEnglishFirst() throws {
    let dir = try makeScratchDirectory("swapped")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = try swappedSeed(in: dir)
    let refused = try runThaiTM(["convert", path, dir + "/out.tmx"])
    #expect(refused.status == 2 && refused.stderr.contains("the th and en columns look swapped"), "\(refused.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir + "/out.tmx"))
    let english = try runThaiTM(["convert", path, dir + "/en-th.tmx", "--source-lang", "en", "--target-lang", "th"])
    #expect(english.status == 0, "\(english.stderr)")
  }

  @Test func alignRefusesTHAndENGivenInTheWrongOrderAndWritesNothing() throws {
    let dir = try makeScratchDirectory("swapped")
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let example = root + "/examples/putin-kim-2025-08-13"
    for extra in [[], ["--documents-per-line"]] {
      let english = dir + "/en.txt", thai = dir + "/th.txt"
      // --documents-per-line wants as many lines on each side: the seed's first seven.
      let lines = { (path: String) in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").prefix(7).joined(separator: "\n") }
      try lines(example + ".en.txt").write(toFile: english, atomically: true, encoding: .utf8)
      try lines(example + ".th.txt").write(toFile: thai, atomically: true, encoding: .utf8)
      let result = try runThaiTM(["align", english, thai, "-o", dir + "/out.tmx"] + extra)
      #expect(result.status == 2 && result.stderr.contains("TH and EN look swapped"), "\(extra): \(result.stderr)")
      #expect(!FileManager.default.fileExists(atPath: dir + "/out.tmx"))
    }
  }

  @Test func extendRefusesTHAndENGivenInTheWrongOrder() throws {
    let example = root + "/examples/putin-kim-2025-08-13"
    let result = try runThaiTM(["extend", example + ".en.txt", example + ".th.txt", "--format", "json"])
    #expect(result.status == 2 && result.stdout.isEmpty)
    #expect(result.stderr.contains("TH and EN look swapped"), "\(result.stderr)")
  }
}
