/// A proposed glossary entry found by `NameMiner`: a Thai name the glossary lacks and the
/// English name it stands for.
public struct NameCandidate: Sendable, Hashable {
  /// The Thai spelling, as found in the text (classifier and title words left out).
  public var thai: String
  /// The English name.
  public var english: String
  /// 0…1: transliteration similarity, co-occurrence (Dice) and position combined.
  public var score: Double
  /// Mean transliteration similarity over the units it was seen in.
  public var similarity: Double
  /// In how many translation units the pair was seen.
  public var count: Int
  /// The 1-based numbers of those units, ascending.
  public var units: [Int]
  /// RTGS romanization of the Thai (for a reviewer).
  public var romanization: String

  /// Creates a candidate.
  public init(
    thai: String, english: String, score: Double, similarity: Double, count: Int, units: [Int],
    romanization: String
  ) {
    self.thai = thai
    self.english = english
    self.score = score
    self.similarity = similarity
    self.count = count
    self.units = units
    self.romanization = romanization
  }
}
