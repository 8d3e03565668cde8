/// An error reading or writing a TMX file; prints as `path:line: message` (or `path: message`
/// when no line applies), the format editors and CI logs can jump to.
public struct TMXError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, broadly.
  public enum Kind: Sendable, Equatable {
    /// The file could not be opened or created.
    case cannotOpen
    /// The bytes are not well-formed XML (or the file ends early).
    case malformed
    /// Well-formed XML, but not a TMX document (wrong root, missing `<body>`).
    case notTMX
    /// An entity reference or entity declaration: refused, never expanded.
    case entity
    /// Writing or renaming failed.
    case io
    /// A text too long for XML readers to take back (see ``maximumTextNode``): not written.
    case tooLong
  }

  /// The most UTF-8 bytes of character data in one piece (one text node) that libxml2 reads
  /// without `XML_PARSE_HUGE`, and so the most that xmllint, Translate Toolkit (lxml) and our own
  /// readers take: `XML_MAX_TEXT_LENGTH`.
  public static let maximumTextNode = 10_000_000

  /// What a reader says at a text over ``maximumTextNode`` (libxml2 itself says only that it ran
  /// out of memory).
  package static let hugeTextMessage =
    "a text of over 10,000,000 bytes in one piece, more than libxml2 (and xmllint, Translate Toolkit) will read"

  /// The broad kind of failure.
  public var kind: Kind
  /// The file the error is about (`-` for stdin/stdout).
  public var path: String
  /// The 1-based line, when known.
  public var line: Int?
  /// What is wrong, for people.
  public var message: String

  /// Creates an error (tests and sibling targets may build one to compare against).
  package init(_ kind: Kind, path: String, line: Int? = nil, message: String) {
    self.kind = kind
    self.path = path
    self.line = line
    self.message = message
  }

  /// `error` as raised before any element: libxml2 says "Extra content at the end of the
  /// document" (or "Document is empty") for a file with no element at all, which reads as if
  /// something were there.
  package static func noRoot(_ error: TMXError) -> TMXError {
    guard error.kind == .malformed,
      ["Extra content at the end of the document", "Document is empty"].contains(error.message)
    else { return error }
    var plain = error
    plain.kind = .notTMX
    plain.message = "not a TMX file: no XML element in it (is it empty?)"
    return plain
  }

  /// `path:line: message`, or `path: message` without a line.
  public var description: String {
    let shown = path == "-" ? "<stdin>" : path
    if let line { return "\(shown):\(line): \(message)" }
    return "\(shown): \(message)"
  }
}
