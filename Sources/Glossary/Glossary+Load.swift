extension Glossary {
  /// Reads a glossary file, choosing the format by extension: `.tsv/.txt/.utf8/.tab` OmegaT
  /// TSV, `.csv` CSV, `.tbx` TBX-Basic (v3, or v2 on read). `-` reads TSV from stdin.
  ///
  /// Rows with problems (empty fields, bad keywords) are skipped, not fatal; use
  /// `GlossaryDocument.load(path:)` to see them as `issues`.
  ///
  /// - Throws: `GlossaryError` (`path:line: message`) for an unknown extension, an unreadable
  ///   file, invalid UTF-8, an unterminated CSV quote or malformed TBX.
  /// - Complexity: O(n) in the file size.
  public static func load(path: String) throws(GlossaryError) -> Glossary {
    if path == "-" {
      return Glossary(concepts: try TSVGlossaryReader.read(path: path).concepts, paths: [path])
    }
    switch GlossaryFormat(path: path) {
    case .tsv: return Glossary(concepts: try TSVGlossaryReader.read(path: path).concepts, paths: [path])
    case .csv: return Glossary(concepts: try CSVGlossaryReader.read(path: path).concepts, paths: [path])
    case .tbx, nil: return try GlossaryDocument.load(path: path).glossary
    }
  }

  /// Reads several glossary files and merges them in order.
  public static func load(paths: [String]) throws(GlossaryError) -> Glossary {
    var glossary = Glossary()
    for path in paths { glossary.merge(try load(path: path)) }
    return glossary
  }
}
