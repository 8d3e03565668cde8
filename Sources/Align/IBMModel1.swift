#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Word translation probabilities t(e | f) learned from sentence pairs with IBM model 1 (EM).
///
/// The aligner trains it on the beads of a first pass over the input itself, and uses each
/// Thai word's likely English words as anchors in a second pass.
struct IBMModel1: Sendable {
  private(set) var thaiWords: [String] = []
  private(set) var englishWords: [String] = []
  /// Word → number, for scoring text with the model.
  private(set) var thaiIds: [String: UInt32] = [:]
  private(set) var englishIds: [String: UInt32] = [:]
  /// (thai << 32 | english) → t(english | thai).
  private(set) var table = UInt64Map<Double>(placeholder: 0)

  /// Trains on `(thai tokens, english tokens)` pairs for `iterations` EM rounds.
  ///
  /// - Complexity: O(iterations · Σ |thai| · |english|).
  static func train(pairs: [([String], [String])], iterations: Int = 5) -> IBMModel1 {
    var model = IBMModel1()
    var thai = Vocabulary()
    var english = Vocabulary()
    var encoded: [([UInt32], [UInt32])] = []
    encoded.reserveCapacity(pairs.count)
    for (f, e) in pairs where !f.isEmpty && !e.isEmpty {
      encoded.append((f.map { thai.id(of: $0) }, e.map { english.id(of: $0) }))
    }
    model.thaiWords = thai.words
    model.englishWords = english.words
    model.thaiIds = thai.index
    model.englishIds = english.index
    // Each (thai, english) co-occurrence gets a slot; EM then runs on flat arrays.
    var slotOf = UInt64Map<Int32>(placeholder: -1)
    var slotKeys: [UInt64] = []
    var slotThai: [Int32] = []
    var pairSlots: [[Int32]] = []  // per pair: |f| × |e| slots, row-major by english word
    pairSlots.reserveCapacity(encoded.count)
    for (f, e) in encoded {
      var slots: [Int32] = []
      slots.reserveCapacity(f.count * e.count)
      for ew in e {
        for fw in f {
          let key = UInt64(fw) << 32 | UInt64(ew)
          let (s, inserted) = slotOf.insertIfAbsent(key, Int32(slotKeys.count))
          if inserted {
            slotKeys.append(key)
            slotThai.append(Int32(fw))
          }
          slots.append(s)
        }
      }
      pairSlots.append(slots)
    }
    let uniform = 1 / Double(max(model.englishWords.count, 1))
    var t = [Double](repeating: uniform, count: slotKeys.count)
    var counts = [Double](repeating: 0, count: slotKeys.count)
    var totals = [Double](repeating: 0, count: model.thaiWords.count)
    for _ in 0..<iterations {
      for k in counts.indices { counts[k] = 0 }
      for k in totals.indices { totals[k] = 0 }
      for (p, (f, e)) in encoded.enumerated() {
        let slots = pairSlots[p]
        let width = f.count
        for row in 0..<e.count {
          var denominator = uniform  // the empty word
          for col in 0..<width { denominator += t[Int(slots[row * width + col])] }
          for col in 0..<width {
            let s = Int(slots[row * width + col])
            let share = t[s] / denominator
            counts[s] += share
            totals[Int(slotThai[s])] += share
          }
        }
      }
      for s in t.indices {
        let total = totals[Int(slotThai[s])]
        t[s] = total > 0 ? counts[s] / total : 0
      }
    }
    var table = UInt64Map<Double>(placeholder: 0)
    for (s, key) in slotKeys.enumerated() where t[s] >= 0.05 { table.set(key, t[s]) }
    model.table = table
    return model
  }

  /// For every Thai word, its English words with t(e | f) ≥ `minimum` (at most `limit`).
  func likelyTranslations(minimum: Double = 0.2, limit: Int = 3) -> [String: [String]] {
    var best: [UInt32: [(Double, UInt32)]] = [:]
    table.forEach { key, p in
      if p >= minimum { best[UInt32(key >> 32), default: []].append((p, UInt32(key & 0xFFFF_FFFF))) }
    }
    var out: [String: [String]] = [:]
    for (f, list) in best {
      out[thaiWords[Int(f)]] = list.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }.prefix(limit).map { englishWords[Int($0.1)] }
    }
    return out
  }
}

extension IBMModel1 {
  /// The numbers of Thai words (nil for words the model never saw).
  func thaiNumbers(_ words: [String]) -> [UInt32?] { words.map { thaiIds[$0] } }
  /// The numbers of English words (nil for words the model never saw).
  func englishNumbers(_ words: [String]) -> [UInt32?] { words.map { englishIds[$0] } }

  /// log P(english | thai) under IBM model 1 with the empty word (the uniform probability
  /// the model was trained with), over words numbered by `thaiNumbers` / `englishNumbers`.
  func logLikelihood(english: some Collection<UInt32?>, thai: some Collection<UInt32?>) -> Double {
    let empty = 1 / Double(max(englishWords.count, 1))
    let norm = log(Double(thai.count + 1))
    var total = 0.0
    for e in english {
      var sum = empty
      if let e {
        for f in thai {
          if let f, let p = table[UInt64(f) << 32 | UInt64(e)] { sum += p }
        }
      }
      total += log(sum) - norm
    }
    return total
  }
}

/// Words numbered in order of first sight, for the flat arrays IBM-1 trains on.
private struct Vocabulary {
  private(set) var words: [String] = []
  private(set) var index: [String: UInt32] = [:]

  /// The number of `word`, given a new one the first time it is seen.
  mutating func id(of word: String) -> UInt32 {
    if let i = index[word] { return i }
    let i = UInt32(words.count)
    words.append(word)
    index[word] = i
    return i
  }
}
