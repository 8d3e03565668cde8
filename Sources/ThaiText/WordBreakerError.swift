/// The word breaker could not be set up.
public struct WordBreakerError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Sendable, Equatable {
    /// No libthai dictionary (`thbrk.tri`) was found in the places searched.
    case dictionaryNotFound
    /// The dictionary exists but libdatrie or libthai could not read it.
    case unreadableDictionary
    /// The dictionary with the added words could not be written anywhere.
    case cannotWriteCache
  }

  /// What went wrong.
  public var kind: Kind
  /// The file concerned (or the places searched).
  public var path: String
  /// Details for people.
  public var message: String

  /// Creates an error.
  package init(_ kind: Kind, path: String, _ message: String) {
    self.kind = kind
    self.path = path
    self.message = message
  }

  /// `path: message`.
  public var description: String { "\(path): \(message)" }
}
