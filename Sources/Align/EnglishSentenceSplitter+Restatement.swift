extension EnglishSentenceSplitter {
  // MARK: - A lede that restates its headline

  /// Whether the sentence after the space between tokens `k` and `k + 1` opens like a news
  /// lede restating a headline that runs from token `spanStart` to `k` (no stop in between):
  /// its subject, a run of capitalised words (with lower-case titles such as `star` or `boss`:
  /// `Sunderland boss Jack Ross says`, `Kit Harington is`), repeats a capitalised word of the
  /// headline (`… in charge of Brexit negotiations | Nigel Farage vowed …` after `Tory MP
  /// says NIGEL FARAGE should be …`), and a verb-like lower-case word follows the subject (not
  /// a conjunction or a preposition; an auxiliary or `says` is fine). The headline is 3–25
  /// words long, ends on a lower-case word that can end a headline (not a function word, a
  /// title or a reporting verb; a capitalised word before the space may be the first name of
  /// the subject), and at least eight words follow before the next stop (a lede, not a short
  /// clause).
  static func restatesHeadline(_ text: String, _ tokens: [Range<String.Index>], _ k: Int, spanStart: Int) -> Bool {
    let length = k - spanStart + 1
    guard length >= 3, length <= 25, k + 8 < tokens.count else { return false }
    let previous = text[tokens[k]]
    var core = previous
    while let last = core.last, !last.isLetter, !last.isNumber { core = core.dropLast() }
    // A lower-case word (`… over Brexit negotiations | Nigel Farage vowed`), or the end of a
    // quotation (`… to manage Scotland' | Sunderland boss Jack Ross says`); not a number
    // (`his 47th | Ryder Cup match`).
    guard let first = core.first, first.isLowercase || (first.isUppercase && core.count < previous.count && closers.contains(previous.last!)),
      !neverEndsHeadline(previous), !reportingVerbs.contains(core.lowercased()), core.lowercased() != "told"
    else { return false }
    // A lede: no stop in the next eight words.
    for i in (k + 1)...(k + 8) {
      var t = text[tokens[i]]
      while let last = t.last, closers.contains(last) { t = t.dropLast() }
      guard let last = t.last else { continue }
      // `Rep.`, `U.S.`: abbreviations do not end the lede.
      if last == "?" || last == "!" || (last == "." && t.dropLast().count >= 4 && !t.dropLast().contains(".")) {
        return false
      }
    }
    // The subject: capitalised words and lower-case titles, then a lower-case word that is not
    // a conjunction or a preposition (`beat | Woods and American rookie …`), after no
    // possessive (`deleted | Chambers' texts`) and with no quotation closing inside it.
    var subject: [String] = []
    var i = k + 1
    var possessive = false
    while i < tokens.count, i <= k + 7 {
      let token = text[tokens[i]]
      var word = token.drop(while: { openers.contains($0) })
      while let last = word.last, !last.isLetter, !last.isNumber { word = word.dropLast() }
      guard let f = word.first else { return false }
      if f.isUppercase || f.isNumber {
        if word.count < token.count, let last = token.last, closers.contains(last) || ",.;:".contains(last) {
          return false
        }
        possessive = word.hasSuffix("'s") || word.hasSuffix("’s") || token.hasSuffix("'") || token.hasSuffix("’")
        subject.append(Self.nameStem(word))
      } else if subjectTitles.contains(word.lowercased()) {
        // `star`, `boss`: part of the subject, but not the restated word.
      } else {
        break
      }
      i += 1
    }
    guard i > k + 1, i < tokens.count, i <= k + 7, !possessive else { return false }
    var verb = text[tokens[i]][...]
    while let last = verb.last, !last.isLetter { verb = verb.dropLast() }
    let lowerVerb = verb.lowercased()
    if headlineNonFinal.contains(lowerVerb), !auxiliaries.contains(lowerVerb), !reportingVerbs.contains(lowerVerb) {
      return false
    }
    let candidates = subject.filter { $0.count >= 3 && !sentenceOpeners.contains($0) }
    guard !candidates.isEmpty else { return false }
    var headline: Set<String> = []
    for t in spanStart...k {
      var word = text[tokens[t]].drop(while: { !$0.isLetter && !$0.isNumber })
      while let last = word.last, !last.isLetter, !last.isNumber { word = word.dropLast() }
      if word.count >= 3 { headline.insert(Self.nameStem(word)) }
    }
    return candidates.contains { headline.contains($0) }
  }

  /// A word as it is compared between a headline and its lede: lower-cased, without a
  /// possessive, cut to its first five letters, so that a country and its adjective match
  /// (`Germany's` / `German` → `germa`, `Mexico's` / `Mexican` → `mexic`).
  static func nameStem(_ word: Substring) -> String {
    var w = word.lowercased()
    for suffix in ["'s", "’s", "'", "’"] where w.hasSuffix(suffix) {
      w.removeLast(suffix.count)
      break
    }
    return String(w.prefix(5))
  }

  /// Auxiliary verbs that may follow the subject of a lede (`Europe will take …`).
  static let auxiliaries: Set<String> = [
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "should", "must",
  ]

  /// Lower-case titles inside the subject of a lede (`Dragons Den star Peter Jones`).
  static let subjectTitles: Set<String> = [
    "star", "boss", "leader", "president", "minister", "secretary", "chairman", "chief", "general", "governor",
    "mayor", "senator", "coach", "captain", "director", "ambassador", "envoy", "commander", "judge",
    "spokesman", "spokeswoman", "founder", "manager", "actor", "actress", "singer", "rapper", "presenter",
  ]

  /// The prior of a run-in headline end before a lede that restates it. NTREX dev joined
  /// into one paragraph: 0.5 / 0.7 / 0.9 → strict F1 0.830 / 0.837 / 0.838 before the
  /// subject had to end in a verb-like word, 0.840 after (0.7 and 0.9 alike).
  static let restatementPrior = 0.9
}
