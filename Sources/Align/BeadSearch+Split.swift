/// A second look at the beads whose English side runs two sentences together where the English
/// splitter could not tell: a headline into the first sentence of a unit, or a stop it does not
/// trust (after an abbreviation or a dotted acronym: `… southwest U.S. Rosa will …`).
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
  /// The beads with each one split in two where length, boundary priors and `keyWeight` ·
  /// `sharedKeys` of the two beads cost less than of the one. The English cut is a headline
  /// candidate (an English boundary only a unit's first bead may end at) inside the first bead,
  /// or a stop after an abbreviation (`SearchSide.weakEnds`) inside any bead; the Thai cut is
  /// any Thai space of the bead.
  ///
  /// A bead that ends at a headline candidate is not split (it is the headline); the headline
  /// end may move instead (`moveHeadlineEnd`).
  ///
  /// - Parameter sharedKeys: the anchor weight of the keys found on both sides of a Thai and an
  ///   English piece range, each key once.
  /// - Complexity: O(t · c) calls of `sharedKeys` for each bead of t Thai pieces and c English
  ///   cuts (none for most beads).
  func splitMergedSentences(
    _ beads: [RawBead], thai: SearchSide, english: SearchSide, affinity: BandedMatrix, keyWeight: Double,
    sharedKeys: (Range<Int>, Range<Int>) -> Double
  ) -> [RawBead] {
    guard keyWeight > 0, english.firstBeadOnly.count == english.count else { return beads }
    let weak = english.weakEnds.count == english.count ? english.weakEnds : []
    let pt = thai.prefix(priorWeight: thaiPriorWeight)
    let pe = english.prefix(priorWeight: englishPriorWeight)
    func score(_ t: Range<Int>, _ e: Range<Int>) -> Double {
      let c = pairCost(t, e, pt: pt, pe: pe, affinity: affinity)
      return c.cost + c.anchors - keyWeight * sharedKeys(t, e)
    }
    var out: [RawBead] = []
    out.reserveCapacity(beads.count + 8)
    var beads = beads
    if beads.count >= 2 { moveHeadlineEnd(&beads, english: english, score: score, pt: pt, pe: pe, affinity: affinity) }
    for bead in beads {
      let (t0, thaiEnd, e0, englishEnd) = (
        bead.thai.lowerBound, bead.thai.upperBound, bead.english.lowerBound, bead.english.upperBound
      )
      guard bead.thai.count >= 2, bead.english.count >= 2, !english.firstBeadOnly[englishEnd - 1]
      else {
        out.append(bead)
        continue
      }
      var best = (score(t0..<thaiEnd, e0..<englishEnd), thaiEnd, englishEnd)
      for e in (e0 + 1)..<englishEnd {
        let allowed = english.firstBeadOnly[e - 1] ? e0 == 0 : !weak.isEmpty && weak[e - 1]
        guard allowed else { continue }
        for t in (t0 + 1)..<thaiEnd {
          let s = score(t0..<t, e0..<e) + score(t..<thaiEnd, e..<englishEnd)
          if s < best.0 { best = (s, t, e) }
        }
      }
      let (_, t, e) = best
      guard t < thaiEnd else {
        out.append(bead)
        continue
      }
      let a = pairCost(t0..<t, e0..<e, pt: pt, pe: pe, affinity: affinity)
      let b = pairCost(t..<thaiEnd, e..<englishEnd, pt: pt, pe: pe, affinity: affinity)
      out.append(RawBead(thai: t0..<t, english: e0..<e, cost: a.cost, lengthCost: a.length, anchorBonus: a.anchors))
      out.append(
        RawBead(thai: t..<thaiEnd, english: e..<englishEnd, cost: b.cost, lengthCost: b.length, anchorBonus: b.anchors))
    }
    return out
  }

  /// When the first bead ends at a headline candidate, the headline end and the Thai end of the
  /// first two beads chosen again by the same score (`… LSU's Sims Police in Baton Rouge, La.,
  /// announced | Saturday that …` → `… LSU's Sims | Police in Baton Rouge …`).
  private func moveHeadlineEnd(
    _ beads: inout [RawBead], english: SearchSide, score: (Range<Int>, Range<Int>) -> Double,
    pt: SearchSide.Prefix, pe: SearchSide.Prefix, affinity: BandedMatrix
  ) {
    let (first, second) = (beads[0], beads[1])
    guard first.thai.lowerBound == 0, first.english.lowerBound == 0, !first.english.isEmpty, !first.thai.isEmpty,
      english.firstBeadOnly[first.english.upperBound - 1], !second.thai.isEmpty, !second.english.isEmpty
    else { return }
    let (thaiEnd, englishEnd) = (second.thai.upperBound, second.english.upperBound)
    let current = (first.thai.upperBound, first.english.upperBound)
    var best = (score(0..<current.0, 0..<current.1) + score(current.0..<thaiEnd, current.1..<englishEnd), current)
    for e in 1..<englishEnd where english.firstBeadOnly[e - 1] {
      for t in 1..<thaiEnd {
        let s = score(0..<t, 0..<e) + score(t..<thaiEnd, e..<englishEnd)
        if s < best.0 - 1e-9 { best = (s, (t, e)) }
      }
    }
    let (t, e) = best.1
    guard (t, e) != current else { return }
    let a = pairCost(0..<t, 0..<e, pt: pt, pe: pe, affinity: affinity)
    let b = pairCost(t..<thaiEnd, e..<englishEnd, pt: pt, pe: pe, affinity: affinity)
    beads[0] = RawBead(thai: 0..<t, english: 0..<e, cost: a.cost, lengthCost: a.length, anchorBonus: a.anchors)
    beads[1] = RawBead(
      thai: t..<thaiEnd, english: e..<englishEnd, cost: b.cost, lengthCost: b.length, anchorBonus: b.anchors)
  }
}
