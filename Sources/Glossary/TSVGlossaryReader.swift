import ThaiText

/// Reads OmegaT tab-separated glossaries: `source<TAB>target<TAB>comment`, `#` comments and
/// blank lines skipped, columns after the third ignored (and kept by `GlossaryDocument`).
enum TSVGlossaryReader {
  /// Parses a TSV file line by line (`TextFile.forEachLine`: BOM, CRLF, strict UTF-8).
  ///
  /// - Throws: `GlossaryError` naming `path:line` when the file cannot be read or is not UTF-8.
  ///   Bad rows do not throw: they are skipped and listed in `issues`.
  /// - Complexity: O(n) in the file size.
  static func read(path: String) throws(GlossaryError) -> (concepts: [Concept], issues: [GlossaryIssue]) {
    // About 40 bytes a row in name glossaries (a Thai name, its English, a short comment).
    var builder = ConceptBuilder(expectedRows: min(FileBytes.size(path) / 40, 1 << 22))
    try GlossaryError.wrapping(path: path) {
      try TextFile.forEachLine(path: path) { number, line in
        let location = SourceLocation(path: path, line: number)
        if line.utf8.first == UInt8(ascii: "#") || line.unicodeScalars.allSatisfy(\.properties.isWhitespace) { return }
        let fields = line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map {
          String(Substring($0))
        }
        guard fields.count >= 2 else {
          builder.issue(location, .error, "empty-field", "expected source<TAB>target[<TAB>comment], found one column")
          return
        }
        builder.add(
          GlossaryRow(
            thai: fields[0], english: fields[1],
            comment: fields.count > 2 ? GlossaryComment(parsing: fields[2]) : GlossaryComment(),
            id: nil, location: location))
      }
    }
    return (builder.concepts, builder.issues)
  }

  /// The rows that represent `concept` in TSV (without line ends): the first Thai term with each
  /// English rendering, then each other Thai term as `variant of` the first.
  static func rows(for concept: Concept) -> [String] {
    guard let main = concept.thai.first?.text,
      let first = concept.preferredEnglish ?? concept.english.first
    else { return [] }
    var rows: [String] = []
    for (i, english) in concept.english.enumerated() {
      var comment = GlossaryComment()
      comment.origin = concept.origin
      if i == 0, let evidence = concept.evidence { comment.evidence = [evidence] }
      comment.type = concept.type
      comment.status = english.status
      comment.caseSensitive = english.caseSensitive
      if let note = english.note ?? (i == 0 ? concept.note : nil) { comment.note = [note] }
      rows.append([clean(main), clean(english.text), clean(comment.formatted)].joined(separator: "\t"))
    }
    for thai in concept.thai.dropFirst() {
      var comment = GlossaryComment()
      comment.type = concept.type
      comment.caseSensitive = first.caseSensitive
      comment.variantOf = main
      rows.append([clean(thai.text), clean(first.text), clean(comment.formatted)].joined(separator: "\t"))
    }
    return rows
  }

  /// Tabs and line ends cannot be inside a TSV field: they become spaces.
  static func clean(_ field: String) -> String {
    String(String.UnicodeScalarView(field.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
  }
}

extension GlossaryError {
  /// Runs `body`, turning `TextFileError`s into `GlossaryError`s with the same `path:line`.
  static func wrapping(path: String, _ body: () throws -> Void) throws(GlossaryError) {
    do {
      try body()
    } catch let error as GlossaryError {
      throw error
    } catch let error as TextFileError {
      throw GlossaryError(path: error.path, line: error.line, error.message)
    } catch {
      throw GlossaryError(path: path, "\(error)")
    }
  }
}
