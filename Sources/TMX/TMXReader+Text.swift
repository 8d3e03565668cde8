internal import CLibXML2

extension TMXReader {
  /// The next `<tu>` reduced to its `tuid` and the plain text of one variant per language, or
  /// nil after `</tmx>` once the whole document has been checked.
  ///
  /// The result is what `next()` followed by `TMXUnitText(_:languages:)` gives, and the same
  /// errors are thrown at the same places, but no `TranslationUnit` is built: no variants,
  /// inline elements, properties, notes or attribute values other than `tuid` and the
  /// languages. For readers that only look at the text (`thaitm check`).
  ///
  ///     var reader = try TMXReader(path: "memory.tmx")
  ///     while let unit = try reader.nextText(languages: ["th", "en"]) {
  ///       print(unit.tuid ?? "-", unit.texts[0] ?? "", unit.texts[1] ?? "")
  ///     }
  ///
  /// - Parameter languages: language tags, compared by primary subtag (`th` takes `th-TH`).
  /// - Throws: `TMXError` at the first point where the file is malformed, truncated, or uses an
  ///   entity.
  public mutating func nextText(languages: [String]) throws -> TMXUnitText? {
    guard try moveToNextUnit() else { return nil }
    // A DOCTYPE that declares entities makes every attribute value checked for references:
    // the full reader does that, with its errors.
    if handle.sink.entitiesDeclared { return TMXUnitText(try readUnit(), languages: languages) }
    return try readUnitText(languages)
  }

  private func readUnitText(_ languages: [String]) throws(TMXError) -> TMXUnitText {
    var unit = TMXUnitText(tuid: nil, texts: [String?](repeating: nil, count: languages.count))
    let empty = handle.isEmptyElement
    unit.tuid = handle.attribute(local: names.tuid)
    if empty { return unit }
    try forEachChildElement(inside: "tu") { () throws(TMXError) in
      if handle.localName == names.tuv {
        try readVariantText(languages, into: &unit.texts)
      } else {
        // <prop>, <note> and unknown elements: read through (as `readUnit` does) and dropped.
        try Self.skip(handle)
      }
    }
    return unit
  }

  /// Reads one `<tuv>`; its plain text goes to every language slot it is the first variant of.
  private func readVariantText(_ languages: [String], into texts: inout [String?]) throws(TMXError) {
    let language = handle.language ?? ""
    let wanted = languages.indices.contains { texts[$0] == nil && LanguageTag.samePrimary(language, languages[$0]) }
    if handle.isEmptyElement {
      if wanted { fill(languages, language, &texts, with: "") }
      return
    }
    var text = ""
    try forEachChildElement(inside: "tuv") { () throws(TMXError) in
      if handle.localName == names.seg {
        if !handle.isEmptyElement { try readInlineText(into: &text, keep: wanted) }
      } else {
        try Self.skip(handle)
      }
    }
    if wanted { fill(languages, language, &texts, with: text) }
  }

  private func fill(_ languages: [String], _ language: String, _ texts: inout [String?], with text: String) {
    for k in languages.indices where texts[k] == nil && LanguageTag.samePrimary(language, languages[k]) {
      texts[k] = text
    }
  }

  /// Reads the content of the current element up to its end tag, appending to `out` the text
  /// `Segment.plainText` keeps when `keep` is set: text runs, and the content of `<hi>` and
  /// `<sub>`, not of `bpt`, `ept`, `ph`, `it` or `ut`; a non-TMX element contributes its content.
  private func readInlineText(into out: inout String, keep: Bool) throws(TMXError) {
    while let type = try read() {
      switch type {
      case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue,
        XML_READER_TYPE_WHITESPACE.rawValue, XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue:
        if keep {
          if out.isEmpty { out = handle.value } else { out += handle.value }
        }
      case XML_READER_TYPE_ELEMENT.rawValue:
        if handle.isEmptyElement { continue }
        if names.isInline(handle.localName) {
          try readInlineText(into: &out, keep: keep && handle.isUnprefixed(names.hi, or: names.sub))
        } else {
          try readInlineText(into: &out, keep: keep)
        }
      case XML_READER_TYPE_END_ELEMENT.rawValue:
        return
      default:
        continue
      }
    }
    throw handle.error(.malformed, "the document ends inside <seg>")
  }
}
