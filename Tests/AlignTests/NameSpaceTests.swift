import Align
import Testing

/// A Thai space between a first name and a surname is no sentence end when the English text
/// writes the two names side by side (`NameSpaces`).
@Suite struct NameSpaceTests {
  /// NTREX dev document 61: `… แห่งเดนมาร์ก ดัสติน จอห์นสันผู้เล่นอันดับต้น ๆ ของโลก …` with
  /// `The world's top-ranked player, Dustin Johnson, fell …`. The English opens with a title,
  /// so only the name tells where the Thai sentence starts; without the rule it was cut
  /// between ดัสติน and จอห์นสัน.
  @Test(.enabled(if: Repo.hasNTREX)) func firstNameStaysWithTheSurname() async throws {
    let thai = try Repo.lines("../shared/data/ntrex-dev/doc.th.txt")[60]
    let english = try Repo.lines("../shared/data/ntrex-dev/doc.en.txt")[60]
    let pairs = try await Repo.alignedPairs(thai: thai, english: english)
    let johnson = try #require(pairs.first { $0.english.hasPrefix("The world's top-ranked player, Dustin Johnson") })
    #expect(johnson.thai.hasPrefix("ดัสติน จอห์นสันผู้เล่นอันดับต้น ๆ ของโลก"))
    #expect(!pairs.contains { $0.thai.hasSuffix("ดัสติน") })
  }
}
