import ThaiText

extension Glossary {
  /// Reads a glossary file, choosing the format by extension.
  ///
  /// Minimal version: OmegaT TSV only (`th<TAB>en[<TAB>comment]`, `#` comments, blank lines;
  /// rows with the same Thai term are one concept). The glossary module replaces this with the
  /// full reader (CSV, TBX, statuses).
  public static func load(path: String) throws(GlossaryError) -> Glossary {
    var concepts: [Concept] = []
    var index: [String: Int] = [:]
    do {
      try TextFile.forEachLine(path: path) { number, line in
        if line.isEmpty || line.hasPrefix("#") { return }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
          throw GlossaryError(path: path, line: number, "expected th<TAB>en[<TAB>comment]")
        }
        let location = SourceLocation(path: path, line: number)
        let english = Term(fields[1], location: location)
        if let i = index[fields[0]] {
          concepts[i].english.append(english)
        } else {
          index[fields[0]] = concepts.count
          concepts.append(
            Concept(
              thai: [Term(fields[0], location: location)], english: [english],
              note: fields.count > 2 ? fields[2] : nil))
        }
      }
    } catch let error as GlossaryError {
      throw error
    } catch let error as TextFileError {
      throw GlossaryError(path: error.path, line: error.line, error.message)
    } catch {
      throw GlossaryError(path: path, "\(error)")
    }
    return Glossary(concepts: concepts, paths: [path])
  }
}
