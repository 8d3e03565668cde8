/// The content of a `<seg>`: plain text for matching, inline markup kept for a faithful round trip.
public struct Segment: Sendable, Hashable {
  /// The content as a sequence of text runs and inline elements.
  public var content: [InlineContent]

  /// A segment holding only text.
  public init(_ text: String) {
    content = text.isEmpty ? [] : [.text(text)]
  }

  /// A segment from runs of content.
  public init(content: [InlineContent]) {
    self.content = content
  }

  /// The text a translator reads: text runs and the text inside `<hi>`/`<sub>`; the native codes
  /// inside `bpt`, `ept`, `ph`, `it` and `ut` are left out.
  public var plainText: String {
    if content.count == 1, case .text(let only) = content[0] { return only }
    var out = ""
    for item in content { item.appendPlainText(to: &out) }
    return out
  }
}

/// One piece of `<seg>` content.
public indirect enum InlineContent: Sendable, Hashable {
  /// Character data.
  case text(String)
  /// An inline element (`bpt`, `ept`, `ph`, `it`, `ut`, `hi`, `sub`) with its attributes and
  /// children.
  case element(name: String, attributes: [TMXAttribute], children: [InlineContent])

  /// Whether the element's text is part of what a translator reads (true for `hi` and `sub`).
  static func isReadable(_ name: String) -> Bool { name == "hi" || name == "sub" }

  func appendPlainText(to out: inout String) {
    switch self {
    case .text(let s): out += s
    case .element(let name, _, let children):
      guard Self.isReadable(name) else { return }
      for child in children { child.appendPlainText(to: &out) }
    }
  }
}

extension InlineContent {
  /// The inline element names TMX 1.4 allows inside `<seg>` (and `<sub>` inside them).
  static let tmxNames: Set<String> = ["bpt", "ept", "ph", "it", "ut", "hi", "sub"]

  /// Whether this content has a non-whitespace character a translator reads.
  var hasVisibleText: Bool {
    switch self {
    case .text(let s):
      return s.unicodeScalars.contains { scalar in
        let v = scalar.value
        if v < 0x80 { return v > 0x20 && v != 0x7F }
        if v >= 0x0E01 && v <= 0x0E7F { return true }  // Thai: no white space there
        return !scalar.properties.isWhitespace
      }
    case .element(let name, _, let children):
      return Self.isReadable(name) && children.contains { $0.hasVisibleText }
    }
  }
}

extension Segment {
  /// Whether `plainText` has a non-whitespace character (without building it).
  var hasVisibleText: Bool { content.contains { $0.hasVisibleText } }
}
