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
        var thaiParagraph: Int? = nil
        var englishParagraph: Int? = nil
        var thai: Substring = ""
        var english: Substring = ""
        var thaiTerms: [TermMatch] = []
        var englishTerms: [TermMatch] = []
        if let first = raw.thai.first, let last = raw.thai.last {
          let (p, a) = thaiMap[first]
          let (_, b) = thaiMap[last]
          let para = doc.thai[p]
          thai = para.text[para.pieces[a].lowerBound..<para.pieces[b].upperBound]
          thaiParagraph = p
          thaiTerms = Self.termsStarting(in: thai.startIndex..<thai.endIndex, para.terms, from: &thaiCursor[p])
            .filter { $0.range.upperBound <= thai.endIndex }
        }
        if let first = raw.english.first, let last = raw.english.last {
          let (p, a) = englishMap[first]
          let (_, b) = englishMap[last]
          let para = doc.english[p]
          english = para.text[para.pieces[a].lowerBound..<para.pieces[b].upperBound]
          englishParagraph = p
          englishTerms = Self.termsStarting(
            in: english.startIndex..<english.endIndex, para.terms, from: &englishCursor[p]
          ).filter { $0.range.upperBound <= english.endIndex }
        }
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
