/// Splits English paragraphs into sentences, and reports weaker candidate boundaries as well.
///
/// A stop (`.`, `?`, `!`, possibly inside a closing quote or bracket: `."`) followed by a
/// space and a capital, digit or opening quote ends a sentence, unless the word before the
/// stop is an abbreviation (`Mr.`, `Dr.`, `St.`, `Gen.`, `Jan.`, `No. 5`), an initial
/// (`J. R. R. Tolkien`) or a dotted acronym (`U.S.`: ambiguous, a low prior). Headlines often
/// have no final stop (`Shark injures diver in California A 13-year-old boy ...`): a space
/// before a capitalised word is a weak candidate, stronger in the first sentence of a
/// paragraph; a colon before a capital is a weak candidate too. Inside a paragraph (articles
/// pasted as one line) a headline is likely where a dateline, a byline or a capitalised sentence
/// opener follows (`… in California A shark attacked …`: `runInHeadlinePrior`), or a lede whose
/// subject restates it (`… final day Europe will take …`: `restatesHeadline`). Never between the
/// two words of a capitalised name pair (`met Alexander Novak in`). The aligner decides.
///
///     let splitter = EnglishSentenceSplitter()
///     splitter.sentences(in: "Mr. Kim met Dr. Lee in the U.S. on Jan. 5. They talked.")
///     // ["Mr. Kim met Dr. Lee in the U.S. on Jan. 5.", "They talked."]
public struct EnglishSentenceSplitter: Sendable {
  /// What kind of evidence a boundary rests on.
  public enum Kind: String, Sendable, Hashable {
    /// A stop followed by a sentence start.
    case stop
    /// A stop after an ambiguous abbreviation or acronym (`U.S.`, `Inc.`).
    case abbreviation
    /// A colon followed by a capital, digit or quote.
    case colon
    /// No punctuation, a capitalised word follows (a headline without a final stop).
    case headline
  }

  /// A candidate boundary: the whitespace between two sentences (or pieces).
  public struct Boundary: Sendable, Hashable {
    /// The run of whitespace in the paragraph.
    public var range: Range<String.Index>
    /// Probability that a sentence ends here.
    public var prior: Double
    /// The evidence.
    public var kind: Kind
    /// A headline candidate of the first sentence of a document: only the document's first
    /// bead may end here (a document has one headline, so at most one of these is an end).
    public var endsHeadlineOnly: Bool = false
    /// For a headline candidate, its share of the probability that the document has a headline
    /// (0 for other boundaries); `prior` is `headlinePrior(share:noHeadline:)` of it.
    public var headlineShare: Double = 0
  }

  /// Lower-cased abbreviations (without the final stop) after which a stop never ends a sentence.
  public var titles: Set<String>
  /// Lower-cased abbreviations that may or may not end a sentence.
  public var ambiguous: Set<String>

  /// Creates a splitter with the default English abbreviations.
  public init() {
    titles = [
      "mr", "mrs", "ms", "messrs", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
      "cpt", "cmdr", "adm", "maj", "prof", "rev", "hon", "pres", "supt", "insp", "mt", "ft", "ave",
      "blvd", "vs", "v", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "approx", "est", "fig", "e.g", "i.e", "cf", "al", "gov't", "dept", "univ",
      "rd", "sq", "det", "sens", "reps", "gens", "govs", "cpl", "pvt", "sgts", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    ambiguous = ["inc", "ltd", "co", "corp", "jr", "sr", "etc", "plc", "llc", "bros", "a.m", "p.m"]
  }

  /// Every candidate boundary in `paragraph`, in order, with its prior.
  ///
  /// - Parameters:
  ///   - paragraph: one paragraph.
  ///   - startsDocument: whether the paragraph opens a document, where a headline without a
  ///     final stop is most likely (its headline candidates get a higher prior).
  /// - Complexity: O(n) in the length of the paragraph.
  public func boundaries(in paragraph: String, startsDocument: Bool = false) -> [Boundary] {
    // Tokens separated by whitespace runs.
    var tokens: [Range<String.Index>] = []
    var gaps: [Range<String.Index>] = []
    var i = paragraph.startIndex
    var tokenStart: String.Index? = nil
    while i < paragraph.endIndex {
      let c = paragraph[i]
      if c.isWhitespace {
        if let s = tokenStart {
          tokens.append(s..<i)
          tokenStart = nil
          var j = i
          while j < paragraph.endIndex, paragraph[j].isWhitespace { j = paragraph.index(after: j) }
          if j < paragraph.endIndex { gaps.append(i..<j) }
          i = j
          continue
        }
      } else if tokenStart == nil {
        tokenStart = i
      }
      i = paragraph.index(after: i)
    }
    if let s = tokenStart { tokens.append(s..<paragraph.endIndex) }
    var out: [Boundary] = []
    var inFirstSentence = true
    // A headline runs into the text only when text with a final stop follows it.
    var core = paragraph[...]
    while let last = core.last, last.isWhitespace || Self.closers.contains(last) { core = core.dropLast() }
    let headlineLikely = startsDocument && [".", "?", "!"].contains(core.last ?? " ")
    var firstSentenceHeadlines: [Int] = []
    var headlineTokens: [Int] = []
    var headlineOpeners: [Bool] = []
    var firstSentenceEnd = tokens.count
    var headlineWeights: [Double] = []
    // The current stretch without a likely end: a headline restated by its lede starts here.
    var spanStart = 0
    var restatedInSpan = false
    var openerSeen = false
    for (k, gap) in gaps.enumerated() where k + 1 < tokens.count {
      let previous = paragraph[tokens[k]]
      let next = paragraph[tokens[k + 1]]
      guard var (prior, kind) = judge(previous: previous, next: next, inFirstSentence: inFirstSentence)
      else { continue }
      if kind == .headline, Self.isNamePair(paragraph, tokens, k) { continue }
      // A headline ends at the latest before the first sentence opener after a word (`…
      // from their parents | One in five children …`): after it, standfirst lines without a
      // stop are run-in headlines as anywhere else (`… "fake Insta" pages | The news has …`).
      let documentHeadline = kind == .headline && inFirstSentence && headlineLikely && !openerSeen
      if documentHeadline, !Self.neverEndsHeadline(previous) {
        firstSentenceHeadlines.append(out.count)
        headlineTokens.append(k)
        let word = next.drop(while: { Self.openers.contains($0) }).lowercased()
        let opener = Self.sentenceOpeners.contains(word) || Self.startsDateline(paragraph, tokens, k + 1)
        headlineWeights.append(opener ? 8.0 : 1.0)
        headlineOpeners.append(opener)
        // Not inside Title Case (`Will Take "Hard Look" | At Running For …`): the run-in test.
        if opener, Self.runInHeadlinePrior(paragraph, tokens, k) >= 0.5 { openerSeen = true }
      } else if kind == .headline, !documentHeadline {
        prior = max(prior, Self.runInHeadlinePrior(paragraph, tokens, k))
        if !restatedInSpan, Self.restatesHeadline(paragraph, tokens, k, spanStart: spanStart) {
          restatedInSpan = true
          prior = max(prior, Self.restatementPrior)
        }
      }
      if kind == .stop, prior > 0.5, let last = previous.last, Self.closers.contains(last),
        tokens[(k + 1)...].prefix(4).contains(where: { Self.isReportingClause(paragraph[$0]) })
      {
        // `..." Hammel added.`: the quotation and its reporting clause are one sentence.
        prior = 0.15
        kind = .abbreviation
      }
      out.append(Boundary(range: gap, prior: prior, kind: kind))
      if prior >= 0.5 {
        spanStart = k + 1
        restatedInSpan = false
      }
      if prior >= 0.5, kind != .headline {
        if inFirstSentence { firstSentenceEnd = k + 1 }
        inFirstSentence = false
      }
    }
    // At the start of a document a headline ends at exactly one of the k candidates of the
    // first sentence, or (probability q0) there is none. The search lets only the document's
    // first bead end at one of them, so a split at candidate c against no split has the odds
    // ((1 − q0) / k) / q0 (three quarters of that after a capitalised word, as in Title Case).
    // A candidate before a typical sentence opener (`The`, `A`, `In`, a number word) weighs 8×.
    //
    // News headlines have at least three words (or a sentence opener follows them: `Study
    // History The next …`) and the first sentence after one is a full lede of eight words or
    // more (NTREX dev: 56 of 57 headlines 5–21 words, first sentences 14 words or more); a
    // candidate that leaves less keeps a tenth of its share, the rest goes to "no headline"
    // (`Putin met | Alexander Novak in Moscow on Tuesday.` is one sentence).
    let total = headlineWeights.reduce(0, +)
    for (c, (i, w)) in zip(firstSentenceHeadlines, headlineWeights).enumerated() {
      out[i].endsHeadlineOnly = true
      var plausible = 1.0
      let k = headlineTokens[c]
      if k + 1 < 3, !headlineOpeners[c] { plausible *= 0.1 }
      if firstSentenceEnd - (k + 1) < 8 { plausible *= 0.1 }
      out[i].headlineShare = (out[i].prior >= 0.1 ? 1 : 0.75) * w / total * plausible
      out[i].prior = Self.headlinePrior(share: out[i].headlineShare, noHeadline: Self.noHeadline)
    }
    return out
  }

  /// The probability that a document opening has no headline (q0), before it is learned from
  /// the input.
  public static let noHeadline = 0.1

  /// The prior of a headline candidate with probability share `share` when the document has
  /// no headline with probability `noHeadline`: odds share · (1 − q0) / q0, at most 0.9.
  public static func headlinePrior(share: Double, noHeadline q0: Double) -> Double {
    let odds = share * (1 - q0) / q0
    return min(0.9, odds / (1 + odds))
  }

  /// The sentences of `paragraph`: split at every boundary whose prior is at least `threshold`.
  public func sentences(in paragraph: String, threshold: Double = 0.5) -> [Substring] {
    var out: [Substring] = []
    var start = paragraph.startIndex
    for b in boundaries(in: paragraph) where b.prior >= threshold {
      out.append(paragraph[start..<b.range.lowerBound])
      start = b.range.upperBound
    }
    let rest = paragraph[start...]
    if !rest.allSatisfy(\.isWhitespace) {
      out.append(rest)
    }
    return out.map { $0.trimmingWhitespace() }
  }

  // MARK: - Rules

  static let reportingVerbs: Set<String> = [
    "said", "says", "added", "adds", "reported", "reports", "told", "asked", "wrote", "writes",
    "explained", "continued", "stated", "recalled", "tweeted", "insisted", "noted",
  ]

  /// A reporting verb that ends its clause (`added.`, `said,`).
  static func isReportingClause(_ token: Substring) -> Bool {
    guard let last = token.last, last == "." || last == "," else { return false }
    return reportingVerbs.contains(token.dropLast().lowercased())
  }

  /// Function words and number words that often open a news sentence after a headline.
  static let sentenceOpeners: Set<String> = [
    "the", "a", "an", "in", "at", "on", "as", "it", "its", "it's", "this", "that", "these", "there",
    "with", "after", "when", "while", "but", "and", "for", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "some", "more", "according", "however", "meanwhile",
    "he", "she", "they", "we", "i", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "despite", "although", "though", "since", "because", "if", "during", "following", "amid",
  ]
  /// Openers that are sentence adverbs and may carry a comma (`However, …`).
  static let sentenceAdverbs: Set<String> = ["however", "meanwhile", "according"]
  /// Month abbreviations (a date goes on with a number: `Jan. 5`).
  static let monthAbbreviations: Set<String> = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]
  /// Titles that stand before a name whatever word follows (`Mr. A`, `Dr. The`).
  static let personalTitles: Set<String> = ["mr", "mrs", "ms", "messrs", "dr", "st", "no", "nos", "v", "vs"]

  /// Words a headline does not end with: articles, prepositions, conjunctions, auxiliaries,
  /// and lower-case titles that stand before a name (`leader Kim`, `to Russia`).
  static let headlineNonFinal: Set<String> = [
    "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "over",
    "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whose", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must",
    "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "about", "after",
    "before", "against", "between", "during", "under", "without", "via", "per", "near", "said", "says",
    "leader", "president", "minister", "secretary", "chairman", "chief", "general", "governor", "mayor",
    "senator", "king", "queen", "prince", "princess", "premier", "spokesman", "spokeswoman", "boss",
    "coach", "star", "captain", "director", "ambassador", "envoy", "commander", "judge", "officer",
    "president-elect", "ex-president", "former", "late", "dr", "mr", "mrs", "ms",
  ]

  /// Whether a headline cannot end with `word` (a function word or a title before a name).
  static func neverEndsHeadline(_ word: Substring) -> Bool {
    var core = word
    while let last = core.last, !last.isLetter, !last.isNumber { core = core.dropLast() }
    guard let first = core.first, first.isLowercase else { return false }
    return headlineNonFinal.contains(core.lowercased())
  }

  static let closers: Set<Character> = ["\"", "”", "’", "'", ")", "]", "}", "»"]
  static let openers: Set<Character> = ["\"", "“", "‘", "'", "(", "[", "{", "«"]

  /// Whether the text could begin a sentence: capital, digit, or an opening quote or bracket
  /// before one of those.
  static func startsSentence(_ token: Substring) -> Bool {
    let body = token.drop(while: { openers.contains($0) })
    guard let first = body.first else { return !token.isEmpty && openers.contains(token.first!) }
    return first.isUppercase || first.isNumber || (token.first.map { openers.contains($0) } ?? false)
  }

  func judge(previous: Substring, next: Substring, inFirstSentence: Bool) -> (Double, Kind)? {
    var core = previous
    while let last = core.last, Self.closers.contains(last) { core = core.dropLast() }
    guard let last = core.last else { return nil }
    let nextBody = next.drop(while: { Self.openers.contains($0) })
    let nextFirst = nextBody.first
    let nextIsLower = nextFirst?.isLowercase ?? false
    if last == "?" || last == "!" || last == "…" {
      return nextIsLower ? (0.03, .stop) : (0.95, .stop)
    }
    if last == "." {
      if nextIsLower { return (0.02, .stop) }
      guard Self.startsSentence(next) else { return (0.2, .stop) }
      let word = core.dropLast().drop(while: { Self.openers.contains($0) })
      let lower = word.lowercased()
      if word.isEmpty || word.last == "." { return (0.9, .stop) }  // "..." ellipsis
      // After an abbreviation, a typical sentence opener (`The`, `However`, `As`) says a
      // sentence ended there as well: `… until Oct. President …` stays one, `… by 1 p.m.
      // However, …` is two.
      let opens = Self.sentenceOpeners.contains(nextBody.lowercased().filter { $0.isLetter })
      if titles.contains(lower) {
        // "No. 5", "Jan. 5", "Mr. Kim": a title before a name or a number; a month
        // abbreviation before a word ends a date.
        if Self.monthAbbreviations.contains(lower), !(nextFirst?.isNumber ?? true) { return (0.5, .abbreviation) }
        return (opens && !Self.personalTitles.contains(lower) ? 0.3 : 0.02, .abbreviation)
      }
      if word.count == 1, let w = word.first, w.isUppercase { return (opens ? 0.3 : 0.03, .abbreviation) }  // initial
      if word.contains("."), word.allSatisfy({ $0.isLetter || $0 == "." }) {
        // A title abbreviation after an acronym goes on with its name: `U.S. Rep. Maxine
        // Waters`, `U.S. Sen. …` (the acronym qualifies the title).
        let nextWord = nextBody.dropLast().lowercased()
        if nextBody.last == ".", titles.contains(nextWord), !Self.monthAbbreviations.contains(nextWord) {
          return (0.03, .stop)
        }
        return (opens ? 0.7 : 0.3, .abbreviation)  // U.S., D.C.
      }
      if ambiguous.contains(lower) { return (opens ? 0.8 : 0.5, .abbreviation) }
      return (0.97, .stop)
    }
    guard let nextFirst else { return nil }
    if last == ":" {
      return nextFirst.isUppercase || nextFirst.isNumber || next.first.map({ Self.openers.contains($0) }) == true
        ? (0.1, .colon) : nil
    }
    guard nextFirst.isUppercase, last.isLetter || last.isNumber || Self.closers.contains(previous.last!)
    else { return nil }
    let previousCapitalised = core.first?.isUppercase ?? false
    switch (inFirstSentence, previousCapitalised) {
    case (true, false): return (0.1, .headline)
    case (true, true): return (0.07, .headline)
    case (false, false): return (0.03, .headline)
    case (false, true): return (0.01, .headline)
    }
  }
}

extension Substring {
  /// The substring without leading and trailing whitespace.
  func trimmingWhitespace() -> Substring {
    var s = self
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return s
  }
}
