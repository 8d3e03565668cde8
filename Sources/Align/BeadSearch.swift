#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// One side of the bead search: pieces with their lengths and the boundaries between them.
struct SearchSide {
  /// Length of each piece in Unicode scalars.
  var lengths: [Int]
  /// Prior that a sentence ends after piece k (the last entry is ignored: the end is an end).
  var endPriors: [Double]
  /// Whether the boundary after piece k counts as a sentence break (for the English limit).
  var sentenceBreaks: [Bool]
  /// Whether a bead must end after piece k (a paragraph end).
  var mandatory: [Bool]
  /// Whether only a bead starting at piece 0 may end after piece k (document headline ends).
  var firstBeadOnly: [Bool] = []
  /// Whether the boundary after piece k is a stop the splitter does not trust (English: after an
  /// abbreviation or acronym).
  var weakEnds: [Bool] = []

  var count: Int { lengths.count }

  /// Prefix sums: lengths, internal-boundary costs, end costs, sentence breaks.
  struct Prefix {
    var length: [Int]
    var inner: [Double]
    var end: [Double]
    var breaks: [Int]
  }

  func prefix(priorWeight: Double) -> Prefix {
    let n = count
    var length = [Int](repeating: 0, count: n + 1)
    var inner = [Double](repeating: 0, count: n + 1)
    var end = [Double](repeating: 0, count: n + 1)
    var breaks = [Int](repeating: 0, count: n + 1)
    for k in 0..<n { length[k + 1] = length[k] + lengths[k] }
    for b in 1..<max(n, 1) {
      // Boundary b lies after piece b-1.
      let p = min(max(endPriors[b - 1], 1e-6), 1 - 1e-6)
      let isMandatory = mandatory[b - 1]
      inner[b] = inner[b - 1] + (isMandatory ? BeadSearch.forbidden : -log(1 - p) * priorWeight)
      end[b] = isMandatory ? 0 : -log(p) * priorWeight
      breaks[b] = breaks[b - 1] + (sentenceBreaks[b - 1] || isMandatory ? 1 : 0)
    }
    if n >= 1 {
      inner[n] = inner[n - 1]
      breaks[n] = breaks[n - 1]
    }
    return Prefix(length: length, inner: inner, end: end, breaks: breaks)
  }
}

/// Pairwise anchor evidence between Thai piece a and English piece b, stored in a band.
struct BandedMatrix {
  /// Total matchable anchor weight of each Thai piece and each English piece (for the Dice term).
  var thaiMass: [Double] = []
  var englishMass: [Double] = []
  var lower: [Int]
  var upper: [Int]
  var offsets: [Int]
  var values: [Double]

  init(rows: Int, lower: [Int], upper: [Int]) {
    self.lower = lower
    self.upper = upper
    offsets = []
    offsets.reserveCapacity(rows + 1)
    var total = 0
    for r in 0..<rows {
      offsets.append(total)
      total += max(0, upper[r] - lower[r])
    }
    offsets.append(total)
    values = [Double](repeating: 0, count: total)
  }

  @inline(__always)
  subscript(a: Int, b: Int) -> Double {
    get {
      guard b >= lower[a], b < upper[a] else { return 0 }
      return values[offsets[a] + b - lower[a]]
    }
    set {
      guard b >= lower[a], b < upper[a] else { return }
      values[offsets[a] + b - lower[a]] = newValue
    }
  }
}

/// A bead found by the search, in piece indices.
struct RawBead: Hashable {
  var thai: Range<Int>
  var english: Range<Int>
  /// The bead's own cost (length, boundaries, skip penalty, minus anchors).
  var cost: Double
  /// Length-model part of the cost.
  var lengthCost: Double
  /// Anchor bonus (subtracted in `cost`).
  var anchorBonus: Double
}

/// Dynamic programming over Thai pieces × English pieces, banded around the diagonal.
///
/// A bead joins 0…maxThai Thai pieces with 0…maxEnglish English pieces (holding at most
/// `maxEnglishSentences` sentences). Its cost is a Gale–Church-like length term
/// (δ = (e − c·t) / √(s²·(c·t + e)/2), cost δ²/2), the boundary priors on both sides
/// (−log p at the bead's end, −log(1 − p) for every boundary inside it), minus the anchors
/// shared by its pieces. Time and memory are O(n · band), linear in the document length.
struct BeadSearch {
  static let forbidden = 1e7
  /// A length cost beyond which a bead is never worth it (δ ≈ 7 at weight 0.5).
  static let hopeless = 12.0

  var maxThai: Int
  var maxEnglishPieces: Int
  var maxEnglishSentences: Int
  var ratio: Double
  var variance: Double
  var lengthWeight: Double
  var thaiPriorWeight: Double = 1
  var englishPriorWeight: Double = 1
  var skipCost: Double
  var band: Int
  /// Reward for a bead whose two sides match well: weight × Dice(matched, total anchor mass).
  var diceWeight: Double = 0

  /// The English boundary range allowed for each Thai boundary 0...n: the band around the
  /// length diagonal (the anchor-chain band with no chain point between the two corners).
  func bandLimits(thai: SearchSide.Prefix, english: SearchSide.Prefix) -> (lo: [Int], hi: [Int]) {
    let totalT = Double(max(thai.length[thai.length.count - 1], 1))
    let totalE = Double(max(english.length[english.length.count - 1], 1))
    return anchoredBandLimits(thai: thai, english: english, knots: ([0, totalT], [0, totalE]))
  }

  /// The best bead sequence covering both sides.
  func run(thai: SearchSide, english: SearchSide, affinity: BandedMatrix, limits: (lo: [Int], hi: [Int]))
    -> [RawBead]
  {
    let n = thai.count
    let m = english.count
    if n == 0 && m == 0 { return [] }
    let pt = thai.prefix(priorWeight: thaiPriorWeight)
    let pe = english.prefix(priorWeight: englishPriorWeight)
    let (lo, hi) = limits
    var offsets = [Int](repeating: 0, count: n + 2)
    for i in 0...n { offsets[i + 1] = offsets[i] + (hi[i] - lo[i] + 1) }
    let states = offsets[n + 1]
    var cost = [Double](repeating: .infinity, count: states)
    var backT = [UInt8](repeating: 0, count: states)
    var backE = [UInt8](repeating: 0, count: states)
    cost[0] = 0
    let hasFirstBeadOnly = english.firstBeadOnly.count == m
    let c = ratio
    let s2 = variance
    // Anchor caches for the current state (i, j), filled lazily as the bead grows:
    // columnMax[kt * width + c] is the best affinity of English piece j-1-c with Thai pieces
    // i-kt..<i; englishBest[kt] sums it over the bead's English pieces, rowMax[kt] is Thai piece
    // i-kt's best English piece in the bead. Each (kt, column) pair is computed once per state.
    let width = maxEnglishPieces + 1
    var columnMax = [Double](repeating: 0, count: (maxThai + 1) * width)
    var englishBestByThai = [Double](repeating: 0, count: maxThai + 1)
    var rowMax = [Double](repeating: 0, count: maxThai + 1)
    var thaiMass = [Double](repeating: 0, count: n + 1)
    var englishMass = [Double](repeating: 0, count: m + 1)
    for a in 0..<n { thaiMass[a + 1] = thaiMass[a] + (affinity.thaiMass.isEmpty ? 0 : affinity.thaiMass[a]) }
    for b in 0..<m { englishMass[b + 1] = englishMass[b] + (affinity.englishMass.isEmpty ? 0 : affinity.englishMass[b]) }
    for i in 0...n {
      for j in lo[i]...hi[i] where i > 0 || j > 0 {
        var best = Double.infinity
        var bestT = 0
        var bestE = 0
        var valid = 0
        for ke in 0...min(maxEnglishPieces, j) {
          let j0 = j - ke
          let eInner = ke >= 2 ? pe.inner[j - 1] - pe.inner[j0] : 0
          if eInner >= Self.forbidden { break }
          let eBreaks = ke >= 2 ? pe.breaks[j - 1] - pe.breaks[j0] : 0
          if eBreaks >= maxEnglishSentences { break }
          let eEnd = ke > 0 ? pe.end[j] : 0
          let le = Double(pe.length[j] - pe.length[j0])
          // The English span is already far longer than any Thai span that could end here.
          let longestThai = Double(pt.length[i] - pt.length[max(0, i - maxThai)])
          if ke > 1, le > c * longestThai {
            let d = (le - c * longestThai) / (s2 * (c * longestThai + le) / 2 + 1).squareRoot()
            if lengthWeight * d * d / 2 > Self.hopeless { break }
          }
          // Anchors: each Thai piece's best English piece and each English piece's best Thai
          // piece in the bead (halved), so that merging beads gains nothing from words that
          // merely recur in neighbouring sentences.
          if ke > 0 {
            // The bead gains English piece j0: update the caches of the Thai extents seen so far.
            let c = ke - 1
            for kt in stride(from: 1, through: valid, by: 1) {
              let v = affinity[i - kt, j0]
              let above = columnMax[(kt - 1) * width + c]
              let column = v > above ? v : above
              columnMax[kt * width + c] = column
              englishBestByThai[kt] += column
              if v > rowMax[kt] { rowMax[kt] = v }
            }
          }
          // A headline candidate ends only the first bead.
          if ke > 0, j0 > 0, hasFirstBeadOnly, english.firstBeadOnly[j - 1] { continue }
          var thaiBest = 0.0
          var anchors = 0.0
          for kt in 0...min(maxThai, i) {
            if kt == 0 && (ke == 0 || eBreaks > 0) { continue }
            let i0 = i - kt
            if kt > 0 && ke > 0 {
              if kt > valid {
                // First time this Thai extent is reached for this state: fill its caches.
                var sum = 0.0
                var best = 0.0
                for c in 0..<ke {
                  let v = affinity[i0, j - 1 - c]
                  let above = columnMax[(kt - 1) * width + c]
                  let column = v > above ? v : above
                  columnMax[kt * width + c] = column
                  sum += column
                  if v > best { best = v }
                }
                englishBestByThai[kt] = sum
                rowMax[kt] = best
                valid = kt
              }
              thaiBest += rowMax[kt]
              anchors = (thaiBest + englishBestByThai[kt]) / 2
            }
            let tInner = kt >= 2 ? pt.inner[i - 1] - pt.inner[i0] : 0
            if tInner >= Self.forbidden { break }
            if j0 > hi[i0] { break }
            if j0 < lo[i0] { continue }
            let previous = cost[offsets[i0] + j0 - lo[i0]]
            if previous == .infinity { continue }
            let tEnd = kt > 0 ? pt.end[i] : 0
            var beadCost: Double
            if kt > 0 && ke > 0 {
              let lt = Double(pt.length[i] - pt.length[i0])
              let delta = (le - c * lt) / (s2 * (c * lt + le) / 2 + 1).squareRoot()
              let lengthCost = lengthWeight * delta * delta / 2
              if c * lt > le && lengthCost > Self.hopeless { break }
              var dice = 0.0
              if diceWeight > 0 {
                let mass = thaiMass[i] - thaiMass[i0] + englishMass[j] - englishMass[j0]
                if mass > 0 { dice = diceWeight * 2 * anchors / mass }
              }
              beadCost = lengthCost + tEnd + tInner + eEnd + eInner - anchors - dice
            } else if kt == 0 {
              beadCost = skipCost + eEnd + eInner
            } else {
              beadCost = skipCost + tEnd + tInner
            }
            let total = previous + beadCost
            if total < best {
              best = total
              bestT = kt
              bestE = ke
            }
          }
        }
        let s = offsets[i] + j - lo[i]
        cost[s] = best
        backT[s] = UInt8(bestT)
        backE[s] = UInt8(bestE)
      }
    }
    // Backtrack.
    var beads: [RawBead] = []
    var i = n
    var j = m
    guard cost[offsets[n] + m - lo[n]] < .infinity else {
      // No path inside the band (should not happen): one bead for everything.
      return [RawBead(thai: 0..<n, english: 0..<m, cost: Self.forbidden, lengthCost: 0, anchorBonus: 0)]
    }
    while i > 0 || j > 0 {
      let s = offsets[i] + j - lo[i]
      let kt = Int(backT[s])
      let ke = Int(backE[s])
      let i0 = i - kt
      let j0 = j - ke
      let here = cost[s] - cost[offsets[i0] + j0 - lo[i0]]
      var anchors = 0.0
      var lengthCost = 0.0
      if kt > 0 && ke > 0 {
        anchors = Self.anchorBonus(affinity, thai: i0..<i, english: j0..<j)
        let lt = Double(pt.length[i] - pt.length[i0])
        let le = Double(pe.length[j] - pe.length[j0])
        let delta = (le - c * lt) / (s2 * (c * lt + le) / 2 + 1).squareRoot()
        lengthCost = lengthWeight * delta * delta / 2
      }
      beads.append(RawBead(thai: i0..<i, english: j0..<j, cost: here, lengthCost: lengthCost, anchorBonus: anchors))
      i = i0
      j = j0
    }
    return beads.reversed()
  }

  /// The anchor bonus of a bead: half the sum of each piece's best match on the other side.
  static func anchorBonus(_ affinity: BandedMatrix, thai: Range<Int>, english: Range<Int>) -> Double {
    var total = 0.0
    for a in thai { total += english.map { affinity[a, $0] }.max() ?? 0 }
    for b in english { total += thai.map { affinity[$0, b] }.max() ?? 0 }
    return total / 2
  }
}
