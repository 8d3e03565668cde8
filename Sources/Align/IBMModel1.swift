/// Word translation probabilities t(e | f) learned from sentence pairs with IBM model 1 (EM).
///
/// The aligner trains it on the beads of a first pass over the input itself, and uses each
/// Thai word's likely English words as anchors in a second pass.
struct IBMModel1 {
  private(set) var thaiWords: [String] = []
  private(set) var englishWords: [String] = []
  /// (thai << 32 | english) → t(english | thai).
  private(set) var table: [UInt64: Double] = [:]

  /// Trains on `(thai tokens, english tokens)` pairs for `iterations` EM rounds.
  ///
  /// - Complexity: O(iterations · Σ |thai| · |english|).
  static func train(pairs: [([String], [String])], iterations: Int = 5) -> IBMModel1 {
    var model = IBMModel1()
    var thaiIndex: [String: UInt32] = [:]
    var englishIndex: [String: UInt32] = [:]
    var encoded: [([UInt32], [UInt32])] = []
    encoded.reserveCapacity(pairs.count)
    for (f, e) in pairs where !f.isEmpty && !e.isEmpty {
      let fi = f.map { w -> UInt32 in
        if let i = thaiIndex[w] { return i }
        let i = UInt32(model.thaiWords.count)
        model.thaiWords.append(w)
        thaiIndex[w] = i
        return i
      }
      let ei = e.map { w -> UInt32 in
        if let i = englishIndex[w] { return i }
        let i = UInt32(model.englishWords.count)
        model.englishWords.append(w)
        englishIndex[w] = i
        return i
      }
      encoded.append((fi, ei))
    }
    // Uniform start: every co-occurring pair gets the same probability.
    let uniform = 1 / Double(max(model.englishWords.count, 1))
    var t: [UInt64: Double] = [:]
    for (f, e) in encoded {
      for fw in f { for ew in e { t[UInt64(fw) << 32 | UInt64(ew)] = uniform } }
    }
    for _ in 0..<iterations {
      var counts: [UInt64: Double] = [:]
      counts.reserveCapacity(t.count)
      var totals = [Double](repeating: 0, count: model.thaiWords.count)
      for (f, e) in encoded {
        for ew in e {
          var denominator = uniform  // the empty word
          for fw in f { denominator += t[UInt64(fw) << 32 | UInt64(ew), default: 0] }
          for fw in f {
            let key = UInt64(fw) << 32 | UInt64(ew)
            let share = t[key, default: 0] / denominator
            counts[key, default: 0] += share
            totals[Int(fw)] += share
          }
        }
      }
      for (key, count) in counts {
        let total = totals[Int(key >> 32)]
        counts[key] = total > 0 ? count / total : 0
      }
      t = counts
    }
    model.table = t
    return model
  }

  /// For every Thai word, its English words with t(e | f) ≥ `minimum` (at most `limit`).
  func likelyTranslations(minimum: Double = 0.2, limit: Int = 3) -> [String: [String]] {
    var best: [UInt32: [(Double, UInt32)]] = [:]
    for (key, p) in table where p >= minimum {
      best[UInt32(key >> 32), default: []].append((p, UInt32(key & 0xFFFF_FFFF)))
    }
    var out: [String: [String]] = [:]
    for (f, list) in best {
      out[thaiWords[Int(f)]] = list.sorted { $0.0 > $1.0 }.prefix(limit).map { englishWords[Int($0.1)] }
    }
    return out
  }
}
