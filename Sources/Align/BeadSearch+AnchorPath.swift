/// A band that follows the translation through long jobs.
///
/// The plain band is centred on the length diagonal: English boundary j near Thai boundary i when
/// both cut their side at the same share of its length. Over thousands of sentences the local
/// length ratios drift (one article translated more tersely than the next) and the true path
/// leaves a ±6-piece band. Here the band is centred on a monotone path through high-confidence
/// anchor points instead: Thai and English pieces that share a key (number, Latin token, date,
/// glossary concept, lexicon or IBM-1 word) occurring in exactly one piece on each side, or a
/// number, Latin token or glossary concept occurring in as many pieces on each side (the k-th
/// occurrences paired). The heaviest chain of such points increasing on both sides (a weighted
/// longest increasing subsequence, O(P log P)) drops the accidental ones; between chain points
/// the centre follows the local length ratio. Time and memory stay O(n · band).
struct AnchorPoint: Hashable {
  /// Thai piece.
  var thai: Int
  /// English piece.
  var english: Int
  /// Summed weight of the keys the two pieces share.
  var weight: Double
}

extension BeadSearch {
  /// Candidate anchor points: pieces sharing a key that occurs in as many pieces on each side
  /// (only once for the keys `repeatable` says no to), the k-th Thai
  /// piece paired with the k-th English piece, weighted by `keyWeight` (0: not an anchor).
  /// A key found once on each side is the classic case; equal counts also keep names and
  /// numbers that recur in a long text (or a text pasted twice) usable.
  static func anchorPoints(
    thaiKeys: [[Int32]], englishKeys: [[Int32]], keyCount: Int,
    repeatable: (Int32) -> Bool, keyWeight: (Int32) -> Double
  ) -> [AnchorPoint] {
    var thaiPieces = [[Int32]](repeating: [], count: keyCount)
    var englishPieces = [[Int32]](repeating: [], count: keyCount)
    for (a, keys) in thaiKeys.enumerated() { for id in keys { thaiPieces[Int(id)].append(Int32(a)) } }
    for (b, keys) in englishKeys.enumerated() { for id in keys { englishPieces[Int(id)].append(Int32(b)) } }
    var points: [Int: AnchorPoint] = [:]  // keyed by thai * m + english
    let m = englishKeys.count
    for id in 0..<keyCount {
      let k = thaiPieces[id].count
      guard k > 0, k == englishPieces[id].count else { continue }
      guard k == 1 || repeatable(Int32(id)) else { continue }
      let w = keyWeight(Int32(id))
      guard w > 0 else { continue }
      for (a, b) in zip(thaiPieces[id], englishPieces[id]) {
        let (a, b) = (Int(a), Int(b))
        points[a * m + b, default: AnchorPoint(thai: a, english: b, weight: 0)].weight += w
      }
    }
    return points.values.sorted { ($0.thai, $0.english) < ($1.thai, $1.english) }
  }

  /// The heaviest chain of points strictly increasing in both Thai and English piece.
  static func heaviestChain(_ points: [AnchorPoint], englishCount m: Int) -> [AnchorPoint] {
    guard !points.isEmpty, m > 0 else { return [] }
    // Thai ascending; within one Thai piece English descending, so that no two points of the
    // same Thai piece chain. A Fenwick tree over English pieces keeps prefix maxima.
    let order = points.indices.sorted {
      points[$0].thai != points[$1].thai ? points[$0].thai < points[$1].thai : points[$0].english > points[$1].english
    }
    var treeValue = [Double](repeating: 0, count: m + 1)
    var treeIndex = [Int](repeating: -1, count: m + 1)
    var best = [Double](repeating: 0, count: points.count)
    var previous = [Int](repeating: -1, count: points.count)
    for p in order {
      // Best chain ending at an English piece < points[p].english.
      var k = points[p].english
      var value = 0.0
      var from = -1
      while k > 0 {
        if treeValue[k] > value {
          value = treeValue[k]
          from = treeIndex[k]
        }
        k -= k & -k
      }
      best[p] = value + points[p].weight
      previous[p] = from
      k = points[p].english + 1
      while k <= m {
        if best[p] > treeValue[k] {
          treeValue[k] = best[p]
          treeIndex[k] = p
        }
        k += k & -k
      }
    }
    guard var p = best.indices.max(by: { best[$0] < best[$1] }) else { return [] }
    var chain: [AnchorPoint] = []
    while p >= 0 {
      chain.append(points[p])
      p = previous[p]
    }
    return chain.reversed()
  }

  /// The centre path as knots in length coordinates (Thai scalars, English scalars): the
  /// corners and the middle of the two pieces of each chain point, strictly increasing.
  static func knots(thai: SearchSide.Prefix, english: SearchSide.Prefix, chain: [AnchorPoint])
    -> (xs: [Double], ys: [Double])
  {
    let n = thai.length.count - 1
    let m = english.length.count - 1
    var xs: [Double] = [0]
    var ys: [Double] = [0]
    for point in chain {
      let x = Double(thai.length[point.thai] + thai.length[point.thai + 1]) / 2
      let y = Double(english.length[point.english] + english.length[point.english + 1]) / 2
      guard x > xs.last!, y > ys.last! else { continue }
      xs.append(x)
      ys.append(y)
    }
    let totalT = Double(thai.length[n])
    let totalE = Double(english.length[m])
    if xs.count == 1 || (totalT > xs.last! && totalE > ys.last!) {
      xs.append(max(totalT, xs.last! + 1))
      ys.append(max(totalE, ys.last! + 1))
    } else {
      // The last chain point reaches a side's end (zero-length pieces): move it to the corner.
      xs[xs.count - 1] = max(totalT, xs.last!)
      ys[ys.count - 1] = max(totalE, ys.last!)
    }
    return (xs, ys)
  }

  /// Band limits centred on the chain: between two chain points (and the two corners) the
  /// centre follows the length diagonal of that stretch.
  func anchoredBandLimits(thai: SearchSide.Prefix, english: SearchSide.Prefix, knots: (xs: [Double], ys: [Double]))
    -> (lo: [Int], hi: [Int])
  {
    let n = thai.length.count - 1
    let m = english.length.count - 1
    let (xs, ys) = knots
    var lo = [Int](repeating: 0, count: n + 1)
    var hi = [Int](repeating: 0, count: n + 1)
    var knot = 0
    var j = 0
    for i in 0...n {
      let x = Double(thai.length[i])
      while knot + 2 < xs.count, xs[knot + 1] <= x { knot += 1 }
      let span = xs[knot + 1] - xs[knot]
      let share = span > 0 ? min(max((x - xs[knot]) / span, 0), 1) : 0
      let target = ys[knot] + share * (ys[knot + 1] - ys[knot])
      while j < m, Double(english.length[j + 1]) <= target { j += 1 }
      var center = j
      if j < m, Double(english.length[j + 1]) - target < target - Double(english.length[j]) { center = j + 1 }
      lo[i] = max(0, center - band)
      hi[i] = min(m, center + band)
    }
    lo[0] = 0
    hi[n] = m
    // Monotone limits keep every state reachable.
    for i in 1...max(n, 1) where i <= n { lo[i] = max(lo[i], lo[i - 1]) }
    if n >= 1 { for i in stride(from: n - 1, through: 0, by: -1) { hi[i] = min(hi[i], hi[i + 1]) } }
    for i in 0...n where lo[i] > hi[i] { lo[i] = hi[i] }
    return (lo, hi)
  }
}
