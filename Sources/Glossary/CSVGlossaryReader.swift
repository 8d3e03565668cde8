import ThaiText

/// Which CSV column holds what: found from a header by name, or positional (Thai, English,
/// comment) when the file has no header.
struct CSVColumns: Sendable, Hashable {
  /// What a column holds.
  enum Role: String, Sendable, Hashable {
    case thai, english, note, status, type, origin, evidence, caseSensitive, id, other
  }
  /// One role per column, in file order.
  var roles: [Role]
  /// Whether the first record is a header.
  var hasHeader: Bool

  /// Positional columns: Thai, English, comment.
  static let positional = CSVColumns(roles: [.thai, .english, .note], hasHeader: false)

  /// The column index of a role, if any.
  func index(of role: Role) -> Int? { roles.firstIndex(of: role) }

  /// The roles of a header record, or nil when the record is data (it has no Thai or English
  /// column name, or holds Thai script).
  static func header(_ fields: [String]) -> CSVColumns? {
    guard !fields.contains(where: { $0.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) } }) else {
      return nil
    }
    var roles = fields.map { role(named: $0) }
    if roles.firstIndex(of: .thai) == nil || roles.firstIndex(of: .english) == nil {
      // "source,target" style headers name one side only by language: guess the other by position.
      guard roles.contains(.thai) || roles.contains(.english) else { return nil }
      if !roles.contains(.thai), let i = roles.firstIndex(of: .other) { roles[i] = .thai }
      if !roles.contains(.english), let i = roles.firstIndex(of: .other) { roles[i] = .english }
      guard roles.contains(.thai), roles.contains(.english) else { return nil }
    }
    return CSVColumns(roles: roles, hasHeader: true)
  }

  static func role(named raw: String) -> Role {
    let name = raw.trimmingSpaces().lowercased().replacing("_", with: " ").replacing("-", with: " ")
    switch name {
    case "th", "thai", "source", "source term", "term", "th th", "tha", "thai term", "src": return .thai
    case "en", "english", "target", "target term", "translation", "en us", "en gb", "eng",
      "english term", "rendering", "tgt":
      return .english
    case "note", "notes", "comment", "comments", "description", "definition": return .note
    case "status", "administrative status", "term status": return .status
    case "type", "term type", "category", "kind": return .type
    case "origin": return .origin
    case "evidence", "score": return .evidence
    case "case sensitive", "case": return .caseSensitive
    case "id", "concept", "concept id", "entry id": return .id
    default: return .other
    }
  }
}

/// Reads CSV glossaries (RFC 4180: quotes, doubled quotes, commas and line ends inside quotes,
/// CRLF), with a header mapped by column name or positional columns.
enum CSVGlossaryReader {
  /// Parses a CSV file line by line (`TextFile.forEachLine`), records spanning lines included.
  ///
  /// - Throws: `GlossaryError` naming `path:line` when the file cannot be read, is not UTF-8, or
  ///   ends inside a quoted field (the line where that record starts).
  /// - Complexity: O(n) in the file size.
  static func read(path: String) throws(GlossaryError)
    -> (concepts: [Concept], issues: [GlossaryIssue], columns: CSVColumns)
  {
    var builder = ConceptBuilder()
    var parser = CSVRecordParser()
    var columns: CSVColumns?
    try GlossaryError.wrapping(path: path) {
      try TextFile.forEachLine(path: path) { number, line in
        guard let record = parser.feed(line: line, number: number) else { return }
        if record.fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { return }
        if record.fields.first?.hasPrefix("#") == true { return }
        if columns == nil {
          if let header = CSVColumns.header(record.fields) {
            columns = header
            return
          }
          columns = .positional
        }
        add(record, columns: columns!, path: path, to: &builder)
      }
    }
    if parser.isInsideRecord {
      throw GlossaryError(path: path, line: parser.openRecordLine, "quoted field not closed before the end of the file")
    }
    for line in parser.strayQuotes {
      builder.issue(SourceLocation(path: path, line: line), .warning, "csv-quote", "a quote inside an unquoted field is kept as it is")
    }
    return (builder.concepts, builder.issues, columns ?? .positional)
  }

  static func add(_ record: CSVRecordParser.Record, columns: CSVColumns, path: String, to builder: inout ConceptBuilder) {
    let location = SourceLocation(path: path, line: record.line)
    func field(_ role: CSVColumns.Role) -> String? {
      guard let i = columns.index(of: role), i < record.fields.count else { return nil }
      return record.fields[i]
    }
    var comment = GlossaryComment(parsing: field(.note) ?? "")
    if let status = field(.status)?.trimmingSpaces().lowercased(), !status.isEmpty {
      if let s = GlossaryComment.statuses[status] ?? tbxStatus(status) { comment.status = s } else {
        comment.problems.append("unknown status '\(status)'")
      }
    }
    if let type = field(.type)?.trimmingSpaces().lowercased(), !type.isEmpty {
      if let t = GlossaryComment.types[type] { comment.type = t } else { comment.problems.append("unknown type '\(type)'") }
    }
    if let origin = field(.origin)?.trimmingSpaces().lowercased(), !origin.isEmpty {
      if let o = TermOrigin(rawValue: origin) { comment.origin = o } else {
        comment.problems.append("unknown origin '\(origin)'")
      }
    }
    if let evidence = field(.evidence)?.trimmingSpaces(), !evidence.isEmpty { comment.evidence.append(evidence) }
    if let flag = field(.caseSensitive)?.trimmingSpaces().lowercased(), !flag.isEmpty {
      comment.caseSensitive = ["yes", "true", "1", "y", "x", "case-sensitive"].contains(flag)
    }
    builder.add(
      GlossaryRow(
        thai: field(.thai) ?? "", english: field(.english) ?? "", comment: comment,
        id: field(.id)?.trimmingSpaces(), location: location))
  }

  /// TBX status names in a CSV status column (`deprecatedTerm-admn-sts`).
  static func tbxStatus(_ value: String) -> TermStatus? {
    TBXStatus.status(value)
  }

  /// The CSV records (without line ends) that represent `concept` for a file with `columns`.
  static func records(for concept: Concept, columns: CSVColumns, lineEnding: String) -> [String] {
    TSVGlossaryReader.rows(for: concept).map { row in
      let parts = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      var comment = GlossaryComment(parsing: parts[2])
      var fields = Array(repeating: "", count: columns.roles.count)
      for (i, role) in columns.roles.enumerated() {
        switch role {
        case .thai: fields[i] = parts[0]
        case .english: fields[i] = parts[1]
        case .status:
          fields[i] = (comment.status ?? .preferred).rawValue
          comment.status = nil
        case .type:
          fields[i] = (comment.type ?? .other).rawValue
          comment.type = nil
        case .origin:
          fields[i] = (comment.origin ?? .manual).rawValue
          comment.origin = nil
        case .evidence:
          fields[i] = comment.evidenceText ?? ""
          comment.evidence = []
        case .caseSensitive:
          fields[i] = comment.caseSensitive ? "yes" : ""
          comment.caseSensitive = false
        case .id: fields[i] = concept.id ?? concept.thai.first?.text ?? ""
        case .note, .other: break
        }
      }
      if let i = columns.index(of: .note) { fields[i] = comment.formatted }
      return CSVRecordParser.format(fields, lineEnding: lineEnding)
    }
  }
}
