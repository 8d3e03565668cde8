/// A kind of evidence, besides length, that two pieces of text translate each other.
public enum AnchorKind: String, Sendable, Hashable, CaseIterable {
  /// A glossary concept found on both sides (ปูติน ↔ Putin).
  case glossary
  /// Numbers (Thai digits, separators: 15,000 = 15000; Buddhist years 2568 = 2025).
  case numbers
  /// Latin-script tokens in the Thai text (KCNA, TASS, URLs).
  case latin
  /// Quotation marks and brackets.
  case punctuation
  /// Month and weekday names (สิงหาคม ↔ August, วันอังคาร ↔ Tuesday).
  case dates
  /// Word translations from the common-word lexicon.
  case lexicon
  /// Word translations learned from the input itself (IBM model 1).
  case ibm1
}

/// Settings of the aligner.
public struct AlignmentOptions: Sendable, Hashable {
  /// Most Thai pieces (space-separated candidates) in one bead.
  ///
  /// A Thai news sentence is often made of many space-separated clauses: in NTREX 31% of
  /// sentences have more than 6 pieces and 10% more than 10, so the default is 24.
  public var maxThaiPieces: Int = 24
  /// Most English sentences in one bead.
  public var maxEnglishSentences: Int = 2
  /// Most English pieces in one bead: sentences and the weak candidates inside them
  /// (headline ends, colons), which are many in text with many capitalised names.
  public var maxEnglishPieces: Int = 40
  /// Anchor kinds switched off (for measuring what each contributes).
  public var disabledAnchors: Set<AnchorKind> = []
  /// Beads whose score is below this carry `x-review` and are listed first in the report.
  public var reviewThreshold: Double = 0.5
  /// Half-width of the search band around the diagonal, in English pieces.
  public var band: Int = 6
  /// Thai spaces whose prior is below this are never boundaries (they join their pieces).
  public var thaiPriorFloor: Double = 0.005
  /// English candidate boundaries whose prior is below this are dropped (mid-paragraph
  /// capitalised words: they multiply the search for little gain).
  public var englishPriorFloor: Double = 0
  /// Cost of leaving a piece untranslated (a 1-0 or 0-1 bead).
  public var skipCost: Double = 7
  /// Weight of the length model against the boundary priors and anchors.
  public var lengthWeight: Double = 0.4
  /// Reward for a bead in proportion to how much of its anchor evidence is matched (a Dice
  /// coefficient): it keeps neighbouring sentences that share words from merging.
  public var diceWeight: Double = 0
  /// Weight of the Thai boundary priors (−log p at a bead end, −log(1 − p) inside a bead).
  public var thaiPriorWeight: Double = 0.6
  /// Weight of the English boundary priors.
  public var englishPriorWeight: Double = 2
  /// Weight of IBM model 1 log-likelihoods when a Thai boundary between two sentence pairs may
  /// move by up to two pieces after the search (0: no such pass).
  public var refineWeight: Double = 0.8
  /// Reward, in that pass, for a Thai sentence that opens with the Latin-script word its English
  /// sentence opens with (`Wayde เดินเข้ามา…` with `Wayde stepped in…`; see `SentenceOpeners`).
  public var openerWeight: Double = 2
  /// Weight, in the second look at beads that run a headline into the first sentence or cross a
  /// stop after an abbreviation, of the anchor keys a bead's two sides share, each key counted
  /// once (`BeadSearch.splitMergedSentences`; 0: no such look). NTREX dev, bare command, first
  /// beads only: 1 / 1.5 / 2 / 3 → strict F1 0.911 / 0.914 / 0.914 / 0.911 (0.895 without).
  public var splitKeyWeight: Double = 1.5
  /// Variance of the length model before it is refitted on the document pair.
  public var lengthVariance: Double = 2
  /// Weight of each anchor kind (bonus per matched item, before the rarity discount).
  public var anchorWeights: [AnchorKind: Double] = [
    .glossary: 5, .numbers: 5, .latin: 5, .punctuation: 0.5, .dates: 1.5, .lexicon: 5, .ibm1: 5,
  ]

  /// Creates the default settings.
  public init() {}

  /// The weight of `kind`, zero when it is disabled.
  public func weight(_ kind: AnchorKind) -> Double {
    disabledAnchors.contains(kind) ? 0 : anchorWeights[kind] ?? 0
  }
}
