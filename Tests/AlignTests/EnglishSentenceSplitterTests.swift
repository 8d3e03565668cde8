import Align
import Testing

struct EnglishSentenceSplitterTests {
  let splitter = EnglishSentenceSplitter()

  @Test(arguments: [
    ("Mr. Kim met Dr. Lee on Jan. 5. They talked.", ["Mr. Kim met Dr. Lee on Jan. 5.", "They talked."]),
    ("Gen. Smith visited St. Louis. He left.", ["Gen. Smith visited St. Louis.", "He left."]),
    ("J. R. R. Tolkien wrote it. It sold well.", ["J. R. R. Tolkien wrote it.", "It sold well."]),
    ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
    ("He lives at No. 5 Downing Street. It is old.", ["He lives at No. 5 Downing Street.", "It is old."]),
    ("\"It was inevitable.\" The statue stays.", ["\"It was inevitable.\"", "The statue stays."]),
    ("He said (quietly.) Then he left.", ["He said (quietly.)", "Then he left."]),
    ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
    ("She asked e.g. this. fine", ["She asked e.g. this. fine"]),
  ])
  func splits(text: String, expected: [String]) {
    #expect(splitter.sentences(in: text).map(String.init) == expected)
  }

  @Test func quotationWithReportingClauseStaysWhole() {
    let text = "\"There's a shark in the water!'\" Hammel added. The boy was airlifted."
    #expect(splitter.sentences(in: text).count == 2)
    #expect(splitter.sentences(in: text).first == "\"There's a shark in the water!'\" Hammel added.")
  }

  /// After an abbreviation a typical sentence opener makes a boundary likely (NTREX:
  /// `… by 1 p.m. However, …`, `… toward the West Coast of the U.S. As Rosa …`), a name or a
  /// number does not (`Jan. 5`, `Mr. Kim`).
  @Test func abbreviationBeforeASentenceOpener() {
    func prior(_ text: String, after word: String) -> Double? {
      let end = text.firstRange(of: word)!.upperBound
      return splitter.boundaries(in: text).first { $0.range.lowerBound == end }?.prior
    }
    #expect(prior("No reports by 1 p.m. However, turnout was low.", after: "p.m.")! >= 0.5)
    #expect(prior("It moved toward the U.S. As Rosa approached, rain fell.", after: "U.S.")! >= 0.5)
    #expect(prior("It moved toward the U.S. Navy base.", after: "U.S.")! < 0.5)
    #expect(prior("The airport stays closed until Oct. President Widodo visited.", after: "Oct.")! >= 0.5)
    #expect(prior("It happened on Oct. 5 in Palu.", after: "Oct.")! < 0.5)
    #expect(prior("We met Mr. The Rock.", after: "Mr.")! < 0.5)
  }

  @Test func acronymIsAWeakBoundary() {
    let boundaries = splitter.boundaries(in: "He met U.S. President Donald Trump. They talked.")
    let first = boundaries.first { $0.kind == .abbreviation }
    #expect(first != nil)
    #expect((first?.prior ?? 1) < 0.5)
    #expect(splitter.sentences(in: "He met U.S. President Donald Trump. They talked.").count == 2)
  }

  /// A title abbreviation after a dotted acronym goes on with its name (NTREX dev document 29:
  /// `U.S. Rep. Maxine Waters on Saturday denounced …`, `… phone numbers for U.S. Sens. Lindsey
  /// Graham of South Carolina …`): no sentence end and no stop left to a second look, while a
  /// month abbreviation or a word after the acronym still may end a sentence.
  @Test func acronymBeforeATitleGoesOn() {
    func boundary(_ text: String, after word: String) -> EnglishSentenceSplitter.Boundary? {
      let end = text.firstRange(of: word)!.upperBound
      return splitter.boundaries(in: text).first { $0.range.lowerBound == end }
    }
    let rep = "'conspiracy theories' U.S. Rep. Maxine Waters on Saturday denounced allegations."
    #expect(boundary(rep, after: "U.S.")?.prior ?? 0 < 0.05)
    #expect(boundary(rep, after: "U.S.")?.kind == .stop)
    let sens = "It included the phone numbers for U.S. Sens. Lindsey Graham of South Carolina, and Mike Lee of Utah."
    #expect(boundary(sens, after: "U.S.")?.prior ?? 0 < 0.05)
    #expect(boundary("It moved into the southwest U.S. Rosa will bring rain.", after: "U.S.")?.kind == .abbreviation)
    #expect(boundary("Talks were held in the U.S. Oct. 5 was the date.", after: "U.S.")?.kind == .abbreviation)
  }

  /// A capitalised word after a word (here not a sentence opener: before `A shark` the
  /// run-in rule makes the end likely anywhere, see `RunInHeadlineTests`).
  @Test func headlineAtDocumentStartIsALikelyCandidate() {
    let text = "Shark injures diver off California beach Lifeguards said a shark attacked a boy on Saturday."
    let atStart = splitter.boundaries(in: text, startsDocument: true)
    let headline = atStart.first { text[$0.range.upperBound...].hasPrefix("Lifeguards") }
    #expect(headline?.kind == .headline)
    // Elsewhere the same transition is much less likely.
    let later = splitter.boundaries(in: text, startsDocument: false)
    let same = later.first { text[$0.range.upperBound...].hasPrefix("Lifeguards") }
    #expect((headline?.prior ?? 0) >= 0.2)
    #expect((headline?.prior ?? 0) > 2 * (same?.prior ?? 1))
  }

  @Test func headlineAloneIsNotSplit() {
    let text = "Putin holds talks with leader Kim, reaffirms alliance in war on Ukraine"
    #expect(splitter.boundaries(in: text, startsDocument: true).allSatisfy { $0.prior < 0.5 })
  }

  /// NTREX-style document start: headline, no stop, then the first sentence. Only the
  /// first-sentence headline candidates are marked as ends of the document's first bead.
  @Test func documentHeadlineCandidatesEndOnlyTheFirstBead() {
    let text = "Volcano spews ash on Mexico City Ash spewing from the Popocatepetl volcano has reached Mexico City. Winds carry it."
    let marked = splitter.boundaries(in: text, startsDocument: true).filter(\.endsHeadlineOnly)
    let gaps = marked.map { text[text.startIndex..<$0.range.lowerBound] }
    #expect(gaps.contains("Volcano spews ash on Mexico City"))
    #expect(!gaps.contains { $0.hasSuffix("Mexico City.") })
    #expect(splitter.boundaries(in: text, startsDocument: false).allSatisfy { !$0.endsHeadlineOnly })
  }
}
