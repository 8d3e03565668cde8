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
    var seen = Set<String>()
    for concept in glossary.concepts {
      for term in concept.thai + concept.english {
        guard let location = term.location, seen.insert("\(location)\t\(term.text)").inserted else { continue }
        for problem in textProblems(term.text, thai: concept.thai.contains(term)) {
          out.append(GlossaryIssue(location: location, severity: .error, kind: "unnormalized", message: "'\(term.text)': \(problem)"))
        }
      }
    }
    return out
  }

  /// What is unnormalized in a term's text.
  package static func textProblems(_ text: String, thai: Bool) -> [String] {
    var problems: [String] = []
    let scalars = Array(text.unicodeScalars.map(\.value))
    for (i, value) in scalars.enumerated() where value == 0x0E4D {
      let next = i + 1 < scalars.count ? scalars[i + 1] : 0
      let afterTone = i + 2 < scalars.count && (0x0E48...0x0E4B).contains(next) ? scalars[i + 2] : 0
      if next == 0x0E32 || afterTone == 0x0E32 {
        problems.append("SARA AM written as NIKHAHIT + SARA AA (U+0E4D U+0E32); write ำ (U+0E33)")
        break
      }
    }
    if text.unicodeScalars.contains(where: { $0.value == 0x0E40 }), text.contains("\u{0E40}\u{0E40}") {
      problems.append("SARA E twice (เเ); write SARA AE แ (U+0E41)")
    }
    let zeroWidth: Set<UInt32> = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD]
    if let z = scalars.first(where: { zeroWidth.contains($0) }) {
      problems.append("zero-width character U+\(String(z, radix: 16, uppercase: true).leftPadded(4))")
    }
    if text.contains("  ") { problems.append("two spaces in a row") }
    if text.unicodeScalars.contains(where: { $0.value == 0xA0 || $0 == "\t" }) {
      problems.append("a no-break space or tab inside the term")
    }
    if problems.isEmpty, thai, !NormalizedText.isNormalized(text) {
      problems.append("not in normal form (mark order or composition); write '\(NormalizedText.normalize(text))'")
    }
    return problems
  }

  // MARK: - Duplicates and conflicts

  static func duplicates(_ glossary: Glossary) -> [GlossaryIssue] {
    var first: [String: SourceLocation] = [:]
    var out: [GlossaryIssue] = []
    for (c, concept) in glossary.concepts.enumerated() {
      var inConcept = Set<String>()
      for thai in concept.thai {
        for english in concept.english {
          let key = thai.text + "\t" + english.text
          guard inConcept.insert(key).inserted else { continue }
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
    var preferred: [String: [Term]] = [:]
    var order: [String] = []
    for concept in glossary.concepts {
      for thai in concept.thai {
        if preferred[thai.text] == nil { order.append(thai.text) }
        for english in concept.english
        where english.status == .preferred
          && !(preferred[thai.text] ?? []).contains(where: { $0.text == english.text })
        {
          preferred[thai.text, default: []].append(english)
        }
      }
    }
    var out: [GlossaryIssue] = []
    var reported = Set<String>()
    for thai in order {
      let terms = preferred[thai] ?? []
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
    var byEnglish: [String: [(concept: Int, term: Term)]] = [:]
    for (c, concept) in glossary.concepts.enumerated() {
      for english in concept.allowedEnglish {
        let key = english.text.lowercased()
        if byEnglish[key]?.contains(where: { $0.concept == c }) == true { continue }
        byEnglish[key, default: []].append((c, english))
      }
    }
    var out: [GlossaryIssue] = []
    for (_, uses) in byEnglish.sorted(by: { $0.key < $1.key }) where uses.count > 1 {
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
