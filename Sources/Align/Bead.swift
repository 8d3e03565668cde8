/// A Thai document and its English translation, one paragraph a string.
public struct DocumentPair: Sendable {
  /// A name for reports and the `x-document` property (file name or document number).
  public var name: String
  /// Thai paragraphs (blank ones are ignored).
  public var thai: [String]
  /// English paragraphs (blank ones are ignored).
  public var english: [String]

  /// Creates a document pair.
  public init(name: String, thai: [String], english: [String]) {
    self.name = name
    self.thai = thai
    self.english = english
  }
}

/// A glossary term found in a bead: the Thai occurrence and, when present, its English one.
public struct TermPair: Sendable, Hashable {
  /// Index of the concept in the glossary.
  public var concept: Int
  /// The Thai occurrence (a range of the bead's `thai` text).
  public var thai: Range<String.Index>
  /// The English occurrence of the same concept, if the English side has one.
  public var english: Range<String.Index>?
}

/// One alignment unit: Thai text and the English text that translates it.
public struct Bead: Sendable {
  /// 0-based index of the Thai paragraph (in the non-blank paragraphs), or nil for 0-1 beads.
  public var thaiParagraph: Int?
  /// 0-based index of the English paragraph, or nil for 1-0 beads.
  public var englishParagraph: Int?
  /// The Thai text: a substring of the source paragraph (empty for an English-only bead).
  public var thai: Substring
  /// The English text: a substring of the source paragraph (empty for a Thai-only bead).
  public var english: Substring
  /// How many Thai pieces and English pieces the bead joins.
  public var thaiPieces: Int, englishPieces: Int
  /// Confidence in (0, 1): high when length and anchors agree.
  public var score: Double
  /// Glossary terms in the bead, paired across the two sides.
  public var terms: [TermPair]
  /// The bead's cost in the search (length + boundaries − anchors; lower is better).
  public var cost: Double
  /// The length-model part of `cost`.
  public var lengthCost: Double
  /// The anchor bonus subtracted in `cost`.
  public var anchorBonus: Double

  /// Whether both sides have text (a translation unit), as opposed to untranslated text.
  public var isPair: Bool { !thai.isEmpty && !english.isEmpty }

  /// Thai terms whose English rendering is not in the bead.
  public var missingTerms: [TermPair] { terms.filter { $0.english == nil } }
}

/// The beads of one document, in order.
public struct DocumentAlignment: Sendable {
  /// 0-based index of the document in the input.
  public var index: Int
  /// The document's name.
  public var name: String
  /// The beads, in text order.
  public var beads: [Bead]
}
