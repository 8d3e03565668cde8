import Glossary

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

extension Aligner {
  /// Turns the beads of every unit into text beads with scores and term pairs.
  func result(_ doc: PreparedDocument, _ units: [[RawBead]], fit: LengthFit, index: Int, name: String)
    -> DocumentAlignment
  {
    var out: [Bead] = []
    var thaiCursor = [Int](repeating: 0, count: doc.thai.count)
    var englishCursor = [Int](repeating: 0, count: doc.english.count)
    for (unit, beads) in zip(self.units(doc), units) {
      // Piece index in the unit → (paragraph, piece in paragraph).
      let thaiMap = unit.thai.flatMap { p in doc.thai[p].pieces.indices.map { (p, $0) } }
      let englishMap = unit.english.flatMap { p in doc.english[p].pieces.indices.map { (p, $0) } }
      for raw in beads {
        let (thaiParagraph, thai, thaiTerms) = Self.side(raw.thai, thaiMap, doc.thai, cursor: &thaiCursor)
        let (englishParagraph, english, englishTerms) = Self.side(
          raw.english, englishMap, doc.english, cursor: &englishCursor)
        // Confidence: a logistic squash of the bead's own cost.
        let score = 1 / (1 + exp(raw.cost - 2))
        out.append(
          Bead(
            thaiParagraph: thaiParagraph, englishParagraph: englishParagraph, thai: thai, english: english,
            thaiPieces: raw.thai.count, englishPieces: raw.english.count, score: score,
            terms: Self.pairTerms(thai: thaiTerms, english: englishTerms), cost: raw.cost,
            lengthCost: raw.lengthCost, anchorBonus: raw.anchorBonus))
      }
    }
    return DocumentAlignment(index: index, name: name, beads: out)
  }

  /// One side of a bead: its paragraph, its text (pieces `pieces` of the unit, through `map` from
  /// unit piece to (paragraph, piece)), and the glossary terms inside it. `cursor` holds, per
  /// paragraph, the first term not yet passed, so each paragraph's terms are walked once.
  static func side(
    _ pieces: Range<Int>, _ map: [(Int, Int)], _ paragraphs: [PreparedParagraph], cursor: inout [Int]
  ) -> (paragraph: Int?, text: Substring, terms: [TermMatch]) {
    guard let first = pieces.first, let last = pieces.last else { return (nil, "", []) }
    let (p, a) = map[first]
    let (_, b) = map[last]
    let para = paragraphs[p]
    let text = para.text[para.pieces[a].lowerBound..<para.pieces[b].upperBound]
    let terms = termsStarting(in: text.startIndex..<text.endIndex, para.terms, from: &cursor[p])
      .filter { $0.range.upperBound <= text.endIndex }
    return (p, text, terms)
  }

  /// Pairs each Thai term occurrence with an unused English occurrence of the same concept,
  /// in text order.
  static func pairTerms(thai: [TermMatch], english: [TermMatch]) -> [TermPair] {
    var used = [Bool](repeating: false, count: english.count)
    var out: [TermPair] = []
    for t in thai {
      var match: Range<String.Index>? = nil
      if let k = english.indices.first(where: { !used[$0] && english[$0].concept == t.concept }) {
        used[k] = true
        match = english[k].range
      } else if let k = english.firstIndex(where: { $0.concept == t.concept }) {
        match = english[k].range  // the same English name rendering two Thai mentions
      }
      out.append(TermPair(concept: t.concept, thai: t.range, english: match))
    }
    return out
  }
}
