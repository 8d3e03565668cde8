/// Writes a TMX 1.4 file as a stream with libxml2's `xmlTextWriter` (never a DOM), in the shape
/// `../shared/ref/tmx-interop.md` §5 recommends.
///
///     var writer = try TMXWriter(path: "out.tmx", header: TMXHeader(creationDate: TMXDate.now()))
///     try writer.append(TranslationUnit(tuid: "1", variants: [
///       TranslationVariant(language: "th", text: "คิม จองอึน"),
///       TranslationVariant(language: "en", text: "Kim Jong Un")]))
///     let report = try writer.finish()   // renames out.tmx.tmp-… to out.tmx
///
/// What is written is always well-formed XML 1.0: code points XML forbids become U+FFFD, CR/LF
/// inside a segment become one space, and a unit with an empty or missing side is left out. Each
/// is counted in `report`. The file is written beside `path` under a temporary name and renamed
/// only by `finish()`; a writer dropped without `finish()` removes it. `-` writes to stdout.
///
/// Layout: two-space indentation between elements, written by the writer itself. libxml2's
/// `xmlTextWriterSetIndent` is not used: it puts a newline and indentation before an inline
/// element that opens a `<seg>` (`<seg><ph/>…`), which would change the segment's text. Nothing
/// is ever added inside `<seg>`.
///
/// The writer owns a libxml2 handle, so it is `~Copyable` and not `Sendable`.
public struct TMXWriter: ~Copyable {
  private var handle: TextWriterHandle
  private let sourceLanguage: String
  private let requiredLanguages: [String]
  private var appended = 0
  /// What has been changed or left out so far.
  public private(set) var report: TMXWriteReport

  /// Starts a TMX file: writes the XML declaration, `<tmx version="1.4">`, the header and `<body>`.
  ///
  /// - Parameters:
  ///   - path: The file to write, or `-` for stdout.
  ///   - header: The header; `sourceLanguage` is also the side every unit must have (unless it is
  ///     `*all*`).
  ///   - requiredLanguages: Languages (compared by primary subtag) every written unit must have,
  ///     in addition to the source language; by default any second language will do.
  /// - Throws: `TMXError` if the file cannot be created or written.
  public init(path: String, header: TMXHeader, requiredLanguages: [String] = []) throws {
    let handle = try TextWriterHandle(path: path)
    var report = TMXWriteReport()
    try handle.startDocument()
    try handle.start("tmx")
    try handle.attribute("version", "1.4", report: &report)
    try handle.raw("\n  ")
    try handle.start("header")
    for (name, value) in header.writtenAttributes { try handle.attribute(name, value, report: &report) }
    if !header.properties.isEmpty || !header.notes.isEmpty {
      try Self.notesAndProperties(handle, header.notes, header.properties, "\n    ", &report)
      try handle.raw("\n  ")
    }
    try handle.end()
    try handle.raw("\n  ")
    try handle.start("body")
    self.handle = handle
    self.report = report
    self.sourceLanguage =
      header.sourceLanguage == "*all*" ? "" : LanguageTag.primary(header.sourceLanguage)
    self.requiredLanguages = requiredLanguages.map(LanguageTag.primary)
  }

  /// Writes one `<tu>`, or counts it as skipped when a side is empty or missing.
  ///
  /// - Throws: `TMXError` if writing fails, or `.tooLong` (nothing of the unit written) for a
  ///   text over `TMXError.maximumTextNode` bytes in one piece, which no libxml2-based reader,
  ///   ours included, would read back.
  public mutating func append(_ unit: TranslationUnit) throws {
    appended += 1
    let name = unit.tuid.map { "tuid \($0)" } ?? "#\(appended)"
    guard isComplete(unit) else {
      report.unitsSkipped += 1
      if report.firstSkipped.count < TMXWriteReport.skippedNamesKept { report.firstSkipped.append(name) }
      return
    }
    for variant in unit.variants {
      let longest = Self.longestText(variant.segment.content)
      guard longest <= TMXError.maximumTextNode else {
        throw TMXError(
          .tooLong, path: handle.path,
          message: "unit \(name), \(variant.language): a text of \(longest) bytes in one piece; XML readers "
            + "(xmllint, Translate Toolkit, thaitm) refuse more than \(TMXError.maximumTextNode): split it")
      }
    }
    try handle.raw("\n    ")
    try handle.start("tu")
    if let tuid = unit.tuid { try handle.attribute("tuid", tuid, report: &report) }
    for attribute in unit.attributes where attribute.name != "tuid" {
      try handle.attribute(attribute.name, attribute.value, report: &report)
    }
    try Self.notesAndProperties(handle, unit.notes, unit.properties, "\n      ", &report)
    for variant in unit.variants {
      try handle.raw("\n      ")
      try handle.start("tuv")
      try handle.attribute("xml:lang", variant.language, report: &report)
      for attribute in variant.attributes where attribute.name != "xml:lang" && attribute.name != "lang" {
        try handle.attribute(attribute.name, attribute.value, report: &report)
      }
      let nested = !variant.notes.isEmpty || !variant.properties.isEmpty
      if nested {
        try Self.notesAndProperties(handle, variant.notes, variant.properties, "\n        ", &report)
        try handle.raw("\n        ")
      }
      try handle.start("seg")
      for item in variant.segment.content { try Self.inline(handle, item, &report) }
      try handle.end()
      if nested { try handle.raw("\n      ") }
      try handle.end()
    }
    try handle.raw("\n    ")
    try handle.end()
    report.unitsWritten += 1
  }

  /// Closes `<body>` and `<tmx>`, flushes, and renames the temporary file to the target.
  ///
  /// - Returns: What was changed or left out.
  /// - Throws: `TMXError` if writing, closing or renaming fails (the temporary file is removed).
  @discardableResult
  public consuming func finish() throws -> TMXWriteReport {
    try handle.raw("\n  ")
    try handle.end()
    try handle.raw("\n")
    try handle.end()
    try handle.endDocument()
    try handle.commit()
    return report
  }

  // MARK: - Pieces

  /// The UTF-8 length of the longest piece of character data in `content` (adjacent texts are
  /// one piece; an inline element ends it).
  static func longestText(_ content: [InlineContent]) -> Int {
    var longest = 0, run = 0
    for item in content {
      switch item {
      case .text(let text):
        run += text.utf8.count
        longest = max(longest, run)
      case .element(_, _, let children):
        run = 0
        longest = max(longest, longestText(children))
      }
    }
    return longest
  }

  private static func notesAndProperties(
    _ handle: borrowing TextWriterHandle, _ notes: [String], _ properties: [TMXProperty],
    _ indent: StaticString, _ report: inout TMXWriteReport
  ) throws(TMXError) {
    for note in notes {
      try handle.raw(indent)
      try handle.start("note")
      try handle.text(note, foldNewlines: false, report: &report)
      try handle.end()
    }
    for property in properties {
      try handle.raw(indent)
      try handle.start("prop")
      try handle.attribute("type", property.type, report: &report)
      try handle.text(property.value, foldNewlines: false, report: &report)
      try handle.end()
    }
  }

  /// Writes seg content; TMX inline elements are written back as elements, anything else as its
  /// children only.
  private static func inline(
    _ handle: borrowing TextWriterHandle, _ item: InlineContent, _ report: inout TMXWriteReport
  ) throws(TMXError) {
    switch item {
    case .text(let value):
      try handle.text(value, foldNewlines: true, report: &report)
    case .element(let name, let attributes, let children):
      let known = InlineContent.tmxNames.contains(name)
      if known {
        try handle.start(name)
        for attribute in attributes {
          try handle.attribute(attribute.name, attribute.value, report: &report)
        }
      }
      for child in children { try inline(handle, child, &report) }
      if known { try handle.end() }
    }
  }

  /// A unit is written only with two or more variants, the source and required languages present,
  /// and visible text on every side.
  private func isComplete(_ unit: TranslationUnit) -> Bool {
    guard unit.variants.count >= 2 else { return false }
    var sourceFound = sourceLanguage.isEmpty
    var requiredFound = 0
    for variant in unit.variants {
      guard variant.segment.hasVisibleText else { return false }
      if !sourceFound && LanguageTag.samePrimary(variant.language, sourceLanguage) { sourceFound = true }
      for (index, required) in requiredLanguages.enumerated()
      where requiredFound & (1 << index) == 0 && LanguageTag.samePrimary(variant.language, required) {
        requiredFound |= 1 << index
      }
    }
    return sourceFound && requiredFound == (1 << requiredLanguages.count) - 1
  }
}
