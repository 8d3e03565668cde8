import Align
import Testing

/// Headlines inside a paragraph (articles pasted as one line) and first sentences that are
/// not headlines. The texts are NTREX dev lines, joined as they are in a one-paragraph input.
struct RunInHeadlineTests {
  let splitter = EnglishSentenceSplitter()

  /// The prior of the boundary right after `before` (nil when there is no candidate there).
  func prior(_ text: String, after before: String, startsDocument: Bool = false) -> Double? {
    let end = text.firstRange(of: before)!.upperBound
    return splitter.boundaries(in: text, startsDocument: startsDocument).first { $0.range.lowerBound == end }?.prior
  }

  /// The end of one article, then the next one's headline and first sentence in the same line:
  /// a capitalised sentence opener after a word that may end a headline makes a likely end.
  @Test func headlineBeforeASentenceOpenerInsideAParagraph() {
    let text = """
      … argue that the name change is simply the price to pay to join the EU and NATO. Shark \
      injures 13-year-old on lobster dive in California A shark attacked and injured a \
      13-year-old boy Saturday while he was diving for lobster in California on the opening \
      day of lobster season, officials said. The attack occurred just before 7 a.m. near \
      Beacon's Beach in Encinitas. Indonesia Tsunami and Quake Devastate an Island, Killing \
      Hundreds In the aftermath of the Lombok earthquake, for instance, foreign \
      nongovernmental organizations were told they weren't needed.
      """
    #expect(prior(text, after: "dive in California")! >= 0.5)
    #expect(prior(text, after: "Killing Hundreds")! >= 0.5)
    #expect(splitter.sentences(in: text).contains("Shark injures 13-year-old on lobster dive in California"))
    // Inside the Title Case headline a preposition is not a sentence start.
    #expect(splitter.sentences(in: text).contains("Indonesia Tsunami and Quake Devastate an Island, Killing Hundreds"))
  }

  /// Openers beyond the articles and pronouns: a number word above ten and a subordinating
  /// conjunction or preposition (`Eighteen`, `Despite`) are capitalised mid-sentence only in
  /// Title Case, so after a lower-case word they start a sentence.
  @Test(arguments: [
    ("Voters stayed home. 18 states, D.C. support challenge to new asylum policy Eighteen states and the District "
      + "of Columbia are supporting a legal challenge to a new federal policy.", "new asylum policy"),
    ("It was cold. Women are losing sleep over this retirement savings fear Despite the fact that survey "
      + "participants had a clear idea of how they would spend their retirement, most worried.", "savings fear"),
  ])
  func numberWordOrConjunctionOpensASentence(text: String, before: String) {
    #expect(prior(text, after: before)! >= 0.5)
  }

  /// A lede that opens with a quotation, and quotations inside a sentence.
  @Test func quotationOpeningALede() {
    let lede = "It was over. Brett Kavanaugh's future hangs in the balance as FBI begins investigation \"I thought, if we "
      + "could actually get something like what he was asking for, it would be a good thing,\" Flake said."
    #expect(prior(lede, after: "begins investigation")! >= 0.5)
    let told = "Police were called. She told the Post on Friday, adding \"I know it's discrimination.\" The case goes on."
    #expect((prior(told, after: "Friday, adding") ?? 0) < 0.1)
    let name = "Europe won. He and Molinari were dubbed \"Molliwood\" after a sensational week."
    #expect((prior(name, after: "were dubbed") ?? 0) < 0.1)
  }

  /// The same words inside a Title Case headline start nothing.
  @Test func titleCaseConjunctionIsNoHeadline() {
    #expect((prior("Markets closed. Stocks Rally Despite Fears Of A Trade War on Monday.", after: "Stocks Rally") ?? 0) < 0.1)
  }

  /// Capitalised openers in running prose that start no sentence: a newspaper or organisation
  /// name after a verb or an article, a grade letter, a Title Case headline, a quotation.
  @Test(arguments: [
    ("Mr Goldsmith told The Sunday Telegraph: \"Cromwell is regarded by many as a defender.\"", "told"),
    ("Some of the key commitments include The Power of Nutrition, a U.K. based partnership of investors.", "include"),
    ("It showed that 72 per cent of students achieved a Higher grade A in Mandarin, while 69 per cent did in French.", "Higher grade"),
    ("The Scot is relishing the challenge of reviving the club, who currently sit third place in League One, three points off the top.", "in League"),
    ("Air Traffic Controller Dies To Ensure Hundreds On Plane Can Escape Earthquake An air traffic controller died.", "Ensure Hundreds"),
    ("A source close to Jones said last night \"We wouldn't comment on his business affairs.\" It ended there.", "last night"),
  ])
  func capitalisedOpenerInProseIsNoHeadline(text: String, before: String) {
    #expect((prior("It rained. " + text, after: before) ?? 0) < 0.1)
  }

  /// A wire-service dateline after a headline without a stop.
  @Test func datelineStartsASentence() {
    let text = "Markets fell. Trump signs order on tariffs Washington (Reuters) - The president signed an order on Friday."
    #expect(prior(text, after: "on tariffs")! >= 0.5)
    #expect(prior("Stocks rose. Oil prices climb LONDON - Oil prices rose on Monday.", after: "prices climb")! >= 0.5)
    #expect((prior("He lives in Washington and works for Reuters now.", after: "lives in") ?? 0) < 0.5)
    // A dateline of two place words is cut before them, not between them.
    let twoWords = "Markets fell. Trump signs order on tariffs New York (Reuters) - Stocks fell on Friday."
    #expect(prior(twoWords, after: "on tariffs")! >= 0.5)
    #expect((prior(twoWords, after: "tariffs New") ?? 0) < 0.5)
  }

  /// A short first sentence with a two-word name: neither `met | Alexander` nor `Alexander |
  /// Novak` is a headline end (a headline of two words without a sentence opener after it, or
  /// a first sentence of fewer than eight words after it, keeps a tenth of its share; a
  /// capitalised name pair is never cut).
  @Test func shortFirstSentenceWithANameIsNotAHeadline() {
    let text = "Putin met Alexander Novak in Moscow on Tuesday. The two discussed oil prices."
    let boundaries = splitter.boundaries(in: text, startsDocument: true)
    #expect(prior(text, after: "Alexander", startsDocument: true) == nil)
    #expect(boundaries.filter(\.endsHeadlineOnly).allSatisfy { $0.prior < 0.5 })
    #expect(splitter.sentences(in: text) == ["Putin met Alexander Novak in Moscow on Tuesday.", "The two discussed oil prices."])
  }

  /// The same through the aligner, with no glossary entry for the name: the Thai side has a
  /// space inside the name (`อเล็กซานเดอร์ โนวัค`), the first sentence pair stays whole.
  @Test func shortFirstSentenceStaysWholeInTheAlignment() async throws {
    let pairs = try await Repo.alignedPairs(
      thai: "ปูตินพบกับอเล็กซานเดอร์ โนวัค ที่กรุงมอสโกเมื่อวันอังคาร ทั้งสองหารือเรื่องราคาน้ำมัน",
      english: "Putin met Alexander Novak in Moscow on Tuesday. The two discussed oil prices.")
    #expect(pairs.map { String($0.english) } == [
      "Putin met Alexander Novak in Moscow on Tuesday.", "The two discussed oil prices.",
    ])
    #expect(pairs.first.map { String($0.thai) } == "ปูตินพบกับอเล็กซานเดอร์ โนวัค ที่กรุงมอสโกเมื่อวันอังคาร")
  }
}

/// Bylines pasted between a headline and its first sentence.
struct BylineTests {
  let splitter = EnglishSentenceSplitter()

  @Test func bylineIsItsOwnPiece() {
    let text = "Markets fell. Shark injures 13-year-old on lobster dive in California By Jane Doe A shark attacked and "
      + "injured a 13-year-old boy Saturday while he was diving for lobster."
    #expect(splitter.sentences(in: text) == [
      "Markets fell.", "Shark injures 13-year-old on lobster dive in California", "By Jane Doe",
      "A shark attacked and injured a 13-year-old boy Saturday while he was diving for lobster.",
    ])
    // Before a dateline the dateline rule ends the byline.
    let wire = "Stocks rose. Oil prices climb By Ron Bousso LONDON (Reuters) - Oil prices rose on Monday."
    #expect(splitter.sentences(in: wire) == [
      "Stocks rose.", "Oil prices climb", "By Ron Bousso", "LONDON (Reuters) - Oil prices rose on Monday.",
    ])
  }

  /// `By` inside a Title Case headline, and `by` in a sentence, start nothing.
  @Test func byInsideAHeadlineOrASentence() {
    let text = "It rained. Man Killed By Police Officer In Ohio, Family Says The family of a man shot dead spoke."
    #expect(!splitter.sentences(in: text).contains("By Police Officer In Ohio, Family Says"))
    #expect(splitter.sentences(in: "He was hit by Jane Doe on Monday. She fled.").count == 2)
  }

  /// A headline and standfirst lines without stops at the start of a document (NTREX): the
  /// headline ends at the latest before the first sentence opener; the later lines are cut as
  /// run-in headlines, which the document's one-headline rule used to forbid.
  @Test func standfirstLinesAfterTheHeadline() {
    let text = """
      One in five children have secret social media accounts that they hide from their parents \
      One in five children - some as young as 11 - have secret social media accounts that they \
      hide from their parents and teachers, survey reveals Survey of 20,000 secondary school \
      pupils revealed growth in "fake Insta" pages The news has heightened fears that sexual \
      content is being posted Twenty per cent of pupils said they have a "main" account to show \
      parents One in five children - some as young as 11 - are creating social media accounts \
      that they keep secret from adults.
      """
    let all = splitter.boundaries(in: text, startsDocument: true)
    let headline = all.first { text[..<$0.range.lowerBound].hasSuffix("hide from their parents") }!
    #expect(headline.endsHeadlineOnly)
    for before in ["\"fake Insta\" pages", "is being posted"] {
      let end = text.firstRange(of: before)!.upperBound
      let b = all.first { $0.range.lowerBound == end }!
      #expect(!b.endsHeadlineOnly)  // any bead may end here, not only the first
      #expect(b.prior >= 0.5)
    }
    // A Title Case opener does not end the headline early: `Will Take "Hard Look" | At Running`.
    let warren = """
      Elizabeth Warren Will Take "Hard Look" At Running For President in 2020, Massachusetts Senator \
      Says Massachusetts Senator Elizabeth Warren said on Saturday she would take a "hard look" at \
      running for president following the midterm elections.
      """
    let candidates = splitter.boundaries(in: warren, startsDocument: true)
    let says = warren.firstRange(of: "Senator Says")!.upperBound
    #expect(candidates.contains { $0.range.lowerBound == says && $0.endsHeadlineOnly })
  }
}
