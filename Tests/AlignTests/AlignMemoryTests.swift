import Align
import Foundation
import Testing

/// `Aligner.align(streaming:deliver:)` holds the training prefix and then one document at a
/// time: documents come out in order before the input ends, and a document after the prefix is
/// aligned the same whatever else follows the prefix.
@Suite struct AlignMemoryTests {
  /// The first `count` NTREX dev documents (cycling through the 61), one document a line.
  static func documents(_ count: Int) throws -> [DocumentPair] {
    let thai = try Repo.lines("../shared/data/ntrex-dev/doc.th.txt")
    let english = try Repo.lines("../shared/data/ntrex-dev/doc.en.txt")
    return (0..<count).map { n in
      DocumentPair(name: "\(n + 1)", thai: [thai[n % thai.count]], english: [english[n % english.count]])
    }
  }

  /// More documents than a short training prefix and the jobs in flight (16 per online core)
  /// hold, twice over.
  static let moreThanInFlight = 40 * max(2, sysconf(Int32(_SC_NPROCESSORS_ONLN))) + 24

  /// Counts how many documents the aligner has taken from its input.
  final class Taken: @unchecked Sendable {
    var count = 0
  }

  /// A sequence that counts what is taken from it.
  struct Counting: Sequence {
    let documents: [DocumentPair]
    let taken: Taken
    func makeIterator() -> AnyIterator<DocumentPair> {
      var inner = documents.makeIterator()
      return AnyIterator {
        guard let next = inner.next() else { return nil }
        taken.count += 1
        return next
      }
    }
  }

  @Test(.enabled(if: Repo.hasNTREX)) func documentsComeOutInOrderBeforeTheInputEnds() async throws {
    var aligner = try Aligner(glossary: try Repo.shippedGlossary(), lexicon: try Repo.lexicon())
    aligner.trainingPairs = 30  // about two documents
    let count = Self.moreThanInFlight
    let taken = Taken()
    let input = Counting(documents: try Self.documents(count), taken: taken)
    var delivered: [(index: Int, name: String, takenBefore: Int, pairs: Int)] = []
    await aligner.align(streaming: input) { document in
      delivered.append((document.index, document.name, taken.count, document.beads.count(where: \.isPair)))
    }
    #expect(delivered.map(\.index) == Array(0..<count))
    #expect(delivered.map(\.name) == (1...count).map(String.init))
    #expect(delivered.allSatisfy { $0.pairs > 0 })
    // The first document is out while most of the input has not been read.
    #expect(delivered[0].takenBefore < count / 2, "taken before the first delivery: \(delivered[0].takenBefore)")
  }

  /// After the training prefix, a document is aligned with the prefix's model alone: what
  /// else follows the prefix does not change its beads.
  @Test(.enabled(if: Repo.hasNTREX)) func documentsAfterThePrefixDoNotDependOnEachOther() async throws {
    var aligner = try Aligner(glossary: try Repo.shippedGlossary(), lexicon: try Repo.lexicon())
    aligner.trainingPairs = 40
    let all = try Self.documents(12)
    let prefix = Array(all.prefix(6))  // NTREX dev documents 1–6 hold more than 40 sentence pairs
    let withOthers = await aligner.align(prefix + Array(all[6...]))
    let alone = await aligner.align(prefix + [all[11]])
    func text(_ d: DocumentAlignment) -> [String] { d.beads.map { "\($0.thai)\t\($0.english)" } }
    #expect(text(withOthers[11]) == text(alone[6]))
    #expect(withOthers[11].beads.count(where: \.isPair) >= 10)
    // The prefix's model is trained on all of the prefix either way.
    #expect(withOthers.prefix(6).map(text) == alone.prefix(6).map(text))
  }

  struct Stop: Error {}

  @Test(.enabled(if: Repo.hasNTREX)) func whatDeliverThrowsStopsTheRun() async throws {
    var aligner = try Aligner(glossary: try Repo.shippedGlossary(), lexicon: try Repo.lexicon())
    aligner.trainingPairs = 30
    let count = Self.moreThanInFlight
    let taken = Taken()
    let input = Counting(documents: try Self.documents(count), taken: taken)
    var delivered = 0
    await #expect(throws: Stop.self) {
      try await aligner.align(streaming: input) { _ in
        delivered += 1
        if delivered == 3 { throw Stop() }
      }
    }
    #expect(delivered == 3)
    #expect(taken.count < count)
  }
}
