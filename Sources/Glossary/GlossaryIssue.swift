/// How serious a glossary finding is.
public enum IssueSeverity: String, Sendable, Hashable, Comparable {
  /// Probably harmless, worth a look (a duplicate row).
  case warning
  /// The glossary is wrong or will not work as written (an empty field, a bad keyword).
  case error

  /// Warnings order before errors.
  public static func < (a: IssueSeverity, b: IssueSeverity) -> Bool { a == .warning && b == .error }
}

/// Something wrong with a glossary row or term: found while reading (kept, not thrown, so that
/// `thaitm glossary lint` can list them all) or by `GlossaryLinter`.
public struct GlossaryIssue: Sendable, Hashable, CustomStringConvertible {
  /// Where: the row or term.
  public var location: SourceLocation
  /// Warning or error.
  public var severity: IssueSeverity
  /// A short kebab-case name (`duplicate`, `conflict`, `unnormalized`, `empty-field`,
  /// `bad-keyword`, `whitespace`, `unreachable`, `ambiguous-english`, `unknown-variant`).
  public var kind: String
  /// What is wrong, for people.
  public var message: String

  /// Creates an issue.
  public init(location: SourceLocation, severity: IssueSeverity, kind: String, message: String) {
    self.location = location
    self.severity = severity
    self.kind = kind
    self.message = message
  }

  /// `path:line: kind: message`, a line editors can jump to (each kind has one severity).
  public var description: String { "\(location): \(kind): \(message)" }
}
