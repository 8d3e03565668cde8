/// How a rendering may be used.
public enum TermStatus: String, Sendable, Hashable, CaseIterable {
  /// The rendering to use.
  case preferred
  /// An allowed variant (an adjective form, an abbreviation).
  case admitted
  /// Must not be used; `check` reports it.
  case forbidden
}

/// What a concept names.
public enum TermType: String, Sendable, Hashable, CaseIterable {
  /// A person (Kim Jong Un).
  case person
  /// A country, city, region (Kursk).
  case place
  /// An organization, agency, party (KCNA).
  case organization
  /// Anything else.
  case other
}

/// Where a concept came from.
public enum TermOrigin: String, Sendable, Hashable, CaseIterable {
  /// Written by a person.
  case manual
  /// Proposed by `thaitm extend`, not reviewed yet.
  case candidate
}

/// A place in a glossary file: for messages (`file:line`).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  /// The file path as given.
  public var path: String
  /// 1-based line number.
  public var line: Int
  /// Creates a location.
  public init(path: String, line: Int) {
    self.path = path
    self.line = line
  }
  public var description: String { "\(path):\(line)" }
}

/// One term on one side of a concept.
public struct Term: Sendable, Hashable {
  /// The term as written in the glossary.
  public var text: String
  /// Preferred, admitted or forbidden.
  public var status: TermStatus
  /// English only: match case-sensitively (default false).
  public var caseSensitive: Bool
  /// A note on this term (the rest of a TSV row's comment, a TBX `termSec` note).
  public var note: String?
  /// Where the term was read from, if from a file.
  public var location: SourceLocation?

  /// Creates a term.
  public init(
    _ text: String, status: TermStatus = .preferred, caseSensitive: Bool = false,
    note: String? = nil, location: SourceLocation? = nil
  ) {
    self.text = text
    self.status = status
    self.caseSensitive = caseSensitive
    self.note = note
    self.location = location
  }
}

/// A glossary concept: Thai terms and their English renderings (synonyms on each side).
///
/// A rendering is missing from a translation only when none of the allowed (non-forbidden)
/// English terms is present.
public struct Concept: Sendable, Hashable {
  /// Thai terms (spellings) of the concept.
  public var thai: [Term]
  /// English renderings.
  public var english: [Term]
  /// Person, place, organization or other.
  public var type: TermType
  /// A free note (the TSV comment column).
  public var note: String?
  /// Manual or candidate.
  public var origin: TermOrigin
  /// Evidence for a candidate (`score=0.93; seen in 3 TUs`).
  public var evidence: String?
  /// An identifier from the file (a TBX `conceptEntry` id, a CSV `id` column), if any.
  public var id: String?

  /// Creates a concept.
  public init(
    thai: [Term], english: [Term], type: TermType = .other, note: String? = nil,
    origin: TermOrigin = .manual, evidence: String? = nil, id: String? = nil
  ) {
    self.thai = thai
    self.english = english
    self.type = type
    self.note = note
    self.origin = origin
    self.evidence = evidence
    self.id = id
  }

  /// The English renderings a translation may use (not forbidden).
  public var allowedEnglish: [Term] { english.filter { $0.status != .forbidden } }
  /// The English renderings marked forbidden.
  public var forbiddenEnglish: [Term] { english.filter { $0.status == .forbidden } }
  /// The preferred English rendering (the first preferred, else the first allowed).
  public var preferredEnglish: Term? {
    english.first { $0.status == .preferred } ?? allowedEnglish.first
  }
}
