public import ThaiText

/// Finds what is wrong with glossary files: the row problems found while reading (empty
/// fields, bad keywords, spaces), duplicates, conflicting renderings, unnormalized Thai, and
/// Thai terms the word breaker cannot reach.
///
/// | kind | level | what |
/// |---|---|---|
/// | `empty-field`, `bad-keyword`, `whitespace`, `unknown-variant` | error | a row as written |
/// | `unnormalized` | error | decomposed SARA AM, `เเ`, zero-width characters, double spaces, not NFC |
/// | `conflict` | error | one Thai term with two preferred English renderings that are not variants |
/// | `duplicate` | warning | the same Thai and English twice |
/// | `ambiguous-english` | warning | one English rendering for two unrelated Thai terms |
/// | `unreachable` | warning | a term whose first or last boundary libthai never breaks at |
/// | `type-conflict`, `csv-quote` | warning | rows of one concept disagree on the type; a stray quote |
///
///     let documents = try paths.map { try GlossaryDocument.load(path: $0) }
///     let findings = GlossaryLinter(wordBreaker: try? WordBreaker(adding: thaiTerms)).lint(documents)
public struct GlossaryLinter: Sendable {
  /// The breaker for the `unreachable` check (with the glossary's words added); nil skips it.
  public var wordBreaker: WordBreaker?

  /// Creates a linter.
  public init(wordBreaker: WordBreaker? = nil) {
    self.wordBreaker = wordBreaker
  }

  /// Every finding for the documents, ordered by document, then line.
  ///
  /// - Complexity: O(t) in the number of terms, plus one short libthai call per Thai term and
  ///   context for the `unreachable` check.
  public func lint(_ documents: [GlossaryDocument]) -> [GlossaryIssue] {
    var findings: [GlossaryIssue] = documents.flatMap(\.issues)
    var glossary = Glossary()
    for document in documents { glossary.merge(document.glossary) }
    findings += Self.unnormalized(glossary)
    findings += Self.duplicates(glossary)
    findings += Self.conflicts(glossary)
    findings += Self.ambiguousEnglish(glossary)
    if let wordBreaker { findings += Self.unreachable(glossary, wordBreaker: wordBreaker) }
    let order = Dictionary(documents.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
    return findings.enumerated().sorted { a, b in
      let (x, y) = (a.element.location, b.element.location)
      let (px, py) = (order[x.path] ?? Int.max, order[y.path] ?? Int.max)
      if px != py { return px < py }
      if x.line != y.line { return x.line < y.line }
      return a.offset < b.offset
    }.map(\.element)
  }

  // MARK: - Unnormalized text

  static func unnormalized(_ glossary: Glossary) -> [GlossaryIssue] {
    var out: [GlossaryIssue] = []
    for concept in glossary.concepts {
      for (terms, thai) in [(concept.thai, true), (concept.english, false)] {
        for term in terms {
          guard let location = term.location else { continue }
          for problem in textProblems(term.text, thai: thai) {
            out.append(
              GlossaryIssue(location: location, severity: .error, kind: "unnormalized", message: "'\(term.text)': \(problem)"))
          }
        }
      }
    }
    return out
  }

  /// What is unnormalized in a term's text. Thai digits are fine (matching reads them as digits).
  ///
  /// - Complexity: one pass over the scalars; `NormalizedText` only for Thai text with marks.
  package static func textProblems(_ text: String, thai: Bool) -> [String] {
    var problems: [String] = []
    var previous: [UInt32] = [0, 0]  // the two scalars before the current one
    var sawSaraAm = false
    var sawDoubleE = false
    var zeroWidth: UInt32?
    var doubleSpace = false
    var oddSpace = false
    var control: UInt32?
    var hasThaiMark = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x0E32:
        if previous[1] == 0x0E4D || (previous[0] == 0x0E4D && (0x0E48...0x0E4B).contains(previous[1])) {
          sawSaraAm = true
        }
      case 0x0E40: if previous[1] == 0x0E40 { sawDoubleE = true }
      case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: if zeroWidth == nil { zeroWidth = value }
      case 0x20: if previous[1] == 0x20 { doubleSpace = true }
      case 0xA0, 0x09: oddSpace = true
      case 0x00...0x1F, 0x7F...0x9F: if control == nil { control = value }
      case 0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E: hasThaiMark = true
      default: break
      }
      previous[0] = previous[1]
      previous[1] = value
    }
    if sawSaraAm { problems.append("SARA AM written as NIKHAHIT + SARA AA (U+0E4D U+0E32); write ำ (U+0E33)") }
    if sawDoubleE { problems.append("SARA E twice (เเ); write SARA AE แ (U+0E41)") }
    if let z = zeroWidth {
      problems.append("zero-width character U+\(String(z, radix: 16, uppercase: true).leftPadded(4))")
    }
    if let c = control {
      problems.append("control character U+\(String(c, radix: 16, uppercase: true).leftPadded(4)) (XML and TMX cannot hold it)")
    }
    if doubleSpace { problems.append("two spaces in a row") }
    if oddSpace { problems.append("a no-break space or tab inside the term") }
    if problems.isEmpty, thai, hasThaiMark {
      let asWritten = ThaiDigits.toASCII(text)
      if !NormalizedText.isNormalized(asWritten) {
        problems.append("not in normal form (mark order or composition); write '\(NormalizedText.normalize(text))'")
      }
    }
    return problems
  }

  // MARK: - Duplicates and conflicts

  static func duplicates(_ glossary: Glossary) -> [GlossaryIssue] {
    var first: [TextKey: SourceLocation] = [:]
    var out: [GlossaryIssue] = []
    for (c, concept) in glossary.concepts.enumerated() {
      var inConcept = Set<TextKey>()
      for thai in concept.thai {
        for english in concept.english {
          let key = TextKey(thai.text, english.text)
          if concept.thai.count * concept.english.count > 1 {
            guard inConcept.insert(key).inserted else { continue }
          }
          let location = english.location.map { l in
            thai.location.map { $0.line > l.line && $0.path == l.path ? $0 : l } ?? l
          }
          guard let location else { continue }
          if let earlier = first[key] {
            out.append(
              GlossaryIssue(location: location, severity: .warning, kind: "duplicate",
                message: "'\(thai.text)' → '\(english.text)' already at \(earlier) (concept \(c + 1))"))
          } else {
            first[key] = location
          }
        }
      }
    }
    return out
  }

  static func conflicts(_ glossary: Glossary) -> [GlossaryIssue] {
    // Thai text → preferred English terms of every concept that has it.
    var preferred: [TextKey: [Term]] = [:]
    var order: [(TextKey, String)] = []
    for concept in glossary.concepts {
      for thai in concept.thai {
        let key = TextKey(thai.text)
        if preferred[key] == nil {
          order.append((key, thai.text))
          preferred[key] = []
        }
        for english in concept.english
        where english.status == .preferred && !preferred[key]!.contains(where: { $0.text == english.text }) {
          preferred[key]!.append(english)
        }
      }
    }
    var out: [GlossaryIssue] = []
    var reported = Set<String>()
    for (key, thai) in order {
      let terms = preferred[key] ?? []
      guard terms.count > 1 else { continue }
      for (i, a) in terms.enumerated() {
        for b in terms[(i + 1)...] where !EnglishVariants.areVariants(a.text, b.text) {
          guard let location = b.location ?? a.location, reported.insert("\(location)\t\(b.text)").inserted else { continue }
          out.append(
            GlossaryIssue(location: location, severity: .error, kind: "conflict",
              message: "'\(thai)' has two preferred renderings, '\(a.text)'\(a.location.map { " (\($0))" } ?? "") and '\(b.text)': mark one admitted"))
        }
      }
    }
    return out
  }

  static func ambiguousEnglish(_ glossary: Glossary) -> [GlossaryIssue] {
    var byEnglish: [TextKey: [(concept: Int, term: Term)]] = [:]
    for (c, concept) in glossary.concepts.enumerated() {
      for english in concept.allowedEnglish {
        let key = TextKey(english.text.lowercased())
        if byEnglish[key]?.contains(where: { $0.concept == c }) == true { continue }
        byEnglish[key, default: []].append((c, english))
      }
    }
    var out: [GlossaryIssue] = []
    for uses in byEnglish.values where uses.count > 1 {
      let first = uses[0]
      for use in uses.dropFirst() {
        let a = glossary.concepts[first.concept].thai.map(\.text)
        let b = glossary.concepts[use.concept].thai.map(\.text)
        guard !relatedThai(a, b), let location = use.term.location else { continue }
        out.append(
          GlossaryIssue(location: location, severity: .warning, kind: "ambiguous-english",
            message: "'\(use.term.text)' renders '\(b[0])' and also the unrelated '\(a[0])'\(first.term.location.map { " (\($0))" } ?? "")"))
      }
    }
    return out
  }

  /// Thai terms are related when one contains the other (spaces ignored): ปูติน, วลาดิมีร์ ปูติน.
  static func relatedThai(_ a: [String], _ b: [String]) -> Bool {
    let strip = { (s: String) in NormalizedText.normalize(s).filter { !$0.isWhitespace && $0 != "-" } }
    let x = a.map(strip)
    let y = b.map(strip)
    return x.contains { p in y.contains { q in p.contains(q) || q.contains(p) } }
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
