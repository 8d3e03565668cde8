#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// How well an English name spells the same sound as a Thai name, from correspondences learned
/// on known pairs (`TransliterationTrainer`; the shipped table is `transliterationTable`).
///
/// The model is a channel: each Thai unit (`TransliterationText.thaiUnits`) writes an English
/// chunk of 0–3 letters (ค → "k", "c", "ch"; ร์ → "r" or nothing; ั → "a", "u"), and English
/// letters with no Thai source may be inserted at a cost. A pair is scored by the best
/// alignment's log-likelihood ratio against the English letters on their own (a unigram model),
/// so a long name is not penalized for being long, and unrelated names score below zero.
///
///     let model = TransliterationModel.shipped
///     model.similarity(thai: "คูร์สก์", english: "Kursk")   // ≈ 0.9
///     model.similarity(thai: "คูร์สก์", english: "Kremlin") // ≈ 0.1
public struct TransliterationModel: Sendable {
  /// Thai unit → index into `emissions`.
  let unitIndex: [String: Int]
  /// Per unit: English chunk code (`chunkCode`) → log P(chunk | unit).
  let emissions: [[Int: Double]]
  /// log P of each English letter a–z alone.
  let logUnigram: [Double]
  /// log P of inserting one English letter with no Thai source (besides its unigram cost).
  let logInsertion: Double
  /// log P of a chunk the table lacks.
  static let logFloor = -14.0

  /// A model from its table text (the format `tableText` writes).
  public init(table: String) {
    var unitIndex: [String: Int] = [:]
    var emissions: [[Int: Double]] = []
    var unigram = [Double](repeating: log(1.0 / 26), count: 26)
    var insertion = log(0.02)
    for line in table.split(separator: "\n") where !line.isEmpty {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard f.count == 3, let value = Double(f[2]) else { continue }
      if f[0] == "#uni", let letter = f[1].utf8.first {
        unigram[Int(letter) - 0x61] = value
      } else if f[0] == "#ins" {
        insertion = value
      } else {
        let unit = String(f[0])
        let index = unitIndex[unit] ?? {
          emissions.append([:])
          unitIndex[unit] = emissions.count - 1
          return emissions.count - 1
        }()
        emissions[index][Self.chunkCode(TransliterationText.englishLetters(String(f[1])))] = value
      }
    }
    self.init(unitIndex: unitIndex, emissions: emissions, logUnigram: unigram, logInsertion: insertion)
  }

  init(unitIndex: [String: Int], emissions: [[Int: Double]], logUnigram: [Double], logInsertion: Double) {
    self.unitIndex = unitIndex
    self.emissions = emissions
    self.logUnigram = logUnigram
    self.logInsertion = logInsertion
  }

  /// The model trained on names-dev (train part) and the shipped glossary.
  public static let shipped = TransliterationModel(table: transliterationTable)

  /// The table text: `unit<TAB>chunk<TAB>log P` lines, `#uni` and `#ins` lines.
  public var tableText: String {
    var lines: [String] = []
    for (letter, value) in logUnigram.enumerated() {
      lines.append("#uni\t\(Character(Unicode.Scalar(UInt8(letter) + 0x61)))\t\(rounded(value))")
    }
    lines.append("#ins\t-\t\(rounded(logInsertion))")
    for (unit, index) in unitIndex.sorted(by: { $0.key < $1.key }) {
      for (code, value) in emissions[index].sorted(by: { $0.key < $1.key }) {
        lines.append("\(unit)\t\(Self.chunkString(code))\t\(rounded(value))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The model without the chunks of two or more letters in which a consonant unit writes no
  /// letter of its sound class (`TransliterationTrainer.compatible`): such a chunk is a word EM
  /// learned from a translated training name, not a sound. ปฏิทินฮิบรู ↔ Jewish
  /// calendar taught ฏ → "jew", so ชาวกรกฏ (Cancer) read "Jew" at 1.6 per letter. Vowels, อ and
  /// letters under ์ keep every chunk. The ranking scorer uses this model; `similarity` (name
  /// mining) uses the table as learned.
  public func keepingSoundClassChunks() -> TransliterationModel {
    var kept = emissions
    for (unit, id) in unitIndex {
      guard !TransliterationTrainer.isVowelLike(unit), let c = unit.unicodeScalars.first?.value,
        TransliterationTrainer.classes[c] != nil
      else { continue }
      kept[id] = emissions[id].filter { code, _ in
        code < 27 || Self.letters(ofChunk: code).contains { TransliterationTrainer.compatible(unit, [$0][...]) }
      }
    }
    return TransliterationModel(unitIndex: unitIndex, emissions: kept, logUnigram: logUnigram, logInsertion: logInsertion)
  }

  /// Similarity in 0…1 of a Thai name and an English name (1: the English spells the Thai).
  public func similarity(thai: String, english: String) -> Double {
    let units = TransliterationText.thaiUnits(thai)
    let letters = TransliterationText.englishLetters(english)
    return similarity(units: units, letters: letters)
  }

  /// Similarity of prepared units and letters (see `similarity(thai:english:)`).
  public func similarity(units: [String], letters: [UInt8]) -> Double {
    guard !units.isEmpty, !letters.isEmpty else { return 0 }
    let perLetter = logLikelihoodRatio(units: units, letters: letters) / Double(letters.count)
    return 1 / (1 + exp(-(perLetter - 0.6) * 3))
  }

  /// A score for ranking English names against one Thai name (higher is better): the per-letter
  /// log-likelihood ratio of the whole pair, or, when the Thai or English holds more than the
  /// name (โรงแรมริตซ์ ↔ Ritz, ผู้นิยมวากเนอร์ ↔ Wagnerian), of the best-matching parts, less a
  /// margin so that whole matches win ties.
  public func rankingScore(units: [String], letters: [UInt8]) -> Double {
    guard !units.isEmpty, !letters.isEmpty else { return -.infinity }
    let whole = logLikelihoodRatio(units: units, letters: letters) / Double(letters.count)
    // The part's ratio is taken per 20 letters at least, so that a short English name matching a
    // bit of a long Thai one does not outscore whole matches (20 and 0.4 were chosen on a quarter
    // of the training rows, not on the held-out part).
    let part = logLikelihoodRatio(units: units, letters: letters, local: true) / Double(max(letters.count, 20))
    return max(whole, part - 0.4)
  }

  /// log P(letters | units) − log P(letters) for the best alignment; with `local`, the best
  /// alignment of any part of the Thai with any part of the English (parts outside it cost
  /// nothing), for names inside longer names (สถาปัตยกรรมโรมัน ↔ Roman architecture).
  ///
  /// - Complexity: O(n·m) for n units and m letters.
  public func logLikelihoodRatio(units: [String], letters: [UInt8], local: Bool = false) -> Double {
    let n = units.count, m = letters.count
    let ids = units.map { unitIndex[$0] }
    let width = m + 1
    var v = [Double](repeating: -.infinity, count: (n + 1) * width)
    v[0] = 0
    var best = 0.0
    for i in 0...n {
      for j in 0...m {
        var here = v[i * width + j]
        if local { here = max(here, 0) }
        if j > 0 {
          here = max(here, v[i * width + j - 1] + logInsertion)
        }
        if i > 0 {
          let id = ids[i - 1]
          var code = 0, background = 0.0
          for k in 0...min(3, j) {
            if k > 0 {
              let letter = letters[j - k]
              code = code * 27 + Int(letter) + 1
              background += logUnigram[Int(letter)]
            }
            let previous = v[(i - 1) * width + j - k]
            if previous == -.infinity { continue }
            let e = emission(id, reversedCode: code, length: k)
            here = max(here, previous + e - background)
          }
        }
        v[i * width + j] = here
        if local { best = max(best, here) }
      }
    }
    return local ? best : v[n * width + m]
  }

  func emission(_ id: Int?, reversedCode: Int, length: Int) -> Double {
    guard let id else { return length == 0 ? log(0.3) : Self.logFloor }
    // Codes are built from the chunk's last letter backwards: reverse to the table's order.
    var code = reversedCode, forward = 0
    for _ in 0..<length {
      forward = forward * 27 + code % 27
      code /= 27
    }
    return emissions[id][forward] ?? Self.logFloor
  }

  /// The code of a chunk of letters: Σ (letter + 1)·27^position, first letter most significant.
  static func chunkCode(_ letters: some Collection<UInt8>) -> Int {
    letters.reduce(0) { $0 * 27 + Int($1) + 1 }
  }

  /// The letters (0–25) of a chunk code, first letter first.
  static func letters(ofChunk code: Int) -> [UInt8] {
    var code = code, out: [UInt8] = []
    while code > 0 {
      out.append(UInt8(code % 27 - 1))
      code /= 27
    }
    return out.reversed()
  }

  static func chunkString(_ code: Int) -> String {
    var code = code, scalars: [Character] = []
    while code > 0 {
      scalars.append(Character(Unicode.Scalar(UInt8(code % 27 - 1) + 0x61)))
      code /= 27
    }
    return String(scalars.reversed())
  }

  private func rounded(_ value: Double) -> String {
    let r = (value * 10000).rounded() / 10000
    return String(r)
  }
}
