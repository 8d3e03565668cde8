import Foundation
import Testing
import ThaiText

/// `LibthaiBreakRule` says "no break" only where libthai never breaks: checked against libthai
/// itself on every run of Thai letters of the NTREX dev text (as the matcher gives runs to it).
struct LibthaiBreakRuleTests {
  static let ntrex: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path + "/../shared/data/ntrex-dev/doc.th.txt"
  }()
  static let names: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path + "/../shared/data/names-dev/pairs.tsv"
  }()

  func marks(_ text: String) -> [Bool] {
    let scalars = NormalizedText(text).scalars
    return scalars.withUnsafeBufferPointer { LibthaiBreakRule.possibleBreaks(in: $0) }
  }

  @Test func clustersAreNotSplit() {
    // เ|กา|ห|ลี: not after เ, not before า or ี.
    #expect(marks("เกาหลี") == [true, false, false, true, true, false])
    // จันทร์: ท ร ์ are silent letters of the syllable: no break before ร or ์; ท after ั neither.
    #expect(marks("จันทร์") == [true, false, false, false, false, false])
    // Not before a following vowel; a consonant may start a word (libthai decides); a run's
    // first letter (after a space) is always undecided.
    #expect(marks("คิม จองอึน") == [true, false, true, true, true, true, true, true, false, true])
    // The final consonant after SARA UEE (and a tone mark) is bound: เมื่อน never breaks before น.
    #expect(marks("ชื่อ") == [true, false, false, false])
    // A run longer than maximumRun is left to libthai.
    let long = String(repeating: "กา", count: LibthaiBreakRule.maximumRun)
    #expect(marks(long).allSatisfy { $0 })
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: ntrex)))
  func agreesWithLibthaiOnNTREX() throws {
    let lines = try TextFile.lines(path: Self.ntrex)
    var breakers = [try WordBreaker()]
    if FileManager.default.fileExists(atPath: Self.names) {
      let rows = try TextFile.lines(path: Self.names).dropFirst()
      let terms = rows.compactMap { $0.split(separator: "\t", omittingEmptySubsequences: false).first.map(String.init) }
      let cache = NSTemporaryDirectory() + "thaitm-rule-test-" + UUID().uuidString
      defer { try? FileManager.default.removeItem(atPath: cache) }
      breakers.append(try WordBreaker(adding: terms.filter { !$0.isEmpty }, cacheDirectory: cache))
    }
    for breaker in breakers {
      var inside = 0, decided = 0, oldRules = 0, breaks = 0, disagreements: [String] = []
      for line in lines {
        let text = NormalizedText(line)
        let s = text.scalars
        let possible = s.withUnsafeBufferPointer { LibthaiBreakRule.possibleBreaks(in: $0) }
        var i = 0
        while i < s.count {
          guard ThaiScalar.isLetter(s[i]) else { i += 1; continue }
          var end = i + 1
          while end < s.count, ThaiScalar.isLetter(s[end]) { end += 1 }
          let found = Set(breaker.breaks(in: s, range: i..<end))
          breaks += found.count
          for k in i + 1..<max(end, i + 1) {
            inside += 1
            if !possible[k] { decided += 1 }
            if ThaiScalar.isFollowing(s[k]) || ThaiScalar.isLeadingVowel(s[k - 1]) { oldRules += 1 }
            if found.contains(k) && !possible[k] { disagreements.append(line) }
          }
          i = end
        }
      }
      print("LibthaiBreakRule on NTREX dev (\(breaker.dictionaryPath)): \(inside) positions inside runs, "
        + "\(breaks) libthai breaks, \(decided) decided 'no break' by the rule (old cluster rules: \(oldRules))")
      #expect(disagreements.isEmpty, "\(disagreements.prefix(3))")
      #expect(decided > oldRules)
    }
  }
}
