/// The `<header>` of a TMX file: the seven attributes TMX 1.4 requires, the optional ones, and
/// header-level `<prop>` and `<note>` children.
///
/// The defaults are what `../shared/ref/tmx-interop.md` §5 recommends for a Thai→English memory:
///
///     var header = TMXHeader(sourceLanguage: "th")   // creationdate: now
///     header.properties.append(TMXProperty(type: "x-document", value: "putin-kim-2025-08-13"))
public struct TMXHeader: Sendable, Hashable {
  /// The version this module writes when no other is given.
  public static let defaultToolVersion = "0.1.0"

  /// `creationtool` (required).
  public var creationTool: String
  /// `creationtoolversion` (required).
  public var creationToolVersion: String
  /// `segtype` (required): `block`, `paragraph`, `sentence` or `phrase`.
  public var segmentType: String
  /// `o-tmf` (required): the original translation memory format.
  public var originalFormat: String
  /// `adminlang` (required).
  public var adminLanguage: String
  /// `srclang` (required): the exact `xml:lang` of the source variants (e.g. `th`).
  public var sourceLanguage: String
  /// `datatype` (required).
  public var dataType: String
  /// `creationdate`, `YYYYMMDDThhmmssZ` in UTC (by default the time the header was made); `nil`
  /// leaves the attribute out.
  public var creationDate: String?
  /// Any other header attributes (`o-encoding`, `creationid`, `changedate`, `changeid`), in order.
  public var attributes: [TMXAttribute]
  /// Header-level `<prop>` elements.
  public var properties: [TMXProperty]
  /// Header-level `<note>` elements.
  public var notes: [String]

  /// A header with the recommended values; every field can be changed afterwards.
  public init(
    sourceLanguage: String = "th", creationTool: String = "thaitm",
    creationToolVersion: String = TMXHeader.defaultToolVersion, segmentType: String = "sentence",
    originalFormat: String = "thaitm", adminLanguage: String = "en", dataType: String = "plaintext",
    creationDate: String? = TMXDate.now(), attributes: [TMXAttribute] = [], properties: [TMXProperty] = [],
    notes: [String] = []
  ) {
    self.creationTool = creationTool
    self.creationToolVersion = creationToolVersion
    self.segmentType = segmentType
    self.originalFormat = originalFormat
    self.adminLanguage = adminLanguage
    self.sourceLanguage = sourceLanguage
    self.dataType = dataType
    self.creationDate = creationDate
    self.attributes = attributes
    self.properties = properties
    self.notes = notes
  }

  /// The attributes in the order they are written: the seven required ones, `creationdate`,
  /// then the others.
  var writtenAttributes: [(String, String)] {
    var out: [(String, String)] = [
      ("creationtool", creationTool), ("creationtoolversion", creationToolVersion),
      ("segtype", segmentType), ("o-tmf", originalFormat), ("adminlang", adminLanguage),
      ("srclang", sourceLanguage), ("datatype", dataType),
    ]
    if let creationDate { out.append(("creationdate", creationDate)) }
    for attribute in attributes { out.append((attribute.name, attribute.value)) }
    return out
  }

  /// Sets a header attribute read from a file: the known names go to their fields, the rest to
  /// `attributes`.
  mutating func setAttribute(_ name: String, _ value: String) {
    switch name {
    case "creationtool": creationTool = value
    case "creationtoolversion": creationToolVersion = value
    case "segtype": segmentType = value
    case "o-tmf": originalFormat = value
    case "adminlang": adminLanguage = value
    case "srclang": sourceLanguage = value
    case "datatype": dataType = value
    case "creationdate": creationDate = value
    default: attributes.append(TMXAttribute(name: name, value: value))
    }
  }
}

extension TranslationUnit {
  /// The `creationdate` attribute (`YYYYMMDDThhmmssZ`), read from or written to `attributes`.
  public var creationDate: String? {
    get { attributes.first { $0.name == "creationdate" }?.value }
    set {
      attributes.removeAll { $0.name == "creationdate" }
      if let newValue { attributes.insert(TMXAttribute(name: "creationdate", value: newValue), at: 0) }
    }
  }
}
