extension TransliterationScorer {
  /// The abbreviation channel (see the type's documentation).
  func abbreviationScore(_ thai: PreparedThai, _ name: TransliterationEnglish) -> Double {
    var best = -Double.infinity
    let letters = name.letters.map(Int.init)
    // Initials of the transliteration: the first letter from one of the first two units, each
    // later letter from a later unit, in order.
    let ids = (thai.moreStrippedUnits ?? thai.strippedUnits).map { model.unitIndex[$0] }
    if !ids.isEmpty {
      var row = [Double](repeating: -.infinity, count: ids.count)
      for j in 0..<min(2, ids.count) { if let id = ids[j] { row[j] = firstMass[id][letters[0]] } }
      for letter in letters.dropFirst() {
        var next = [Double](repeating: -.infinity, count: ids.count)
        var prefixBest = -Double.infinity
        for j in 0..<ids.count {
          if let id = ids[j], prefixBest > -.infinity { next[j] = prefixBest + containsMass[id][letter] }
          prefixBest = max(prefixBest, row[j])
        }
        row = next
      }
      if let top = row.max(), top > -.infinity {
        let background = letters.reduce(0.0) { $0 + model.logUnigram[$1] }
        best = (top - background) / Double(letters.count) - constants.abbreviationMargin
      }
    }
    return best
  }}
