/// The keyword convention of a glossary comment (the TSV comment column, a CSV `note` column, a
/// TBX concept `note`): parts separated by `;`; keywords set the type, the status of the row's
/// English, the origin and evidence; every other part is the note.
///
///     GlossaryComment(parsing: "place; admitted; adjective form")
///     // type .place, status .admitted, note "adjective form"
///     GlossaryComment(parsing: "candidate; score=0.93; seen in 3 TUs")
///     // origin .candidate, evidence "score=0.93; seen in 3 TUs"
///
/// See `glossaries/README.md` for the table of keywords.
package struct GlossaryComment: Sendable, Hashable {
  /// The concept's type, when a part names one.
  package var type: TermType?
  /// The status of the row's English rendering, when a part names one.
  package var status: TermStatus?
  /// `case-sensitive`: the English rendering matches case-sensitively.
  package var caseSensitive = false
  /// `candidate` (or `origin=candidate`).
  package var origin: TermOrigin?
  /// `score=…`, `seen in …` parts, in order.
  package var evidence: [String] = []
  /// `variant of <Thai>`: the row's Thai is another spelling of that concept.
  package var variantOf: String?
  /// The parts that are not keywords, in order.
  package var note: [String] = []
  /// Parts that look like keywords but are not (`forbiden`, `status=banned`), or contradict
  /// each other (`person; place`): for `thaitm glossary lint`.
  package var problems: [String] = []

  /// An empty comment.
  package init() {}

  /// Parses a comment. Never fails: unknown parts become the note, suspicious ones `problems`.
  package init(parsing text: String) {
    if text.isEmpty { return }
    for rawPart in text.utf8.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: true) {
      let part = Substring(rawPart).trimmingSpaces()
      if part.isEmpty { continue }
      let lower = part.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) ? part : part.lowercased()
      if let (key, value) = Self.keyValue(lower) {
        switch key {
        case "type":
          if let t = Self.types[value] { setType(t, part) } else { problems.append("unknown type '\(value)'") }
        case "status":
          if let s = Self.statuses[value] { setStatus(s, part) } else {
            problems.append("unknown status '\(value)'")
          }
        case "origin":
          if let o = TermOrigin(rawValue: value) { origin = o } else {
            problems.append("unknown origin '\(value)'")
          }
        case "score": evidence.append(part)
        default: note.append(part)
        }
      } else if let t = Self.types[lower] {
        setType(t, part)
      } else if let s = Self.statuses[lower] {
        setStatus(s, part)
      } else if lower == "candidate" || lower == "manual" {
        origin = lower == "candidate" ? .candidate : .manual
      } else if lower == "case-sensitive" {
        caseSensitive = true
      } else if lower.hasPrefix("seen in ") {
        evidence.append(part)
      } else if lower.hasPrefix("variant of ") {
        variantOf = String(part.dropFirst("variant of ".count)).trimmingSpaces()
      } else {
        if let keyword = Self.nearMiss(lower) {
          problems.append("'\(part)' is not a keyword (did you mean '\(keyword)'?)")
        }
        note.append(part)
      }
    }
  }

  /// The note parts joined with `; `, or nil when there are none.
  package var noteText: String? { note.isEmpty ? nil : note.joined(separator: "; ") }
  /// The evidence parts joined with `; `, or nil when there are none.
  package var evidenceText: String? { evidence.isEmpty ? nil : evidence.joined(separator: "; ") }

  /// The comment text: `candidate; <evidence>; <type>; <status>; case-sensitive; variant of X; note`,
  /// leaving out defaults (type `other`, status `preferred`, origin `manual`).
  package var formatted: String {
    var parts: [String] = []
    if origin == .candidate { parts.append("candidate") }
    parts += evidence
    if let type, type != .other { parts.append(type.rawValue) }
    if let status, status != .preferred { parts.append(status.rawValue) }
    if caseSensitive { parts.append("case-sensitive") }
    if let variantOf { parts.append("variant of \(variantOf)") }
    parts += note
    return parts.joined(separator: "; ")
  }

  private mutating func setType(_ t: TermType, _ part: String) {
    if let type, type != t { problems.append("two types: '\(type.rawValue)' and '\(part)'") }
    type = t
  }

  private mutating func setStatus(_ s: TermStatus, _ part: String) {
    if let status, status != s { problems.append("two statuses: '\(status.rawValue)' and '\(part)'") }
    status = s
  }

  private static func keyValue(_ part: String) -> (String, String)? {
    guard part.utf8.contains(UInt8(ascii: "=")), let eq = part.firstIndex(of: "=") else { return nil }
    let key = part[..<eq].trimmingSpaces()
    guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
    return (key, part[part.index(after: eq)...].trimmingSpaces())
  }

  /// Type keywords and their accepted spellings.
  package static let types: [String: TermType] = [
    "person": .person, "place": .place, "organization": .organization,
    "organisation": .organization, "other": .other,
  ]
  /// Status keywords and their accepted spellings.
  package static let statuses: [String: TermStatus] = [
    "preferred": .preferred, "admitted": .admitted, "forbidden": .forbidden,
    "deprecated": .forbidden,
  ]
  private static let keywords = Array(types.keys) + Array(statuses.keys) + [
    "candidate", "manual", "case-sensitive",
  ]

  /// The keyword a single word is a likely misspelling of (`forbiden` → `forbidden`).
  static func nearMiss(_ word: String) -> String? {
    guard word.count >= 4, word.allSatisfy({ ($0.isASCII && $0.isLetter) || $0 == "-" }) else {
      return nil
    }
    let limit = word.count >= 7 ? 2 : 1
    return keywords.sorted().first { editDistance(Array(word), Array($0)) <= limit }
  }

  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...max(b.count, 1) where j <= b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}

extension StringProtocol {
  /// The text without leading and trailing whitespace (Unicode White_Space scalars).
  func trimmingSpaces() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return String(self) }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }
}
