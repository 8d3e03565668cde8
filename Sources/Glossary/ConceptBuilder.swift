/// One row of a tabular glossary (TSV, CSV): a Thai term, an English rendering and what the
/// comment or columns say about them.
struct GlossaryRow {
  var thai: String
  var english: String
  var comment: GlossaryComment
  /// An explicit concept id (a CSV `id` column): rows with one id are one concept.
  var id: String?
  /// Where the row starts.
  var location: SourceLocation
}

/// Groups rows into concepts: rows with one Thai source (or one id, or `variant of` that source)
/// are one concept. Records what is wrong with rows as `GlossaryIssue`s instead of failing.
struct ConceptBuilder {
  private(set) var concepts: [Concept] = []
  private(set) var issues: [GlossaryIssue] = []
  /// Each Thai term's concept, and the first accepted row with that Thai term (its English and
  /// line: the first (Thai, English) pair, kept here instead of in `pairs`).
  private var byThai: [TextKey: (concept: Int, english: String, location: SourceLocation)] = [:]
  private var byID: [TextKey: Int] = [:]
  private var typeLocation: [Int: SourceLocation] = [:]
  /// The other (Thai, English) pairs seen: only for Thai terms on more than one row.
  private var pairs: [TextKey: SourceLocation] = [:]

  init() {}

  /// A builder with room for about `rows` rows (no rehashing while a large file is read).
  init(expectedRows rows: Int) {
    concepts.reserveCapacity(rows)
    byThai.reserveCapacity(rows)
  }

  /// Adds a row (skipped, with an issue, when its Thai or English is empty).
  mutating func add(_ row: GlossaryRow) {
    let location = row.location
    for problem in row.comment.problems {
      issue(location, .error, "bad-keyword", problem)
    }
    let thai = row.thai.trimmingSpaces()
    let english = row.english.trimmingSpaces()
    if thai != row.thai && !row.thai.isEmpty {
      issue(location, .error, "whitespace", "Thai term '\(row.thai)' has leading or trailing spaces")
    }
    if english != row.english && !row.english.isEmpty {
      issue(location, .error, "whitespace", "English '\(row.english)' has leading or trailing spaces")
    }
    guard !thai.isEmpty else {
      issue(location, .error, "empty-field", english.isEmpty ? "empty Thai and English" : "empty Thai term for '\(english)'")
      return
    }
    guard !english.isEmpty else {
      issue(location, .error, "empty-field", "empty English rendering for '\(thai)'")
      return
    }
    // Duplicate rows: a pair can only repeat when its Thai term was on an earlier row, so a
    // new Thai term costs no pair lookup (bytes compared, as `TextKey` does).
    let thaiKey = TextKey(thai)
    let known = byThai[thaiKey]
    if let known {
      if known.english.utf8.elementsEqual(english.utf8) {
        issue(location, .warning, "duplicate", "'\(thai)' → '\(english)' already at line \(known.location.line)")
        return
      }
      let pairKey = TextKey(thai, english)
      if let first = pairs[pairKey] {
        issue(location, .warning, "duplicate", "'\(thai)' → '\(english)' already at line \(first.line)")
        return
      }
      pairs[pairKey] = location
    }

    let comment = row.comment
    let englishTerm = Term(
      english, status: comment.status ?? .preferred, caseSensitive: comment.caseSensitive,
      note: comment.noteText, location: location)
    var index: Int?
    if let id = row.id, !id.isEmpty {
      index = byID[TextKey(id)]
    } else if let target = comment.variantOf {
      index = byThai[TextKey(target)]?.concept
      if index == nil {
        issue(location, .error, "unknown-variant", "'variant of \(target)': no earlier row has the Thai term '\(target)'")
      }
    }
    if index == nil { index = known?.concept }

    guard let i = index else {
      let n = concepts.count
      concepts.append(
        Concept(
          thai: [Term(thai, location: location)], english: [englishTerm], type: comment.type ?? .other,
          note: comment.variantOf == nil ? comment.noteText : nil, origin: comment.origin ?? .manual,
          evidence: comment.evidenceText, id: row.id))
      byThai[thaiKey] = (n, english, location)
      if let id = row.id, !id.isEmpty { byID[TextKey(id)] = n }
      if comment.type != nil { typeLocation[n] = location }
      return
    }
    if !concepts[i].thai.contains(where: { $0.text == thai }) {
      concepts[i].thai.append(Term(thai, location: location))
      if known == nil { byThai[thaiKey] = (i, english, location) }
    }
    if !concepts[i].english.contains(where: { $0.text == english }) {
      concepts[i].english.append(englishTerm)
    }
    if let type = comment.type {
      if let first = typeLocation[i], concepts[i].type != type {
        issue(location, .warning, "type-conflict", "type '\(type.rawValue)' but line \(first.line) says '\(concepts[i].type.rawValue)'")
      } else if typeLocation[i] == nil {
        concepts[i].type = type
        typeLocation[i] = location
      }
    }
    if comment.origin == .candidate { concepts[i].origin = .candidate }
    if concepts[i].evidence == nil { concepts[i].evidence = comment.evidenceText }
    if concepts[i].note == nil, comment.variantOf == nil { concepts[i].note = comment.noteText }
  }

  mutating func issue(_ location: SourceLocation, _ severity: IssueSeverity, _ kind: String, _ message: String) {
    issues.append(GlossaryIssue(location: location, severity: severity, kind: kind, message: message))
  }
}
