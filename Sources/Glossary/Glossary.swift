/// A set of concepts read from one or more glossary files.
public struct Glossary: Sendable, Hashable {
  /// The concepts, in file order (files in the order they were merged).
  public var concepts: [Concept]
  /// The files the concepts came from.
  public var paths: [String]

  /// Creates a glossary from concepts.
  public init(concepts: [Concept] = [], paths: [String] = []) {
    self.concepts = concepts
    self.paths = paths
  }

  /// Appends another glossary's concepts after this one's.
  public mutating func merge(_ other: Glossary) {
    concepts += other.concepts
    paths += other.paths
  }
}
