/// One translation unit (`<tu>`) of a TMX file: its variants, properties and notes.
///
/// The value is what the reader produces and the writer consumes; it holds no C resources.
public struct TranslationUnit: Sendable, Hashable {
  /// The `tuid` attribute, if any.
  public var tuid: String?
  /// Other `<tu>` attributes (`creationdate`, `changedate`, `srclang`, …) in document order.
  public var attributes: [TMXAttribute]
  /// `<prop type="…">` children of the `<tu>`, in document order.
  public var properties: [TMXProperty]
  /// `<note>` children of the `<tu>`, in document order.
  public var notes: [String]
  /// The `<tuv>` children, in document order.
  public var variants: [TranslationVariant]

  /// Creates a unit from its parts.
  public init(
    tuid: String? = nil, attributes: [TMXAttribute] = [], properties: [TMXProperty] = [],
    notes: [String] = [], variants: [TranslationVariant] = []
  ) {
    self.tuid = tuid
    self.attributes = attributes
    self.properties = properties
    self.notes = notes
    self.variants = variants
  }

  /// The first variant whose language matches `language` by primary subtag, case-insensitively
  /// (`th` matches `th`, `TH`, `th-TH`, `th_TH`).
  public func variant(for language: String) -> TranslationVariant? {
    variants.first { LanguageTag.samePrimary($0.language, language) }
  }

  /// The value of the first property of the given type.
  public func property(_ type: String) -> String? {
    properties.first { $0.type == type }?.value
  }
}

/// One `<tuv>`: a language and its segment.
public struct TranslationVariant: Sendable, Hashable {
  /// The `xml:lang` (or deprecated `lang`) value exactly as written.
  public var language: String
  /// The `<seg>` content.
  public var segment: Segment
  /// `<prop>` children of the `<tuv>`.
  public var properties: [TMXProperty]
  /// `<note>` children of the `<tuv>`.
  public var notes: [String]
  /// Other `<tuv>` attributes, in document order.
  public var attributes: [TMXAttribute]

  /// Creates a variant.
  public init(
    language: String, segment: Segment, properties: [TMXProperty] = [], notes: [String] = [],
    attributes: [TMXAttribute] = []
  ) {
    self.language = language
    self.segment = segment
    self.properties = properties
    self.notes = notes
    self.attributes = attributes
  }

  /// Creates a variant holding plain text.
  public init(language: String, text: String) {
    self.init(language: language, segment: Segment(text))
  }
}

/// A `<prop type="…">value</prop>`.
public struct TMXProperty: Sendable, Hashable {
  /// The `type` attribute (`x-document`, `x-score`, …).
  public var type: String
  /// The text content.
  public var value: String
  /// Creates a property.
  public init(type: String, value: String) {
    self.type = type
    self.value = value
  }
}

/// An XML attribute kept for a faithful round trip.
public struct TMXAttribute: Sendable, Hashable {
  /// The qualified name as written (`creationdate`, `xml:lang`).
  public var name: String
  /// The value.
  public var value: String
  /// Creates an attribute.
  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}

/// Language tag helpers shared by reader, writer and consumers.
public enum LanguageTag {
  /// The primary subtag, lower-cased: `th-TH` → `th`, `EN_us` → `en`.
  public static func primary(_ tag: String) -> String {
    // Fast path: already a lower-case subtag on its own (`th`, `en`): no allocation.
    if tag.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { return tag }
    let head = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? tag
    return head.lowercased()
  }

  /// Whether two tags have the same primary subtag, ASCII case-insensitively (`th-TH` and `TH`),
  /// without allocating.
  public static func samePrimary(_ a: String, _ b: String) -> Bool {
    if a == b { return true }  // the common case (`th` and `th`): a bitwise compare of small strings
    var a = a
    var b = b
    return a.withUTF8 { x in
      b.withUTF8 { y in
        var i = 0
        while true {
          let cx: UInt8 = i < x.count ? x[i] : 0x2D
          let cy: UInt8 = i < y.count ? y[i] : 0x2D
          let endX = cx == 0x2D || cx == 0x5F
          let endY = cy == 0x2D || cy == 0x5F
          if endX || endY { return endX && endY }
          let lx = cx >= 0x41 && cx <= 0x5A ? cx | 0x20 : cx
          let ly = cy >= 0x41 && cy <= 0x5A ? cy | 0x20 : cy
          if lx != ly { return false }
          i += 1
        }
      }
    }
  }
}
