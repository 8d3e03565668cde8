/// A glossary file could not be read or written.
public struct GlossaryError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file, if any.
  public var path: String?
  /// 1-based line, if known.
  public var line: Int?
  /// What is wrong.
  public var message: String

  /// Creates an error.
  package init(path: String?, line: Int? = nil, _ message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path:line: message`.
  public var description: String {
    switch (path, line) {
    case let (p?, l?): "\(p):\(l): \(message)"
    case let (p?, nil): "\(p): \(message)"
    default: message
    }
  }
}
