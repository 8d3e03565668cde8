import Align
import Testing

/// A run-in headline whose lede restates it (`… final day | Europe will take …`): the subject of
/// the next sentence repeats a capitalised word of the stretch before the space. The texts are
/// NTREX dev lines, joined as they are when articles are pasted as one block.
struct RunInHeadlineRestatementTests {
  let splitter = EnglishSentenceSplitter()

  /// The prior of the boundary right after `before` (nil when there is no candidate there).
  func prior(_ text: String, after before: String) -> Double? {
    let end = text.firstRange(of: before)!.upperBound
    return splitter.boundaries(in: text).first { $0.range.lowerBound == end }?.prior
  }

  /// Headlines ending on a lower-case word, before a lede whose subject (a name, with a title
  /// such as `star` or `boss` in it) repeats the headline and is followed by a verb.
  @Test(arguments: [
    ("… that she had been unhappy. Europe take 10-6 lead into Ryder Cup final day Europe will take a healthy "
      + "advantage into the final day of the Ryder Cup after emerging from Saturday's foursomes.", "final day"),
    ("… was booed in the studio. Game of Thrones star Kit Harington hits out at toxic masculinity Kit Harington "
      + "is known for his sword-swinging role as Jon Snow in HBO's violent medieval fantasy series.", "toxic masculinity"),
    ("… dramatically increase. Tory MP says NIGEL FARAGE should be put in charge of Brexit negotiations Nigel "
      + "Farage vowed to 'mobilise the people's army' today during a protest in Solihull.", "Brexit negotiations"),
    ("… into Downing Street. Still Game star looks set for new career in restaurant industry Still Game star Ford "
      + "Kieran looks set to move into the hospitality industry after applying for a drinks licence.", "restaurant industry"),
    // A headline ending with a quotation, a lede with a reporting verb.
    ("He made 18 tackles. Jack Ross: 'My ultimate ambition is to manage Scotland' Sunderland boss Jack Ross says "
      + "his \"ultimate ambition\" is to become the Scotland manager at some stage.", "manage Scotland'"),
    // A country restated by its adjective, after a possessive in the headline.
    ("… in the capital. Mexico's AMLO vows not to use military against civilians Mexican President-elect Andres "
      + "Manuel Lopez Obrador has vowed to never use military force against civilians.", "against civilians"),
  ])
  func ledeRestatingTheHeadline(text: String, before: String) {
    #expect(prior(text, after: before)! >= 0.5)
    #expect(splitter.sentences(in: text).count == 3)
  }

  /// A capitalised name repeated after a verb or a number inside one sentence is an object, not
  /// a new subject: it goes on with `and` or a noun, carries a possessive, or ends the sentence.
  @Test(arguments: [
    ("Having crushed Woods and Patrick Reed in the fourballs they then gelled superbly to beat a deflated Woods "
      + "and American rookie Bryson Dechambeau by an even more emphatic 5&4.", "a deflated"),
    ("Rowlett said that sometime after Chambers' death, Tellis deleted Chambers' texts, calls and contact "
      + "information from his phone.", "Tellis deleted"),
    ("Out-of-form Mickelson benched on Ryder Cup Saturday. American Phil Mickelson will set a record on Sunday "
      + "when he plays his 47th Ryder Cup match, but he will have to turn his form around.", "his 47th"),
    ("Wayde Sims was shot near Southern University's campus early Friday. \"Wayde Sims suffered a gunshot "
      + "wound to the head and later died,\" police said.", "campus early"),
  ])
  func repeatedNameInsideASentenceIsNoHeadline(text: String, before: String) {
    #expect((prior("It rained. " + text, after: before) ?? 0) < 0.1)
  }

  /// Two NTREX articles pasted as one line per side: the second headline, restated by its lede,
  /// is paired with its Thai headline (the splitter without the rule merges them into one bead).
  @Test(.enabled(if: Repo.hasNTREX)) func restatedHeadlineIsItsOwnPair() async throws {
    let thai = try Repo.lines("../shared/data/ntrex-dev/doc.th.txt")[22...23].joined(separator: " ")
    let english = try Repo.lines("../shared/data/ntrex-dev/doc.en.txt")[22...23].joined(separator: " ")
    let pairs = try await Repo.alignedPairs(thai: thai, english: english)
    let headline = pairs.first { $0.english == "Europe take 10-6 lead into Ryder Cup final day" }
    #expect(headline.map { String($0.thai) } == "Europe นำ 10-6 ใน Ryder Cup วันสุดท้าย")
  }
}
