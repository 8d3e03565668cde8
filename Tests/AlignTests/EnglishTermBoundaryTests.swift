import Align
import Glossary
import Testing

/// A sentence pair never ends inside an English glossary term.
struct EnglishTermBoundaryTests {
  /// `Kim Jong Un` has capitalised words in a row, where a run-in headline could end
  /// (`Putin met Kim Jong | Un in Moscow`); with the name in the glossary the English side
  /// cannot be cut inside it, so the first sentence stays whole and the name is aligned.
  @Test func nameIsNotCutBetweenItsWords() async throws {
    let pairs = try await Repo.alignedPairs(
      thai: "ปูตินพบกับคิม จองอึน ที่กรุงมอสโกเมื่อวันอังคาร ทั้งสองหารือเรื่องยูเครน",
      english: "Putin met Kim Jong Un in Moscow on Tuesday. The two discussed Ukraine.")
    #expect(pairs.map { String($0.english) } == [
      "Putin met Kim Jong Un in Moscow on Tuesday.", "The two discussed Ukraine.",
    ])
    #expect(pairs.first.map { String($0.thai) } == "ปูตินพบกับคิม จองอึน ที่กรุงมอสโกเมื่อวันอังคาร")
    #expect(pairs.allSatisfy { $0.missingTerms.isEmpty })
  }
}
