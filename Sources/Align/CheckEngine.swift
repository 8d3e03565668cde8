public import Glossary

/// Checks Thai→English sentence pairs against a glossary, one pair at a time.
///
/// Feed it pairs with ``check(_:)`` (each returns that pair's findings at once, so reports can
/// stream), then call ``finish()`` for the findings about the whole input (`inconsistent-target`,
/// `inconsistent-source`).
///
///     var engine = try CheckEngine(glossary: glossary)
///     for pair in pairs { report(engine.check(pair)) }
///     report(engine.finish())
///
/// Memory does not grow with the number of pairs: the consistency checks keep one counter per
/// (term, rendering) seen, with at most ``exampleLimit`` example TUs each.
public struct CheckEngine: Sendable {
  /// How many example TUs the consistency findings list per rendering.
  public static let exampleLimit = 5

  /// The glossary checked against.
  public let glossary: Glossary
  /// The checks that run; the others are skipped.
  public var enabled: Set<CheckName> {
    didSet { mask = CheckMask(enabled) }
  }
  /// `enabled` as bits, for the lookups made per pair.
  private var mask: CheckMask
  private(set) var thaiMatcher: ThaiTermMatcher
  let englishMatcher: EnglishTermMatcher
  let index: CheckGlossaryIndex
  var consistency = CheckConsistency(exampleLimit: CheckEngine.exampleLimit)
  /// Pairs checked so far.
  public private(set) var pairCount = 0

  /// Creates an engine with matchers built from `glossary`.
  ///
  /// - Throws: what `ThaiTermMatcher(glossary:)` throws.
  public init(glossary: Glossary, enabled: Set<CheckName> = Set(CheckName.allCases)) throws {
    try self.init(
      glossary: glossary, thaiMatcher: ThaiTermMatcher(glossary: glossary),
      englishMatcher: EnglishTermMatcher(glossary: glossary, loose: false), enabled: enabled)
  }

  /// Creates an engine with matchers the caller built for `glossary`.
  public init(
    glossary: Glossary, thaiMatcher: ThaiTermMatcher, englishMatcher: EnglishTermMatcher,
    enabled: Set<CheckName> = Set(CheckName.allCases)
  ) {
    self.glossary = glossary
    self.thaiMatcher = thaiMatcher
    self.englishMatcher = englishMatcher
    self.enabled = enabled
    self.mask = CheckMask(enabled)
    self.index = CheckGlossaryIndex(glossary)
  }

  /// The same engine (glossary, matchers, enabled checks, and tallies so far) with a libthai
  /// handle of its own (`ThaiTermMatcher.withIndependentWordBreaker()`): engines that analyze in
  /// parallel then never wait for each other's lock on libthai.
  ///
  /// - Throws: `WordBreakerError` when the dictionary cannot be loaded again.
  /// - Complexity: loads the word-break dictionary file once (milliseconds).
  public func withIndependentWordBreaker() throws -> CheckEngine {
    var copy = self
    copy.thaiMatcher = try thaiMatcher.withIndependentWordBreaker()
    return copy
  }

  /// Glossary terms in a pair, for highlighting (what ``check(_:)`` puts in a `CheckedUnit`).
  public func matches(th: String, en: String) -> (thai: [TermMatch], english: [TermMatch]) {
    (thaiMatcher.matches(in: th), englishMatcher.matches(in: en))
  }

  /// Checks one pair: ``analyze(_:)`` then ``record(_:)``.
  ///
  /// - Returns: the pair with its findings (in the order: `untranslated`, glossary checks in
  ///   the order of the Thai terms, `number-mismatch`, `latin-mismatch`) and its term matches.
  /// - Complexity: one pass of each matcher over the pair, plus work linear in the matches.
  public mutating func check(_ pair: CheckPair) -> CheckedUnit {
    record(analyze(pair))
  }

  /// The per-pair work of ``check(_:)``, without touching the cross-TU tallies: pairs may be
  /// analyzed concurrently (the engine is a `Sendable` value), then recorded in input order.
  public func analyze(_ pair: CheckPair) -> CheckAnalysis {
    var out = FindingList(pair: pair, enabled: mask)
    let th = pair.th.trimmingWhitespace, en = pair.en.trimmingWhitespace
    func done(_ thai: [TermMatch] = [], _ english: [TermMatch] = []) -> CheckAnalysis {
      CheckAnalysis(
        unit: CheckedUnit(pair: pair, findings: out.findings, thaiMatches: thai, englishMatches: english),
        contributions: out.contributions)
    }
    guard !th.isEmpty else { return done() }
    if en.isEmpty {
      out.add(.untranslated, thTerm: nil, message: "the English is empty")
      return done()
    }
    // Only an English side with a Thai scalar (UTF-8 lead byte E0) can equal a Thai one that
    // has one: no canonical decomposition makes or removes a Thai scalar. The byte test spares
    // the canonical comparison of every pair.
    if Self.hasByte(0xE0, in: pair.en), en == th, th.unicodeScalars.contains(where: { (0x0E01...0x0E5B).contains($0.value) }) {
      out.add(.untranslated, thTerm: nil, message: "the English is identical to the Thai")
      return done()
    }
    let thaiMatches = thaiMatcher.matches(in: pair.th)
    let englishMatches = englishMatcher.matches(in: pair.en)
    checkTerms(pair, thaiMatches, englishMatches, into: &out)
    if mask.contains(.numberMismatch) { checkNumbers(pair, into: &out) }
    if mask.contains(.latinMismatch) { checkLatin(pair, thaiMatches, into: &out) }
    return done(thaiMatches, englishMatches)
  }

  /// Adds an analyzed pair to the cross-TU tallies; call in input order.
  public mutating func record(_ analysis: CheckAnalysis) -> CheckedUnit {
    pairCount += 1
    for contribution in analysis.contributions {
      consistency.apply(contribution, pair: analysis.unit.pair)
    }
    return analysis.unit
  }

  /// The findings about the whole input: call once, after the last pair.
  public func finish() -> [Finding] {
    consistency.findings(index: index).filter { enabled.contains($0.check) }
  }

  private func checkTerms(
    _ pair: CheckPair, _ thaiMatches: [TermMatch], _ englishMatches: [TermMatch],
    into out: inout FindingList
  ) {
    // Thai occurrences per group (in order of first occurrence) and per spelling. A pair has
    // a few groups and renderings: small arrays searched in order, no hashing.
    var groupOrder: [Int] = []
    var thaiCount: [Int] = []
    var spellingCount: [[(String, Int, latin: Bool)]] = []
    let latinChecked = mask.contains(.latinMismatch)
    for m in thaiMatches {
      let g = index.groupOfConcept[m.concept]
      let spelling = glossary.concepts[m.concept].thai[m.term].text
      let latin = index.thaiIsLatin[m.concept][m.term]
      let slot: Int
      if let k = groupOrder.firstIndex(of: g) {
        slot = k
      } else {
        slot = groupOrder.count
        groupOrder.append(g)
        thaiCount.append(0)
        spellingCount.append([])
      }
      // A term written in Latin in the Thai (KCNA) is latin-mismatch's business, not counted here.
      thaiCount[slot] += latinChecked && latin ? 0 : 1
      if let k = spellingCount[slot].firstIndex(where: { $0.0 == spelling }) {
        spellingCount[slot][k].1 += 1
      } else {
        spellingCount[slot].append((spelling, 1, latin))
      }
    }
    // English occurrences per rendering key (by number), with the glossary text, in order of
    // first occurrence.
    var englishIDs: [Int32] = []
    var englishCounts: [Int] = []
    var englishTexts: [String] = []
    for m in englishMatches {
      let id = index.englishKeyIDs[m.concept][m.term]
      if let k = englishIDs.firstIndex(of: id) {
        englishCounts[k] += 1
      } else {
        englishIDs.append(id)
        englishCounts.append(1)
        englishTexts.append(glossary.concepts[m.concept].english[m.term].text)
      }
    }
    func englishCount(_ id: Int32) -> Int? {
      englishIDs.firstIndex(of: id).map { englishCounts[$0] }
    }
    var forbiddenReported: [Int32] = []
    var englishText = TextSearch(pair.en)
    for (slot, g) in groupOrder.enumerated() {
      let group = index.groups[g]
      let n = thaiCount[slot]
      let spellings = spellingCount[slot]
      let term = (spellings.first { !$0.latin } ?? spellings.first)?.0 ?? group.thai.first ?? ""
      var found = 0
      for a in group.allowed.indices {
        let rendering = group.allowed[a]
        guard let c = englishCount(group.allowedKeyIDs[a]) else { continue }
        found += c
        let form = group.formOfAllowed[a]
        out.contributions.append(.target(group: g, form: form, text: group.forms[form], count: c))
        // The Thai term it comes from; a Latin spelling in the Thai (KCNA) is carried over, not
        // translated, and is latin-mismatch's business.
        if let (spelling, s, _) = spellings.first(where: { !$0.latin }) {
          out.contributions.append(
            .source(rendering: group.allowedKeys[a], display: rendering, group: g, spelling: spelling, count: min(s, c)))
        }
      }
      let forbiddenUsed = group.forbiddenKeyIDs.indices.filter { englishCount(group.forbiddenKeyIDs[$0]) != nil }
      if !forbiddenUsed.isEmpty {
        let forbidden = forbiddenUsed.map { group.forbidden[$0] }
        forbiddenReported.append(contentsOf: forbiddenUsed.map { group.forbiddenKeyIDs[$0] })
        let use = group.allowed.isEmpty ? "" : "; use \(Self.quotedList(group.allowed))"
        out.add(
          .forbiddenTerm, thTerm: term, expected: group.allowed, found: forbidden,
          message: "\(Self.quotedList(forbidden)) is forbidden for \(term)\(use)")
        found += forbiddenUsed.reduce(0) { $0 + (englishCount(group.forbiddenKeyIDs[$1]) ?? 0) }
      }
      if found < n {
        // Renderings inside longer ones ("Kim" in "Kim Jong Un") or missed by the matcher.
        let loose = group.allowed.indices.reduce(0) {
          $0 + englishText.count(of: group.allowed[$1], caseSensitive: group.allowedCaseSensitive[$1])
        }
        found = max(found, loose)
      }
      if n == 0 { continue }
      if found == 0, !group.allowed.isEmpty {
        out.add(
          .missingTerm, thTerm: term, expected: group.allowed,
          message: "\(term): expected \(group.allowed.count > 1 ? "one of " : "")\(Self.quotedList(group.allowed)) in the English")
      } else if found < n, !group.allowed.isEmpty {
        out.add(
          .termCount, thTerm: term, expected: group.allowed,
          message: "\(term) occurs \(n) times in the Thai, \(Self.quotedList(group.allowed)) \(found) time\(found == 1 ? "" : "s") in the English")
      }
    }
    // Forbidden renderings with no Thai term of theirs present (and not allowed for one that is).
    for (k, id) in englishIDs.enumerated() where !forbiddenReported.contains(id) {
      let owners = index.forbiddenOwnersByID[Int(id)]
      guard !owners.isEmpty else { continue }
      if index.allowedOwnersByID[Int(id)].contains(where: groupOrder.contains) { continue }
      let text = englishTexts[k]
      let g = owners[0]
      let allowed = index.groups[g].allowed
      out.add(
        .forbiddenTerm, thTerm: nil, expected: allowed, found: [text],
        message: "\"\(text)\" is forbidden\(allowed.isEmpty ? "" : "; use \(Self.quotedList(allowed))")")
    }
  }

  private func checkNumbers(_ pair: CheckPair, into out: inout FindingList) {
    let (missing, extra) = NumberScanner.compare(th: pair.th, en: pair.en)
    guard !missing.isEmpty || !extra.isEmpty else { return }
    var parts: [String] = []
    if !missing.isEmpty { parts.append("\(missing.map(\.text).joined(separator: ", ")) in the Thai, not in the English") }
    if !extra.isEmpty { parts.append("\(extra.map(\.text).joined(separator: ", ")) in the English, not in the Thai") }
    out.add(
      .numberMismatch, thTerm: missing.first?.text, expected: missing.map(\.text),
      found: extra.map(\.text), message: "numbers differ: " + parts.joined(separator: "; "))
  }

  private func checkLatin(_ pair: CheckPair, _ thaiMatches: [TermMatch], into out: inout FindingList) {
    let tokens = LatinScanner.tokens(in: pair.th)
    guard !tokens.isEmpty else { return }
    var seen: Set<String> = []
    var english = LatinScanner.EnglishSide(pair.en)
    var taken: [String]?
    for token in tokens where seen.insert(token.lowercased()).inserted {
      if let rendered = LatinScanner.isRendered(token, in: &english) {
        if rendered { continue }
      } else {
        if taken == nil { taken = takenRenderings(thaiMatches) }
        if LatinScanner.spellsOut(token, in: &english, excluding: taken!) { continue }
      }
      out.add(.latinMismatch, thTerm: token, expected: [token], message: "\(token) is in the Thai but not in the English")
    }
  }

  /// Renderings of the Thai-script terms of the pair are theirs: "Korean Central News Agency"
  /// renders สำนักข่าวกลางเกาหลี and does not also spell out the KCNA beside it. (Gathered only
  /// when an acronym is looked for spelled out.)
  private func takenRenderings(_ thaiMatches: [TermMatch]) -> [String] {
    var taken: [String] = []
    for m in thaiMatches where !index.thaiIsLatin[m.concept][m.term] {
      taken += index.groups[index.groupOfConcept[m.concept]].allowed
    }
    return taken
  }

  /// Whether the UTF-8 of `text` holds `byte` (a scan of its contiguous bytes).
  static func hasByte(_ byte: UInt8, in text: String) -> Bool {
    var text = text
    return text.withUTF8 { $0.contains(byte) }
  }

  static func quotedList(_ items: [String]) -> String {
    items.map { "\"\($0)\"" }.joined(separator: ", ")
  }
}
