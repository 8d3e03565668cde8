/// A second look at the first bead of a unit when its English side runs a headline into the
/// first sentence.
///
/// The search scores anchors in max form (each piece's best piece on the other side), which
/// never prefers two beads to one: merging a headline with a first sentence that restates it
/// lets the English lede, a whole sentence, take its best match from the Thai headline, where
/// the restated words sit together, instead of from one fragment of the Thai lede. So 21 of the
/// 61 NTREX headlines (`Volcano spews ash on Mexico City | Ash spewing from …`) stayed merged.
/// Counted once per key instead — a key shared by the two sides of a bead counts once, however
/// many pieces hold it — two beads that each hold the restated name score it twice and one
/// merged bead once, while a key that only crosses the cut (a Thai headline word that the
/// English headline leaves out) still favours the merge.
extension BeadSearch {
  /// The beads with the first one split in two at a headline candidate (an English boundary only
  /// the first bead may end at) and a Thai space, where length, boundary priors and
  /// `keyWeight` · `sharedKeys` of the two beads cost less than of the one.
  ///
  /// The first bead is left alone when it already ends at a headline candidate (it is the
  /// headline) or holds none (the document has no headline).
  ///
  /// - Parameter sharedKeys: the anchor weight of the keys found on both sides of a Thai and an
  ///   English piece range, each key once.
  /// - Complexity: O(t · h) calls of `sharedKeys` for a first bead of t Thai pieces and h
  ///   headline candidates.
  func splitHeadline(
    _ beads: [RawBead], thai: SearchSide, english: SearchSide, affinity: BandedMatrix, keyWeight: Double,
    sharedKeys: (Range<Int>, Range<Int>) -> Double
  ) -> [RawBead] {
    guard keyWeight > 0, english.firstBeadOnly.count == english.count, let first = beads.first,
      first.thai.count >= 2, first.english.count >= 2, first.thai.lowerBound == 0, first.english.lowerBound == 0,
      !english.firstBeadOnly[first.english.upperBound - 1]
    else { return beads }
    let pt = thai.prefix(priorWeight: thaiPriorWeight)
    let pe = english.prefix(priorWeight: englishPriorWeight)
    func score(_ t: Range<Int>, _ e: Range<Int>) -> Double {
      let c = pairCost(t, e, pt: pt, pe: pe, affinity: affinity)
      return c.cost + c.anchors - keyWeight * sharedKeys(t, e)
    }
    let (thaiEnd, englishEnd) = (first.thai.upperBound, first.english.upperBound)
    var best = (score(0..<thaiEnd, 0..<englishEnd), thaiEnd, englishEnd)
    for e in 1..<englishEnd where english.firstBeadOnly[e - 1] {
      for t in 1..<thaiEnd {
        let s = score(0..<t, 0..<e) + score(t..<thaiEnd, e..<englishEnd)
        if s < best.0 { best = (s, t, e) }
      }
    }
    let (_, t, e) = best
    guard t < thaiEnd else { return beads }
    let a = pairCost(0..<t, 0..<e, pt: pt, pe: pe, affinity: affinity)
    let b = pairCost(t..<thaiEnd, e..<englishEnd, pt: pt, pe: pe, affinity: affinity)
    return [
      RawBead(thai: 0..<t, english: 0..<e, cost: a.cost, lengthCost: a.length, anchorBonus: a.anchors),
      RawBead(thai: t..<thaiEnd, english: e..<englishEnd, cost: b.cost, lengthCost: b.length, anchorBonus: b.anchors),
    ] + beads.dropFirst()
  }
}
