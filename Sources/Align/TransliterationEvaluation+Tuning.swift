public import Glossary

extension TransliterationEvaluation {
  /// A names-dev row: a Thai name and its English alternatives.
  public typealias Row = (thai: String, english: [String])

  /// The cross-validation fold (0–3) of a training row: a second digit of the same hash, so that
  /// the folds never depend on file order and never include held-out rows.
  public static func fold(_ thai: String) -> Int { Int(fnv1a(thai) / 5 % 4) }

  static func fnv1a(_ thai: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in thai.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  /// Training pairs: the rows for which `leftOut` is false, and every glossary term whose Thai
  /// (or its form without a classifier prefix) is not the Thai of a left-out row.
  public static func trainingPairs(
    rows: [Row], glossary: Glossary, leftOut: (String) -> Bool
  ) -> [TransliterationTrainer.Pair] {
    let excluded = excludedThai(rows: rows, leftOut: leftOut)
    var pairs = rows.filter { !leftOut($0.thai) }.map { TransliterationTrainer.Pair(thai: $0.thai, english: $0.english) }
    for concept in glossary.concepts {
      for thai in concept.thai where !excluded.contains(thai.text) && !excluded.contains(TransliterationText.strippingPrefix(thai.text)) {
        pairs.append(.init(thai: thai.text, english: concept.allowedEnglish.map(\.text)))
      }
    }
    return pairs
  }

  /// The Thai of the left-out rows, as written and without a classifier prefix: dictionary
  /// entries (lexicon, glossary) with that Thai are not used when those rows are ranked.
  public static func excludedThai(rows: [Row], leftOut: (String) -> Bool) -> Set<String> {
    var out: Set<String> = []
    for row in rows where leftOut(row.thai) {
      out.insert(row.thai)
      out.insert(TransliterationText.strippingPrefix(row.thai))
    }
    return out
  }

  /// Ranks the rows selected by `evaluated` with `scorer` (distractors from `rows`): the
  /// outcomes, one per evaluated row.
  public static func rank(rows: [Row], scorer: TransliterationScorer, evaluated: (String) -> Bool = isHeldOut) -> [Outcome] {
    var cachedThai = ""
    var prepared = scorer.prepare("")
    return rank(rows: rows, evaluated: evaluated) { thai, english in
      if thai != cachedThai {
        cachedThai = thai
        prepared = scorer.prepare(thai)
      }
      return english.map { scorer.score(prepared, english: $0) }.max() ?? -.infinity
    }
  }
}

extension TransliterationScorer.Constants {
  /// The names `init(parsing:)` reads, with the constant each one sets.
  static var names: KeyValuePairs<String, WritableKeyPath<Self, Double>> {
    [
      "credit": \.translationCredit, "letter": \.unexplainedLetterCost, "thai": \.unexplainedThaiCost,
      "suffix": \.suffixCost, "abbr": \.abbreviationMargin, "taxon": \.taxonPrior, "spelled": \.spelledScore,
      "taxonw": \.taxonWeight, "symbol": \.symbolMargin,
      "number": \.numberScore, "capital": \.capitalMargin, "demonym": \.demonymMargin, "dropwords": \.droppedWordsCost, "stemslack": \.stemSlack,
    ]
  }

  /// Constants from `name=value` pairs separated by commas (unknown names are an error).
  public init?(parsing text: String) {
    self.init()
    for item in text.split(separator: ",") {
      let kv = item.split(separator: "=")
      guard kv.count == 2, let value = Double(kv[1]),
        let path = Self.names.first(where: { $0.key == kv[0] })?.value
      else { return nil }
      self[keyPath: path] = value
    }
  }

  /// `name=value` pairs (the format `init(parsing:)` reads).
  public var description: String {
    Self.names.map { "\($0.key)=\(self[keyPath: $0.value])" }.joined(separator: ",")
  }
}
