/// A second look at each Thai sentence end the search chose, with word-translation evidence.
///
/// The search scores anchors by matched keys; once the whole input has been aligned, IBM
/// model 1 gives real translation probabilities. For every two neighbouring sentence pairs the
/// Thai boundary between them may move by one or two pieces when the search cost plus
/// `weight` · −log P(English | Thai) of the two beads prefers it.
extension BeadSearch {
  /// The cost the search gives a bead with text on both sides, and its length and anchor parts.
  func pairCost(
    _ t: Range<Int>, _ e: Range<Int>, pt: SearchSide.Prefix, pe: SearchSide.Prefix, affinity: BandedMatrix
  ) -> (cost: Double, length: Double, anchors: Double) {
    let (i0, i, j0, j) = (t.lowerBound, t.upperBound, e.lowerBound, e.upperBound)
    let tInner = t.count >= 2 ? pt.inner[i - 1] - pt.inner[i0] : 0
    let eInner = e.count >= 2 ? pe.inner[j - 1] - pe.inner[j0] : 0
    let lt = Double(pt.length[i] - pt.length[i0])
    let le = Double(pe.length[j] - pe.length[j0])
    let delta = (le - ratio * lt) / (variance * (ratio * lt + le) / 2 + 1).squareRoot()
    let length = lengthWeight * delta * delta / 2
    let anchors = Self.anchorBonus(affinity, thai: t, english: e)
    return (length + pt.end[i] + tInner + pe.end[j] + eInner - anchors, length, anchors)
  }

  /// The beads with Thai boundaries between sentence pairs moved by up to two pieces where
  /// `weight` · `lexical` (a log-likelihood of the English given the Thai piece ranges) outweighs
  /// the search cost; two sweeps at most.
  ///
  /// - Complexity: linear in the number of beads (times the cost of `lexical`).
  func refine(
    _ beads: [RawBead], thai: SearchSide, english: SearchSide, affinity: BandedMatrix, weight: Double,
    openers: SentenceOpeners = SentenceOpeners(), lexical: (Range<Int>, Range<Int>) -> Double
  ) -> [RawBead] {
    guard weight > 0, beads.count >= 2 else { return beads }
    let pt = thai.prefix(priorWeight: thaiPriorWeight)
    let pe = english.prefix(priorWeight: englishPriorWeight)
    var beads = beads
    for _ in 0..<2 {
      var moved = false
      for k in 0..<(beads.count - 1) {
        let a = beads[k]
        let b = beads[k + 1]
        guard !a.thai.isEmpty, !a.english.isEmpty, !b.thai.isEmpty, !b.english.isEmpty else { continue }
        func score(_ cut: Int) -> Double {
          let ta = a.thai.lowerBound..<cut
          let tb = cut..<b.thai.upperBound
          return pairCost(ta, a.english, pt: pt, pe: pe, affinity: affinity).cost
            + pairCost(tb, b.english, pt: pt, pe: pe, affinity: affinity).cost
            - weight * (lexical(ta, a.english) + lexical(tb, b.english))
            - (openers.match(thai: cut, english: b.english.lowerBound) ? openers.weight : 0)
        }
        let current = a.thai.upperBound
        var bestCut = current
        var best = score(current)
        for cut in [current - 2, current - 1, current + 1, current + 2] where cut > a.thai.lowerBound && cut < b.thai.upperBound {
          let s = score(cut)
          if s < best - 1e-9 {
            best = s
            bestCut = cut
          }
        }
        guard bestCut != current else { continue }
        moved = true
        for (index, range) in [(k, a.thai.lowerBound..<bestCut), (k + 1, bestCut..<b.thai.upperBound)] {
          let c = pairCost(range, beads[index].english, pt: pt, pe: pe, affinity: affinity)
          beads[index].thai = range
          beads[index].cost = c.cost
          beads[index].lengthCost = c.length
          beads[index].anchorBonus = c.anchors
        }
      }
      if !moved { break }
    }
    return beads
  }
}
