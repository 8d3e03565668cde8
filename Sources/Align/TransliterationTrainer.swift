#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Learns a `TransliterationModel` from known Thai–English name pairs by expectation
/// maximization over all monotone alignments (forward–backward), starting from loose phonetic
/// classes (ค ~ k/c/q/g, ท ~ t/d, พ ~ p/b/f, ร ~ r/l, vowels ~ vowels).
///
/// Pairs that do not look like transliterations (a translated name, a Latin binomial) are left
/// out after the first rounds: each round keeps the English alternative that the current model
/// scores best and drops pairs scoring below zero per letter.
public struct TransliterationTrainer {
  /// A training pair: the Thai name and its English alternatives.
  public struct Pair: Sendable {
    /// The Thai name (a classifier prefix is stripped before training).
    public var thai: String
    /// Its English names; the one the model reads best is trained on.
    public var english: [String]
    /// Creates a pair.
    public init(thai: String, english: [String]) {
      self.thai = thai
      self.english = english
    }
  }

  /// How many pairs the last round trained on.
  public private(set) var usedPairs = 0

  /// Creates a trainer.
  public init() {}

  /// Trains a model.
  ///
  /// - Complexity: O(rounds · Σ n·m) over the pairs' unit and letter counts.
  public mutating func train(_ pairs: [Pair], rounds: Int = 8) -> TransliterationModel {
    let prepared: [(units: [String], alternatives: [[UInt8]])] = pairs.compactMap { pair in
      let units = TransliterationText.thaiUnits(TransliterationText.strippingPrefix(pair.thai))
      let alternatives = pair.english.map(TransliterationText.englishLetters)
        .filter { !$0.isEmpty && $0.count <= 40 }
      guard !units.isEmpty, units.count <= 40, !alternatives.isEmpty else { return nil }
      return (units, alternatives)
    }
    var unitIndex: [String: Int] = [:]
    for pair in prepared {
      for unit in pair.units where unitIndex[unit] == nil { unitIndex[unit] = unitIndex.count }
    }
    // Unigram letter model from every English alternative.
    var letterCounts = [Double](repeating: 1, count: 26)
    for pair in prepared { for letters in pair.alternatives { for l in letters { letterCounts[Int(l)] += 1 } } }
    let total = letterCounts.reduce(0, +)
    let unigram = letterCounts.map { log($0 / total) }
    let insertion = log(0.02)
    // Initial emissions: every chunk seen with a unit, weighted by phonetic class.
    var emissions = [[Int: Double]](repeating: [:], count: unitIndex.count)
    for pair in prepared {
      for unit in pair.units {
        let id = unitIndex[unit]!
        for letters in pair.alternatives {
          for start in 0..<letters.count {
            for k in 1...3 where start + k <= letters.count {
              let chunk = letters[start..<start + k]
              emissions[id][TransliterationModel.chunkCode(chunk)] =
                Self.compatible(unit, chunk) ? 20 : 0.2
            }
          }
        }
        emissions[id][0] = Self.isVowelLike(unit) ? 20 : 2
      }
    }
    emissions = emissions.map(Self.normalized)
    var model = TransliterationModel(
      unitIndex: unitIndex, emissions: emissions, logUnigram: unigram, logInsertion: insertion)
    for round in 0..<rounds {
      var counts = [[Int: Double]](repeating: [:], count: unitIndex.count)
      usedPairs = 0
      for pair in prepared {
        var best: [UInt8] = [], bestScore = -Double.infinity
        for letters in pair.alternatives {
          let score = model.logLikelihoodRatio(units: pair.units, letters: letters) / Double(letters.count)
          if score > bestScore { (best, bestScore) = (letters, score) }
        }
        if round >= 2 && bestScore < 0 { continue }
        usedPairs += 1
        Self.accumulate(model: model, units: pair.units, letters: best, into: &counts)
      }
      let smoothed = counts.map { unitCounts -> [Int: Double] in
        var out = unitCounts.filter { $0.value > 0.001 }
        if out[0] == nil { out[0] = 0.001 }
        return out
      }
      model = TransliterationModel(
        unitIndex: unitIndex, emissions: smoothed.map(Self.normalized), logUnigram: unigram,
        logInsertion: insertion)
    }
    return model
  }

  /// Adds the expected emission counts of one pair (forward–backward) to `counts`.
  static func accumulate(
    model: TransliterationModel, units: [String], letters: [UInt8], into counts: inout [[Int: Double]]
  ) {
    let n = units.count, m = letters.count, width = m + 1
    let ids = units.map { model.unitIndex[$0]! }
    func emission(_ i: Int, _ j: Int, _ k: Int) -> Double {
      let code = TransliterationModel.chunkCode(letters[j..<j + k])
      return model.emissions[ids[i]][code] ?? TransliterationModel.logFloor
    }
    var alpha = [Double](repeating: -.infinity, count: (n + 1) * width)
    alpha[0] = 0
    for i in 0...n {
      for j in 0...m {
        var terms: [Double] = i == 0 && j == 0 ? [0] : []
        if j > 0 { terms.append(alpha[i * width + j - 1] + model.logInsertion + model.logUnigram[Int(letters[j - 1])]) }
        if i > 0 {
          for k in 0...min(3, j) { terms.append(alpha[(i - 1) * width + j - k] + emission(i - 1, j - k, k)) }
        }
        alpha[i * width + j] = logSum(terms)
      }
    }
    var beta = [Double](repeating: -.infinity, count: (n + 1) * width)
    beta[n * width + m] = 0
    for i in stride(from: n, through: 0, by: -1) {
      for j in stride(from: m, through: 0, by: -1) where !(i == n && j == m) {
        var terms: [Double] = []
        if j < m { terms.append(beta[i * width + j + 1] + model.logInsertion + model.logUnigram[Int(letters[j])]) }
        if i < n {
          for k in 0...min(3, m - j) { terms.append(beta[(i + 1) * width + j + k] + emission(i, j, k)) }
        }
        beta[i * width + j] = logSum(terms)
      }
    }
    let z = alpha[n * width + m]
    guard z > -.infinity else { return }
    for i in 0..<n {
      for j in 0...m where alpha[i * width + j] > -.infinity {
        for k in 0...min(3, m - j) {
          let posterior = exp(alpha[i * width + j] + emission(i, j, k) + beta[(i + 1) * width + j + k] - z)
          if posterior > 1e-6 {
            counts[ids[i]][TransliterationModel.chunkCode(letters[j..<j + k]), default: 0] += posterior
          }
        }
      }
    }
  }

  static func logSum(_ terms: [Double]) -> Double {
    guard let top = terms.max(), top > -.infinity else { return -.infinity }
    return top + log(terms.reduce(0) { $0 + exp($1 - top) })
  }

  static func normalized(_ weights: [Int: Double]) -> [Int: Double] {
    let total = weights.values.reduce(0, +)
    return weights.compactMapValues { $0 / total > 1e-5 ? log($0 / total) : nil }
  }

  static func isVowelLike(_ unit: String) -> Bool {
    guard let c = unit.unicodeScalars.first?.value else { return true }
    return (0x0E30...0x0E47).contains(c) || c == 0x0E2D || unit.unicodeScalars.contains { $0.value == 0x0E4C }
  }

  /// Loose phonetic classes: the English letters a Thai letter's sound usually starts with.
  static func compatible(_ unit: String, _ chunk: ArraySlice<UInt8>) -> Bool {
    guard let c = unit.unicodeScalars.first?.value, let first = chunk.first else { return false }
    let letter = Character(Unicode.Scalar(first + 0x61))
    return (classes[c] ?? "").contains(letter)
  }

  static let classes: [UInt32: String] = {
    let table: [(String, String)] = [
      ("ก", "gkcq"), ("ขฃคฅฆ", "kcqgx"), ("ง", "ng"), ("จ", "jcgtz"), ("ฉชฌ", "csjtz"),
      ("ซศษส", "sczx"), ("ญย", "yij"), ("ฎด", "dt"), ("ฏต", "td"), ("ฐฑฒถทธ", "tdc"), ("ณน", "n"),
      ("บ", "bpv"), ("ป", "pb"), ("ผพภ", "pbf"), ("ฝฟ", "fpv"), ("ม", "m"), ("ร", "rl"),
      ("ลฬ", "lr"), ("ว", "wvuo"), ("หฮ", "h"), ("อ", "aeiou"), ("ฤ", "r"), ("ะัาๅ", "aeuo"),
      ("ิี", "iey"), ("ึื", "ueio"), ("ุู", "uo"), ("เ", "eai"), ("แ", "ae"), ("โ", "ou"),
      ("ใไ", "iya"), ("ำ", "au"),
    ]
    var out: [UInt32: String] = [:]
    for (letters, english) in table { for s in letters.unicodeScalars { out[s.value] = english } }
    return out
  }()
}
