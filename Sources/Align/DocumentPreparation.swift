internal import Glossary
import ThaiText

/// One paragraph cut into pieces, with each piece's anchor keys.
struct PreparedParagraph: Sendable {
  var text: String
  /// Piece ranges in `text` (no separating whitespace).
  var pieces: [Range<String.Index>]
  /// Length of each piece in Unicode scalars.
  var lengths: [Int]
  /// Prior that a sentence ends after each piece (the last one: 1).
  var priors: [Double]
  /// Whether the boundary after each piece is a sentence break (English: a stop).
  var breaks: [Bool]
  /// Glossary matches in `text`.
  var terms: [TermMatch]
  /// Sorted anchor key ids of each piece.
  var keys: [[Int32]]
  /// Words of each piece for IBM model 1 (Thai tokens or English stems).
  var words: [[String]]
  /// Whether only the first bead of the document may end after each piece (headline candidates).
  var firstBeadOnly: [Bool] = []
  /// Each piece's share of the headline probability (0 unless it may end a headline).
  var headlineShares: [Double] = []
  /// Whether the boundary after each piece is a stop the English splitter does not trust (after
  /// an abbreviation or a dotted acronym).
  var weakEnds: [Bool] = []

  /// Whether the first bead of `beads` (over this paragraph alone) ends at a headline candidate.
  func firstBeadEndsHeadline(_ beads: [RawBead]) -> Bool {
    guard let first = beads.first(where: { !$0.english.isEmpty }), let last = first.english.last else { return false }
    return last < firstBeadOnly.count && firstBeadOnly[last]
  }

  /// Re-weights the headline candidates for a document opening without a headline with
  /// probability `noHeadline`.
  mutating func setNoHeadline(_ noHeadline: Double) {
    for k in headlineShares.indices where headlineShares[k] > 0 {
      priors[k] = EnglishSentenceSplitter.headlinePrior(share: headlineShares[k], noHeadline: noHeadline)
    }
  }
}

/// A document ready for the bead search: both sides in pieces, keys interned per document.
struct PreparedDocument: Sendable {
  var thai: [PreparedParagraph]
  var english: [PreparedParagraph]
  /// The kind of each key id.
  var kinds: [AnchorKind]
  /// The key values, to add keys in the second pass.
  var ids: [AnchorItem: Int32]
  /// In how many Thai and English pieces each key occurs.
  var thaiCounts: [Int32]
  var englishCounts: [Int32]

  mutating func intern(_ item: AnchorItem) -> Int32 {
    if let id = ids[item] { return id }
    let id = Int32(kinds.count)
    ids[item] = id
    kinds.append(item.kind)
    thaiCounts.append(0)
    englishCounts.append(0)
    return id
  }

  /// Recounts how many pieces hold each key.
  mutating func recount() {
    thaiCounts = [Int32](repeating: 0, count: kinds.count)
    englishCounts = [Int32](repeating: 0, count: kinds.count)
    for p in thai { for k in p.keys { for id in k { thaiCounts[Int(id)] += 1 } } }
    for p in english { for k in p.keys { for id in k { englishCounts[Int(id)] += 1 } } }
  }
}

extension Aligner {
  /// Cuts both sides into pieces and finds their anchors.
  func prepare(_ document: DocumentPair, headline: Bool = true) -> PreparedDocument {
    var doc = PreparedDocument(thai: [], english: [], kinds: [], ids: [:], thaiCounts: [], englishCounts: [])
    for raw in document.thai {
      let text = String(Substring(raw).trimmingWhitespace())
      if text.isEmpty { continue }
      doc.thai.append(prepareThai(text, into: &doc))
    }
    for raw in document.english {
      let text = String(Substring(raw).trimmingWhitespace())
      if text.isEmpty { continue }
      doc.english.append(prepareEnglish(text, startsDocument: headline && doc.english.isEmpty, into: &doc))
    }
    doc.recount()
    return doc
  }

  func prepareThai(_ text: String, into doc: inout PreparedDocument) -> PreparedParagraph {
    let terms = thaiMatcher.matches(in: text).sorted { $0.range.lowerBound < $1.range.lowerBound }
    let candidates = SentenceCandidates().candidateBoundaries(in: text, protecting: terms.map(\.range))
    var pieces: [Range<String.Index>] = []
    var priors: [Double] = []
    var start = text.startIndex
    for c in candidates where c.prior >= options.thaiPriorFloor {
      if c.range.lowerBound > start {
        pieces.append(start..<c.range.lowerBound)
        priors.append(c.prior)
      }
      start = c.range.upperBound
    }
    if start < text.endIndex {
      pieces.append(start..<text.endIndex)
      priors.append(1)
    }
    var keys: [[Int32]] = []
    var words: [[String]] = []
    var termCursor = 0
    for piece in pieces {
      var items = Set(AnchorExtractor.thai(text[piece]))
      for t in Self.termsStarting(in: piece, terms, from: &termCursor) {
        items.insert(AnchorItem(kind: .glossary, value: String(t.concept)))
      }
      let scalars = Array(text[piece].unicodeScalars)
      var pieceWords: [String] = []
      for token in lexicon.tokens(in: scalars) {
        if token.entry >= 0 {
          for stem in lexicon.translations[token.entry] { items.insert(AnchorItem(kind: .lexicon, value: stem)) }
        }
        pieceWords.append(String(String.UnicodeScalarView(scalars[token.scalars])))
      }
      // Latin words in the Thai text (names, acronyms) are words too, as on the English side.
      pieceWords += EnglishWords.stems(in: text[piece])
      keys.append(items.map { doc.intern($0) }.sorted())
      words.append(pieceWords)
    }
    return PreparedParagraph(
      text: text, pieces: pieces, lengths: pieces.map { text[$0].unicodeScalars.count }, priors: priors,
      breaks: priors.map { $0 >= 0.5 }, terms: terms, keys: keys, words: words)
  }

  func prepareEnglish(_ text: String, startsDocument: Bool, into doc: inout PreparedDocument) -> PreparedParagraph {
    let terms = englishMatcher.matches(in: text).sorted { $0.range.lowerBound < $1.range.lowerBound }
    var pieces: [Range<String.Index>] = []
    var priors: [Double] = []
    var firstBeadOnly: [Bool] = []
    var shares: [Double] = []
    var weak: [Bool] = []
    var start = text.startIndex
    // A sentence never ends inside a glossary term (`Kim Jong | Un`), as on the Thai side.
    var termCursor = 0
    for b in EnglishSentenceSplitter().boundaries(in: text, startsDocument: startsDocument)
    where b.prior >= options.englishPriorFloor {
      while termCursor < terms.count, terms[termCursor].range.upperBound <= b.range.lowerBound { termCursor += 1 }
      if termCursor < terms.count, terms[termCursor].range.lowerBound < b.range.lowerBound { continue }
      pieces.append(start..<b.range.lowerBound)
      priors.append(b.prior)
      firstBeadOnly.append(b.endsHeadlineOnly)
      shares.append(b.headlineShare)
      weak.append(b.kind == .abbreviation)
      start = b.range.upperBound
    }
    pieces.append(start..<text.endIndex)
    priors.append(1)
    firstBeadOnly.append(false)
    shares.append(0)
    weak.append(false)
    var keys: [[Int32]] = []
    var words: [[String]] = []
    termCursor = 0
    for piece in pieces {
      var items = Set(AnchorExtractor.english(text[piece]))
      for t in Self.termsStarting(in: piece, terms, from: &termCursor) {
        items.insert(AnchorItem(kind: .glossary, value: String(t.concept)))
      }
      let stems = EnglishWords.stems(in: text[piece])
      for stem in stems {
        items.insert(AnchorItem(kind: .lexicon, value: stem))
        items.insert(AnchorItem(kind: .ibm1, value: stem))
      }
      // Clause connectives (but, because, when, …) are stopwords for the lexicon, but IBM-1
      // learns which English sentence a Thai แต่ or เพราะ goes with.
      let connectives = EnglishWords.connectives(in: text[piece])
      for c in connectives { items.insert(AnchorItem(kind: .ibm1, value: c)) }
      keys.append(items.map { doc.intern($0) }.sorted())
      words.append(stems + connectives)
    }
    return PreparedParagraph(
      text: text, pieces: pieces, lengths: pieces.map { text[$0].unicodeScalars.count }, priors: priors,
      breaks: zip(priors, firstBeadOnly).map { $0 >= 0.5 && !$1 }, terms: terms, keys: keys, words: words,
      firstBeadOnly: firstBeadOnly, headlineShares: shares, weakEnds: weak)
  }

  /// The terms (sorted by position) that start inside `piece`, advancing `cursor`: pieces come
  /// in text order, so the whole paragraph is one linear sweep.
  static func termsStarting(in piece: Range<String.Index>, _ terms: [TermMatch], from cursor: inout Int)
    -> ArraySlice<TermMatch>
  {
    while cursor < terms.count, terms[cursor].range.lowerBound < piece.lowerBound { cursor += 1 }
    var end = cursor
    while end < terms.count, terms[end].range.lowerBound < piece.upperBound { end += 1 }
    defer { cursor = end }
    return terms[cursor..<end]
  }

  /// Adds the IBM model 1 keys to the Thai pieces (second pass).
  func addTranslationKeys(_ translations: [String: [String]], to doc: inout PreparedDocument) {
    for p in doc.thai.indices {
      for k in doc.thai[p].keys.indices {
        var keys = Set(doc.thai[p].keys[k])
        for word in doc.thai[p].words[k] {
          for e in translations[word] ?? [] { keys.insert(doc.intern(AnchorItem(kind: .ibm1, value: e))) }
        }
        doc.thai[p].keys[k] = keys.sorted()
      }
    }
    doc.recount()
  }
}
