extension EnglishSentenceSplitter {
  // MARK: - Run-in headlines inside a paragraph

  /// The prior that a run-in headline ends between token `k` and `k + 1` anywhere in a
  /// paragraph (not only at its start: a document pasted as one line, or several articles
  /// joined): 0 when nothing but the capital says so. Three signals, each about the words only:
  ///
  /// - a dateline opens the next sentence (`… on tariffs | WASHINGTON (Reuters) - The …`,
  ///   `Washington (AP) —`, `LONDON —`): 0.9;
  /// - a capitalised sentence opener (`The`, `A`, `In`, `There`, `It`, a number word; not `I`)
  ///   follows a word that can end a headline (not a function word, a title before a name or
  ///   `told`/`said`: `told The Sunday Times`), outside a Title Case run (`Dies To Ensure
  ///   Hundreds On Plane`: the word before and the one after next are both capitalised): such a
  ///   capital in mid-sentence is rare in running prose; a quotation (`said "We …`), an
  ///   opener with its own punctuation (`grade A.`, `League One,`) and an article before a
  ///   capital or a function word (`include The Power of …`, `grade A in`) do not count.
  ///   `runInOpenerPrior`;
  /// - a byline follows (`… in California | By Jane Doe`), or one ends here (`By Jane Doe |
  ///   The …`): 0.9.
  ///
  /// A lede restating its headline (`restatesHeadline`) is judged by the caller, once per
  /// stretch without a likely end. Other run-in headlines (`… over Brexit | Prime Minister
  /// Theresa May accused …`, a headline ending inside a run of capitalised words) are left to
  /// the weak capital-after-a-word candidates: no surface rule tried on NTREX dev for them was
  /// both frequent and precise (docs/quality/align.md, "Run-in headlines" and "Round 5").
  static func runInHeadlinePrior(_ text: String, _ tokens: [Range<String.Index>], _ k: Int) -> Double {
    // Only where the dateline starts, not inside it (`New | York (Reuters) -`).
    if startsDateline(text, tokens, k + 1), !startsDateline(text, tokens, k) { return 0.9 }
    let previous = text[tokens[k]]
    // A byline after a headline (`… dive in California | By Jane Doe`), not inside a Title Case
    // run (`Man Killed | By Police`).
    if startsByline(text, tokens, k + 1), !neverEndsHeadline(previous),
      k == 0 || previous.first?.isUppercase != true || text[tokens[k - 1]].first?.isUppercase != true
    {
      return 0.9
    }
    if endsByline(text, tokens, k) { return 0.9 }
    let next = text[tokens[k + 1]]
    // A quotation run into its sentence (`said last night "We wouldn't …"`) is not a start; a
    // lede that opens with a quotation is (`… as FBI begins investigation | "I thought, if …`).
    guard let first = next.first, !openers.contains(first) else {
      return opensQuotedLede(text, tokens, k) ? runInOpenerPrior : 0
    }
    var word = next
    while let last = word.last, !last.isLetter { word = word.dropLast() }
    let lower = word.lowercased()
    guard word != "I", word.count == 1 || word.contains(where: \.isLowercase), sentenceOpeners.contains(lower)
    else { return 0 }
    // An opener carries no punctuation of its own unless it is an adverb (`However,`):
    // `grade A.`, `League One, three points`.
    if word.count < next.count, !sentenceAdverbs.contains(lower) { return 0 }
    if k + 2 < tokens.count, ["the", "a", "an"].contains(lower) {
      // An article goes on with its noun phrase: not with a function word (`grade A in
      // Mandarin`), and a capital after it makes a name (`include The Power of Nutrition`).
      var after = text[tokens[k + 2]].drop(while: { openers.contains($0) })
      while let last = after.last, !last.isLetter { after = after.dropLast() }
      if after.first?.isUppercase == true || headlineNonFinal.contains(after.lowercased()) { return 0 }
    }
    var core = previous
    while let last = core.last, !last.isLetter, !last.isNumber { core = core.dropLast() }
    if neverEndsHeadline(previous) || reportingVerbs.contains(core.lowercased()) || core.lowercased() == "told" {
      return 0
    }
    let previousCapitalised = core.first?.isUppercase ?? false
    if previousCapitalised, k + 2 < tokens.count,
      text[tokens[k + 2]].drop(while: { openers.contains($0) }).first?.isUppercase == true
    {
      return 0
    }
    return runInOpenerPrior
  }

  /// The prior of a run-in headline end before a capitalised sentence opener (see
  /// `runInHeadlinePrior`).
  /// NTREX dev joined into one paragraph: 0.4 / 0.7 / 0.8 / 0.9 / 0.97 → strict F1 0.794 / 0.818
  /// / 0.822 / 0.828 / 0.828 (the bead search merges a headline with its first sentence unless
  /// the split is nearly certain; the precision of the rule on dev is about 3 in 4).
  static let runInOpenerPrior = 0.9

  /// Whether a dateline starts at token `k`: one to five capitalised place words (and an
  /// optional date: `LONDON, Oct 5`), then `(Agency)` and a dash, or ALL-CAPS place words and
  /// a dash (`WASHINGTON -`, `NEW YORK —`).
  static func startsDateline(_ text: String, _ tokens: [Range<String.Index>], _ k: Int) -> Bool {
    var i = k
    var allCaps = true
    var places = 0
    while i < tokens.count, i < k + 6 {
      let t = text[tokens[i]]
      if t.first == "(" {
        // `(Reuters)`, `(AP)`: one capitalised word in brackets, then a dash.
        let inner = t.dropFirst().dropLast()
        guard places > 0, t.last == ")", inner.first?.isUppercase == true, inner.allSatisfy(\.isLetter),
          i + 1 < tokens.count
        else { return false }
        return isDash(text[tokens[i + 1]])
      }
      if isDash(t) { return places > 0 && allCaps }
      var core = t
      if core.last == "," { core = core.dropLast() }
      guard let first = core.first, first.isUppercase || (places > 0 && first.isNumber),
        core.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "'" })
      else { return false }
      if first.isLetter {
        if core.contains(where: \.isLowercase) { allCaps = false }
        if core.count < 2, !core.hasSuffix(".") { allCaps = false }
      }
      places += 1
      i += 1
    }
    return false
  }

  static func isDash(_ token: Substring) -> Bool { ["-", "--", "—", "–"].contains(token) }

  /// Whether the space between tokens `k` and `k + 1` is inside a capitalised name pair: two
  /// capitalised words between lower-case ones (`Putin met Alexander Novak on …`): a headline
  /// does not end after a first name. Not when the second word is a sentence opener (`in
  /// Cologne There were`) or the first ends with a quote or bracket.
  static func isNamePair(_ text: String, _ tokens: [Range<String.Index>], _ k: Int) -> Bool {
    guard k >= 1, k + 2 < tokens.count else { return false }
    func firstLetter(_ i: Int) -> Character? { text[tokens[i]].drop(while: { openers.contains($0) }).first }
    let previous = text[tokens[k]]
    guard let last = previous.last, last.isLetter, previous.first?.isUppercase == true,
      previous.contains(where: \.isLowercase), firstLetter(k - 1)?.isLowercase == true,
      firstLetter(k + 2)?.isLowercase == true
    else { return false }
    var next = text[tokens[k + 1]]
    while let l = next.last, !l.isLetter { next = next.dropLast() }
    guard next.first?.isUppercase == true, next.contains(where: \.isLowercase) else { return false }
    return !sentenceOpeners.contains(next.lowercased())
  }

  /// Whether a quotation opening a lede starts at token `k + 1`: a quote mark before a
  /// capitalised sentence opener (`"I thought`, `"We will`, `"The …`), after a word that can
  /// end a headline, with no reporting verb or colon among the four words before (`said last
  /// night "We wouldn't …"`, `told the Post on Friday, adding "I know …"`: the quotation is
  /// part of that sentence).
  static func opensQuotedLede(_ text: String, _ tokens: [Range<String.Index>], _ k: Int) -> Bool {
    var word = text[tokens[k + 1]].drop(while: { openers.contains($0) })
    guard word.count < text[tokens[k + 1]].count, word.first?.isUppercase == true else { return false }
    while let last = word.last, !last.isLetter { word = word.dropLast() }
    guard sentenceOpeners.contains(word.lowercased()) else { return false }
    let previous = text[tokens[k]]
    guard let last = previous.last, last.isLetter, !neverEndsHeadline(previous) else { return false }
    for t in tokens[max(0, k - 3)...k] {
      var w = text[t]
      if w.last == ":" { return false }
      while let l = w.last, !l.isLetter { w = w.dropLast() }
      let lower = w.lowercased()
      if reportingVerbs.contains(lower) || quotingWords.contains(lower) { return false }
    }
    return true
  }

  /// Words that introduce a quotation besides the reporting verbs (`adding "I know …"`).
  static let quotingWords: Set<String> = [
    "say", "saying", "tell", "telling", "adding", "asking", "writing", "tweeting", "quoted", "quoting", "warned",
    "warning", "declared", "announced", "replied", "responded", "shouted", "called", "titled", "dubbed",
  ]
}
