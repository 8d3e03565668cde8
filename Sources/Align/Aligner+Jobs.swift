/// One independent alignment job: a whole document, or one paragraph pair of a document whose
/// two sides have as many paragraphs (paragraphs are then hard anchors, and each pair is aligned
/// on its own: its own length ratio, anchor rarities and headline).
struct AlignmentJob: Sendable {
  /// The text to align.
  var pair: DocumentPair
  /// Index of the input document.
  var document: Int
  /// The (non-blank) paragraph index the job covers, nil for a whole document.
  var paragraph: Int?
  /// Whether the job's first English paragraph may open with a headline without a final stop.
  var headline: Bool = true
  /// Whether this is the last job of its document.
  var isLast = true
}

extension Aligner {
  /// Splits documents whose non-blank paragraphs pair up 1:1 into one job per paragraph pair.
  func jobs(_ documents: [DocumentPair]) -> [AlignmentJob] {
    documents.enumerated().flatMap { jobs(for: $1, index: $0) }
  }

  /// The jobs of document number `index`: one per paragraph pair when its non-blank paragraphs
  /// pair up 1:1, else the whole document.
  func jobs(for document: DocumentPair, index d: Int) -> [AlignmentJob] {
    let thai = document.thai.filter { !Substring($0).trimmingWhitespace().isEmpty }
    let english = document.english.filter { !Substring($0).trimmingWhitespace().isEmpty }
    guard thai.count == english.count, thai.count > 1 else {
      return [AlignmentJob(pair: document, document: d, paragraph: nil)]
    }
    return thai.indices.map { k in
      let pair = DocumentPair(name: document.name, thai: [thai[k]], english: [english[k]])
      return AlignmentJob(pair: pair, document: d, paragraph: k, headline: true, isLast: k == thai.count - 1)
    }
  }

  /// Joins the results of the jobs of one document back into its alignment.
  func merge(_ results: [DocumentAlignment], of jobs: [AlignmentJob]) -> DocumentAlignment {
    var out = DocumentAlignment(index: jobs[0].document, name: jobs[0].pair.name, beads: [])
    for (job, result) in zip(jobs, results) {
      guard let k = job.paragraph else {
        out.beads += result.beads
        continue
      }
      for var bead in result.beads {
        if bead.thaiParagraph != nil { bead.thaiParagraph = k }
        if bead.englishParagraph != nil { bead.englishParagraph = k }
        out.beads.append(bead)
      }
    }
    return out
  }

  /// The probability that a document (or paragraph job) opens without a headline, learned from
  /// the first pass over the training prefix (run with the default 0.1): the share r of jobs
  /// with headline candidates whose first bead ended at one, with one pseudo-count each way.
  /// When r ≥ ½ the input has headlines (NTREX-style files, one document a line, each with its
  /// headline) and the default stays; otherwise it is 1 − r (an article of many paragraphs, where
  /// only the first may open with a headline: the seed article learns 0.75).
  func learnedNoHeadline(_ first: [(PreparedDocument, [[RawBead]])]) -> Double {
    var eligible = 0
    var split = 0
    for (doc, units) in first {
      guard let paragraph = doc.english.first, paragraph.headlineShares.contains(where: { $0 > 0 }),
        let beads = units.first
      else { continue }
      eligible += 1
      if paragraph.firstBeadEndsHeadline(beads) { split += 1 }
    }
    let rate = Double(split + 1) / Double(eligible + 2)
    // A Viterbi pass splits only where the evidence is clear, so it undercounts headlines: when
    // most openings split, the input has headlines and the default prior stays.
    return rate >= 0.5 ? EnglishSentenceSplitter.noHeadline : min(0.9, 1 - rate)
  }
}

extension Aligner {
  /// The search band of one unit: around the heaviest monotone chain of pieces that share a
  /// key (`BeadSearch.anchorPoints`), the length diagonal between them (`anchoredBandLimits`).
  /// Without such pieces it is the plain length diagonal. On short jobs the two hardly differ
  /// (NTREX dev, 61 paragraph jobs: strict F1 0.852 → 0.853 with unique keys, 0.858 → 0.856
  /// with the recurring ones); on one long paragraph the chain keeps the band on the path.
  func limits(
    _ search: BeadSearch, _ doc: PreparedDocument, _ thaiKeys: [[Int32]], _ englishKeys: [[Int32]],
    keyWeight weights: [Double], pt: SearchSide.Prefix, pe: SearchSide.Prefix
  ) -> (lo: [Int], hi: [Int]) {
    guard !thaiKeys.isEmpty, !englishKeys.isEmpty else {
      return search.bandLimits(thai: pt, english: pe)
    }
    // Numbers, Latin tokens and glossary concepts may recur (paired in order when both sides
    // have as many); word translations only when unique: common words with equal counts by
    // chance would pair the wrong sentences. NTREX dev joined ×4: strict F1 0.506 with unique
    // keys only (no key is unique), 0.792 with these; one copy 0.788 → 0.793.
    let points = BeadSearch.anchorPoints(
      thaiKeys: thaiKeys, englishKeys: englishKeys, keyCount: doc.kinds.count,
      repeatable: { id in [.numbers, .latin, .glossary].contains(doc.kinds[Int(id)]) }
    ) { id in doc.kinds[Int(id)] == .punctuation ? 0 : weights[Int(id)] }
    let chain = BeadSearch.heaviestChain(points, englishCount: englishKeys.count)
    let knots = BeadSearch.knots(thai: pt, english: pe, chain: chain)
    return search.anchoredBandLimits(thai: pt, english: pe, knots: knots)
  }
}
