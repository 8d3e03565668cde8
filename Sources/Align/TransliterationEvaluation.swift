/// The names-dev ranking measure: for each held-out Thai name, is its English name ranked first
/// among it and 99 other names of the file? Train and held-out parts are split by a hash of the
/// Thai name, so the split is the same on every machine and never depends on file order.
public enum TransliterationEvaluation {
  /// Whether a row belongs to the held-out part (one in five, by FNV-1a of the Thai name).
  public static func isHeldOut(_ thai: String) -> Bool {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in thai.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash % 5 == 0
  }

  /// One evaluated Thai name.
  public struct Outcome: Sendable {
    /// The Thai name (as in the file).
    public var thai: String
    /// Its English names.
    public var english: [String]
    /// The best-scoring distractor (its first English name) and its score, when it beat or tied.
    public var beatenBy: (english: String, score: Double)?
    /// The score of the right English name.
    public var score: Double
  }

  /// Ranks each held-out row's English among `distractors` other rows (a fixed-seed random
  /// choice among rows that share no English name with it).
  ///
  /// - Parameters:
  ///   - rows: every row of the file (Thai, English alternatives).
  ///   - evaluated: which rows are ranked (default: the held-out part).
  ///   - score: the similarity used for ranking.
  /// - Returns: one outcome per held-out row; `beatenBy == nil` means ranked first.
  public static func rank(
    rows: [(thai: String, english: [String])], distractors: Int = 99, seed: UInt64 = 42,
    evaluated: (String) -> Bool = isHeldOut, score: (String, [String]) -> Double
  ) -> [Outcome] {
    var rng = SplitMix64(seed: seed)
    var outcomes: [Outcome] = []
    for row in rows where evaluated(row.thai) {
      let own = Set(row.english)
      var chosen: [Int] = []
      var tries = 0
      while chosen.count < distractors && tries < distractors * 20 {
        tries += 1
        let k = Int(rng.next() % UInt64(rows.count))
        if rows[k].thai == row.thai || !own.isDisjoint(with: rows[k].english) || chosen.contains(k) { continue }
        chosen.append(k)
      }
      let right = score(row.thai, row.english)
      var beaten: (String, Double)?
      for k in chosen {
        let s = score(row.thai, rows[k].english)
        if s >= right && s > (beaten?.1 ?? -.infinity) { beaten = (rows[k].english[0], s) }
      }
      outcomes.append(Outcome(thai: row.thai, english: row.english, beatenBy: beaten, score: right))
    }
    return outcomes
  }
}

/// A small deterministic random generator (SplitMix64), the same on every platform.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
