public import Glossary

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Aligns Thai documents with their English translations, sentence by sentence.
///
/// Thai pieces (text between candidate spaces) and English pieces (sentences, and weaker
/// headline candidates) are joined into beads by a banded dynamic programme: a length model
/// fitted per document, the boundary priors of both sides, and anchors shared by the two sides
/// of a bead (glossary terms, numbers, Latin tokens, dates, quotes, lexicon words, and word
/// translations learned from the input with IBM model 1 in a second pass).
///
///     let aligner = try Aligner(glossary: glossary, lexicon: lexicon)
///     let result = await aligner.align([DocumentPair(name: "a", thai: th, english: en)])
public struct Aligner: Sendable {
  /// The settings.
  public var options: AlignmentOptions
  /// The glossary whose terms are anchors and are paired inside beads.
  public let glossary: Glossary
  /// How many confident first-pass sentence pairs IBM model 1 is trained on at least: the first
  /// jobs of the input are held until they hold this many (`align(streaming:deliver:)`). An
  /// input with fewer is aligned with the model learned from all of it.
  public var trainingPairs = 4000
  let thaiMatcher: ThaiTermMatcher
  let englishMatcher: EnglishTermMatcher
  let lexicon: Lexicon

  /// Creates an aligner.
  ///
  /// - Throws: what `ThaiTermMatcher(glossary:)` throws for an unusable glossary.
  public init(glossary: Glossary, lexicon: Lexicon = Lexicon(), options: AlignmentOptions = AlignmentOptions())
    throws
  {
    self.glossary = glossary
    self.lexicon = lexicon
    self.options = options
    thaiMatcher = try ThaiTermMatcher(glossary: glossary)
    englishMatcher = EnglishTermMatcher(glossary: glossary)
  }

  /// Aligns every document; documents run in parallel (`align(streaming:deliver:)`, whose
  /// training prefix applies). `progress` is called with the number of documents done and the
  /// total.
  ///
  /// - Complexity: linear in the total length of the documents.
  public func align(
    _ documents: [DocumentPair], progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) async -> [DocumentAlignment] {
    var out: [DocumentAlignment] = []
    out.reserveCapacity(documents.count)
    await align(streaming: documents) { (document: DocumentAlignment) throws(Never) in
      out.append(document)
      progress?(out.count, documents.count)
    }
    return out
  }

  /// Aligns one document (both passes, the translation model learned from it alone).
  public func align(_ document: DocumentPair) -> DocumentAlignment {
    let jobs = self.jobs([document])
    let first = jobs.map(firstPass)
    let learned = learn(from: first)
    let results = first.enumerated().map { index, pass in
      secondPass(pass, learned, index: index, name: document.name)
    }
    return merge(results, of: jobs)
  }

  /// One job after the first pass: prepared, searched without IBM-1, with its length fit.
  struct FirstPass: Sendable {
    var prepared: PreparedDocument
    var beads: [[RawBead]]
    var fit: LengthFit
  }

  /// What the second pass learns from the first pass over the training prefix.
  struct Learned: Sendable {
    var model: IBMModel1?
    var translations: [String: [String]]
    var noHeadline: Double
  }

  /// The first pass of one job: both sides cut into pieces, the length fitted, searched.
  func firstPass(_ job: AlignmentJob) -> FirstPass {
    let prepared = prepare(job.pair, headline: job.headline)
    let fit = LengthFit(prepared, variance: options.lengthVariance)
    return FirstPass(prepared: prepared, beads: search(prepared, fit: fit), fit: fit)
  }

  /// IBM model 1, its likely word translations and the headline rate, from the first passes of
  /// the training prefix (`align(streaming:deliver:)`).
  func learn(from first: [FirstPass]) -> Learned {
    let passes = first.map { ($0.prepared, $0.beads) }
    let model = learnTranslations(passes)
    return Learned(
      model: model, translations: model?.likelyTranslations(minimum: 0.25, limit: 3) ?? [:],
      noHeadline: learnedNoHeadline(passes))
  }

  /// The second pass of one job: IBM-1 keys added, the length variance refitted, searched again.
  func secondPass(_ first: FirstPass, _ learned: Learned, index: Int, name: String) -> DocumentAlignment {
    var prepared = first.prepared
    if !prepared.english.isEmpty { prepared.english[0].setNoHeadline(learned.noHeadline) }
    if !learned.translations.isEmpty { addTranslationKeys(learned.translations, to: &prepared) }
    let fit = first.fit.refitted(prepared, first.beads)
    let beads = search(prepared, fit: fit, model: learned.model)
    return result(prepared, beads, fit: fit, index: index, name: name)
  }

  // MARK: - Passes

  /// IBM model 1 over the first-pass beads; nil when the anchor is disabled.
  func learnTranslations(_ passes: [(PreparedDocument, [[RawBead]])]) -> IBMModel1? {
    guard options.weight(.ibm1) > 0 else { return nil }
    var pairs: [([String], [String])] = []
    for (doc, units) in passes {
      let thaiPieces = doc.thai.flatMap(\.words)
      let englishPieces = doc.english.flatMap(\.words)
      var thaiBase = 0
      var englishBase = 0
      let unitRanges = self.units(doc)
      for (u, beads) in units.enumerated() {
        for bead in beads where bead.trainsTranslations {
          let f = bead.thai.flatMap { thaiPieces[thaiBase + $0] }
          let e = bead.english.flatMap { englishPieces[englishBase + $0] }
          pairs.append((f, e))
        }
        let (t, e) = unitSizes(doc, unitRanges[u])
        thaiBase += t
        englishBase += e
      }
    }
    return IBMModel1.train(pairs: pairs, iterations: 5)
  }

  /// The alignment units of a document: paragraph pairs when both sides have as many
  /// paragraphs (hard anchors), else the whole document with paragraph ends as forced breaks.
  func units(_ doc: PreparedDocument) -> [(thai: Range<Int>, english: Range<Int>)] {
    if doc.thai.count == doc.english.count {
      return doc.thai.indices.map { ($0..<$0 + 1, $0..<$0 + 1) }
    }
    return [(0..<doc.thai.count, 0..<doc.english.count)]
  }

  func unitSizes(_ doc: PreparedDocument, _ u: (thai: Range<Int>, english: Range<Int>)) -> (Int, Int) {
    return (u.thai.reduce(0) { $0 + doc.thai[$1].pieces.count }, u.english.reduce(0) { $0 + doc.english[$1].pieces.count })
  }

  /// The search side of a run of paragraphs.
  func side(_ paragraphs: ArraySlice<PreparedParagraph>) -> SearchSide {
    var s = SearchSide(lengths: [], endPriors: [], sentenceBreaks: [], mandatory: [])
    for p in paragraphs {
      s.lengths += p.lengths
      s.endPriors += p.priors
      s.sentenceBreaks += p.breaks
      s.mandatory += p.lengths.indices.map { $0 == p.lengths.count - 1 }
      s.firstBeadOnly += p.firstBeadOnly.isEmpty ? Array(repeating: false, count: p.lengths.count) : p.firstBeadOnly
      s.weakEnds += p.weakEnds.isEmpty ? Array(repeating: false, count: p.lengths.count) : p.weakEnds
    }
    return s
  }

  /// Beads of every unit of a document, in piece indices local to the unit.
  func search(_ doc: PreparedDocument, fit: LengthFit, model: IBMModel1? = nil) -> [[RawBead]] {
    // Per key of the document, the same for every unit: its weight spread over the whole
    // document (for the band's chain and the anchor mass) and its kind's weight.
    let keyWeight = keyWeights(doc)
    let kindWeight = doc.kinds.map { options.weight($0) }
    return units(doc).map { unit in
      let thai = side(doc.thai[unit.thai])
      let english = side(doc.english[unit.english])
      let thaiKeys = doc.thai[unit.thai].flatMap(\.keys)
      let englishKeys = doc.english[unit.english].flatMap(\.keys)
      let search = BeadSearch(
        maxThai: options.maxThaiPieces, maxEnglishPieces: options.maxEnglishPieces,
        maxEnglishSentences: options.maxEnglishSentences, ratio: fit.ratio, variance: fit.variance,
        lengthWeight: options.lengthWeight, thaiPriorWeight: options.thaiPriorWeight,
        englishPriorWeight: options.englishPriorWeight, skipCost: options.skipCost, band: options.band,
        diceWeight: options.diceWeight)
      let pt = thai.prefix(priorWeight: 1)
      let pe = english.prefix(priorWeight: 1)
      let limits = self.limits(search, doc, thaiKeys, englishKeys, keyWeight: keyWeight, pt: pt, pe: pe)
      let rarity = LocalRarity(
        thaiKeys: thaiKeys, englishKeys: englishKeys, keyCount: doc.kinds.count, thaiOffsets: pt.length,
        englishOffsets: pe.length, window: Self.rarityWindow, ratio: fit.ratio)
      let affinity = self.affinity(
        doc, thaiKeys, englishKeys, limits: limits, reach: search.maxEnglishPieces, rarity: rarity,
        keyWeight: keyWeight, kindWeight: kindWeight)
      let beads = search.run(thai: thai, english: english, affinity: affinity, limits: limits)
      guard let model, options.refineWeight > 0 else { return beads }
      // Word numbers of every piece, for IBM-1 log-likelihoods of candidate beads.
      let thaiWords = doc.thai[unit.thai].flatMap(\.words).map(model.thaiNumbers)
      let englishWords = doc.english[unit.english].flatMap(\.words).map(model.englishNumbers)
      func lexical(_ t: Range<Int>, _ e: Range<Int>) -> Double {
        model.logLikelihood(english: englishWords[e].joined(), thai: Array(thaiWords[t].joined()))
      }
      let openers = SentenceOpeners(
        thai: doc.thai[unit.thai], english: doc.english[unit.english], weight: options.openerWeight)
      // Keys shared by a Thai and an English piece range, each once, weighted as in the band's
      // chain (its kind's weight over the pieces that hold it in the job). `marks` holds `stamp`
      // for the keys of the Thai range, `stamp + 1` once a key has been counted.
      var marks = [UInt32](repeating: 0, count: doc.kinds.count)
      var stamp: UInt32 = 0
      func sharedKeys(_ t: Range<Int>, _ e: Range<Int>) -> Double {
        stamp &+= 2
        if stamp == 0 {
          for k in marks.indices { marks[k] = 0 }
          stamp = 2
        }
        for a in t { for id in thaiKeys[a] { marks[Int(id)] = stamp } }
        var sum = 0.0
        for b in e {
          for id in englishKeys[b] where marks[Int(id)] == stamp {
            marks[Int(id)] = stamp + 1
            sum += keyWeight[Int(id)]
          }
        }
        return sum
      }
      let split = search.splitMergedSentences(
        beads, thai: thai, english: english, affinity: affinity, keyWeight: options.splitKeyWeight,
        sharedKeys: sharedKeys)
      return search.refine(
        split, thai: thai, english: english, affinity: affinity, weight: options.refineWeight, openers: openers,
        lexical: lexical)
    }
  }

  /// Anchor rarity is counted within ± this many Thai scalars of a piece (and the same span
  /// times the length ratio on the English side), not over the whole job (`LocalRarity`).
  /// Chosen on NTREX dev: 250/500/750/1000/1500/whole job → one-paragraph strict F1
  /// 0.798/0.792/0.783/0.782/0.785/0.741, bare command 0.848/0.858/0.857/0.854/0.853/0.853.
  static let rarityWindow = 500

  /// The anchor weight of each key id: its kind's weight divided by how many pieces hold it.
  func keyWeights(_ doc: PreparedDocument) -> [Double] {
    let weights = AnchorKind.allCases.map { options.weight($0) }
    let kindIndex = Dictionary(uniqueKeysWithValues: AnchorKind.allCases.enumerated().map { ($1, $0) })
    return doc.kinds.indices.map { id in
      let w = weights[kindIndex[doc.kinds[id]]!]
      let spread = max(doc.thaiCounts[id], doc.englishCounts[id], 1)
      return w / Double(spread)
    }
  }

  /// Anchor evidence between each Thai piece and the English pieces near it.
  func affinity(
    _ doc: PreparedDocument, _ thaiKeys: [[Int32]], _ englishKeys: [[Int32]], limits: (lo: [Int], hi: [Int]),
    reach: Int, rarity: LocalRarity, keyWeight: [Double], kindWeight: [Double]
  ) -> BandedMatrix {
    let n = thaiKeys.count
    let m = englishKeys.count
    var lower = [Int](repeating: 0, count: n)
    var upper = [Int](repeating: 0, count: n)
    for a in 0..<n {
      lower[a] = max(0, limits.lo[a] - reach)
      upper[a] = min(m, limits.hi[a + 1] + reach)
    }
    var matrix = BandedMatrix(rows: n, lower: lower, upper: upper)
    func mass(_ keys: [Int32]) -> Double {
      keys.reduce(0) { total, id in
        doc.thaiCounts[Int(id)] > 0 && doc.englishCounts[Int(id)] > 0 ? total + keyWeight[Int(id)] : total
      }
    }
    matrix.thaiMass = thaiKeys.map(mass)
    matrix.englishMass = englishKeys.map(mass)
    for a in 0..<n where !thaiKeys[a].isEmpty {
      let ka = thaiKeys[a]
      for b in lower[a]..<upper[a] {
        let kb = englishKeys[b]
        var x = 0
        var y = 0
        var sum = 0.0
        while x < ka.count && y < kb.count {
          if ka[x] == kb[y] {
            // The weight of a shared key falls with how often it occurs near these pieces.
            let id = ka[x]
            sum += kindWeight[Int(id)] / Double(rarity.spread(id, thaiPiece: a, englishPiece: b))
            x += 1
            y += 1
          } else if ka[x] < kb[y] {
            x += 1
          } else {
            y += 1
          }
        }
        if sum != 0 { matrix[a, b] = sum }
      }
    }
    return matrix
  }
}

/// The length model of one document pair: English scalars per Thai scalar, and the variance.
struct LengthFit: Sendable {
  var ratio: Double
  var variance: Double

  init(_ doc: PreparedDocument, variance: Double) {
    let t = doc.thai.reduce(0) { $0 + $1.lengths.reduce(0, +) }
    let e = doc.english.reduce(0) { $0 + $1.lengths.reduce(0, +) }
    ratio = t > 0 && e > 0 ? Double(e) / Double(t) : 1
    self.variance = variance
  }

  /// The variance re-estimated from confident first-pass beads, shrunk toward the prior.
  func refitted(_ doc: PreparedDocument, _ units: [[RawBead]]) -> LengthFit {
    var sum = 0.0
    var count = 0.0
    for beads in units {
      for b in beads where !b.thai.isEmpty && !b.english.isEmpty && b.cost < 3 {
        // lengthCost = δ²/2 with the old variance: δ² · s² is the variance-free statistic.
        sum += 2 * b.lengthCost * variance
        count += 1
      }
    }
    var out = self
    let prior = 10.0
    out.variance = max(0.5, (prior * variance + sum) / (prior + count))
    return out
  }
}

extension RawBead {
  /// Whether IBM model 1 learns from this first-pass bead: both sides, and a confident cost.
  var trainsTranslations: Bool { !thai.isEmpty && !english.isEmpty && cost < 3 }
}
