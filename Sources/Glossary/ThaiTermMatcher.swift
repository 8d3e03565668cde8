public import ThaiText

/// Finds glossary Thai terms in Thai text: leftmost-longest, on word breaks only.
///
/// The text is normalized (`NormalizedText`: SARA AM, `เเ`, zero-width characters, mark order,
/// Thai digits) and walked once with a trie over scalars; a candidate is accepted only where it
/// starts and ends on a word break. A break is certain next to a non-Thai character (space,
/// punctuation, Latin, digit), at a dropped ZERO WIDTH SPACE, and impossible before a following
/// vowel or mark or after a leading vowel; between two Thai letters libthai decides, on a short
/// window around the place only, with the glossary's words added to its dictionary. So คิม is
/// not found in คิมหันต์, เกาหลีเหนือ is one hit (not เกาหลี), and names glued to titles or
/// particles (นายคิม จองอึน, ประธานาธิบดีวลาดิมีร์ ปูติน, ปูตินจะ) are found.
///
/// Spaces inside a term match any run of spaces, or none, in the text (คิม จองอึน, คิมจองอึน);
/// hyphens and zero-width characters in the text are ignored inside a term (คิม จอง-อึน).
/// Forbidden terms are matched like the others; `TermMatch.term` says which term it was.
/// When two concepts share a spelling, the match names the first.
///
///     let matcher = try ThaiTermMatcher(glossary: glossary)
///     for m in matcher.matches(in: "นายคิม จองอึน ผู้นำสูงสุด") { print(text[m.range]) }  // คิม จองอึน
public struct ThaiTermMatcher: Sendable {
  let trie: ScalarTrie
  /// (concept, term) of each payload.
  let entries: [(concept: Int32, term: Int32)]
  /// The word breaker that validates boundaries (libthai with the glossary's words).
  public private(set) var wordBreaker: WordBreaker

  /// Builds the matcher and a word breaker with the glossary's Thai words in its dictionary.
  ///
  /// - Throws: `WordBreakerError` when libthai's dictionary is missing or unreadable.
  /// - Complexity: O(k log k) in the number of terms, plus building the extended dictionary
  ///   once per distinct word list (cached on disk, see `ThaiDictionary`).
  public init(glossary: Glossary) throws {
    var texts: [String] = []
    texts.reserveCapacity(glossary.concepts.count)
    for concept in glossary.concepts {
      for term in concept.thai { texts.append(term.text) }
    }
    try self.init(glossary: glossary, wordBreaker: WordBreaker(adding: texts))
  }

  /// Builds the matcher with a word breaker made by the caller (to share one between matchers).
  /// The breaker should know the glossary's words (`WordBreaker(adding:)`).
  public init(glossary: Glossary, wordBreaker: WordBreaker) {
    var keys: [ScalarTrie.Key] = []
    var entries: [(Int32, Int32)] = []
    for (c, concept) in glossary.concepts.enumerated() {
      for (t, term) in concept.thai.enumerated() {
        guard let key = Self.key(term.text, payload: Int32(entries.count)) else { continue }
        keys.append(key)
        entries.append((Int32(c), Int32(t)))
      }
    }
    trie = ScalarTrie(keys: keys)
    self.entries = entries
    self.wordBreaker = wordBreaker
  }

  /// The trie key of a term: normalized scalars, spaces and hyphens removed and remembered as
  /// places where the text may have spaces. Nil for a term with no scalars.
  static func key(_ text: String, payload: Int32) -> ScalarTrie.Key? {
    var scalars: [UInt32] = []
    var spaces: [Int] = []
    for value in NormalizedText.scalars(of: text) {
      if ThaiScalar.isSpace(value) || ThaiScalar.isHyphen(value) {
        if !scalars.isEmpty && spaces.last != scalars.count { spaces.append(scalars.count) }
      } else {
        scalars.append(value)
      }
    }
    if spaces.last == scalars.count { spaces.removeLast() }
    return scalars.isEmpty ? nil : ScalarTrie.Key(scalars: scalars, spaces: spaces, payload: payload)
  }

  /// The same matcher (sharing the trie) with a word breaker of its own on the same dictionary
  /// (`WordBreaker.independentCopy()`), to match in another task without waiting for this
  /// breaker's lock.
  ///
  /// - Throws: `WordBreakerError` when the dictionary cannot be loaded again.
  public func withIndependentWordBreaker() throws(WordBreakerError) -> ThaiTermMatcher {
    var copy = self
    copy.wordBreaker = try wordBreaker.independentCopy()
    return copy
  }

  /// Leftmost-longest occurrences, ranges in `text`.
  public func matches(in text: String) -> [TermMatch] {
    occurrences(in: NormalizedText(text)).map(\.match)
  }

  /// Leftmost-longest occurrences with scalar offsets too (see `TermOccurrence`).
  public func occurrences(in text: String) -> [TermOccurrence] {
    occurrences(in: NormalizedText(text))
  }

  /// Leftmost-longest occurrences in already normalized text.
  ///
  /// - Complexity: O(n · d) for n scalars and walks of average depth d, plus libthai on the
  ///   windows around candidates whose boundaries are between Thai letters.
  public func occurrences(in text: NormalizedText) -> [TermOccurrence] {
    text.scalars.withUnsafeBufferPointer { occurrences(in: text, scalars: $0) }
  }

  private func occurrences(in text: NormalizedText, scalars s: UnsafeBufferPointer<UInt32>) -> [TermOccurrence] {
    var out: [TermOccurrence] = []
    var boundaries = ThaiBoundaries(text: text, breaker: wordBreaker)
    var ends: [(end: Int, node: Int32)] = []
    ends.reserveCapacity(16)
    let count = s.count
    var lastEnd = 0
    var i = 0
    while i < count {
      let first = trie.child(trie.root, s[i])
      if first < 0 || ThaiScalar.isFollowing(s[i]) {
        i += 1
        continue
      }
      // Two Thai scalars that start no key (and no one-scalar key here): the walk would find
      // nothing, so neither the boundary nor the trie is asked.
      if i + 1 < count, s[i] >> 7 == 0x0E00 >> 7, s[i + 1] >> 7 == 0x0E00 >> 7, !trie.isTerminal(first),
        !trie.startsKey(thai: s[i], s[i + 1])
      {
        i += 1
        continue
      }
      if i != lastEnd, boundaries.knownBoundary(i) == false {
        // Not a word start: no walk needed.
        i += 1
        continue
      }
      if !ends.isEmpty { ends.removeAll(keepingCapacity: true) }
      walk(s, from: i, first: first, into: &ends)
      // Ends that the characters alone rule out (a mark or following vowel after them) go
      // first, so that libthai is asked only about candidates that may stand.
      // (A loop, not `removeAll(where:)`: its closure copied `boundaries`, arrays and all.)
      var kept = 0
      for k in ends.indices where boundaries.knownBoundary(ends[k].end, after: i) != false {
        ends[kept] = ends[k]
        kept += 1
      }
      if kept < ends.count { ends.removeLast(ends.count - kept) }
      if ends.isEmpty || !(i == lastEnd || boundaries.isBoundary(i)) {
        i += 1
        continue
      }
      var accepted = false
      for (end, node) in ends.reversed() where boundaries.isBoundary(end, after: i) {
        let payload = Int(trie.payloads(node).first!)
        let (concept, term) = entries[payload]
        let match = TermMatch(
          concept: Int(concept), term: Int(term), side: .thai, range: text.originalRange(i..<end))
        out.append(TermOccurrence(match: match, scalarRange: text.originalScalarRange(i..<end)))
        i = end
        lastEnd = end
        accepted = true
        break
      }
      if !accepted { i += 1 }
    }
    return out
  }

  /// Walks the trie from `start` (whose first scalar leads to `first`), collecting the ends of
  /// the keys met, shortest first.
  @inline(__always)
  func walk(_ s: UnsafeBufferPointer<UInt32>, from start: Int, first: Int32, into ends: inout [(end: Int, node: Int32)]) {
    let count = s.count
    var node = first
    var j = start + 1
    if trie.isTerminal(node) { ends.append((j, node)) }
    while j < count {
      var value = s[j]
      var next = j + 1
      if ThaiScalar.isSpace(value) || ThaiScalar.isHyphen(value) {
        let isSpace = ThaiScalar.isSpace(value)
        // Skip the run of spaces and hyphens; spaces only where the term has a space.
        var hasSpace = isSpace
        while next < count, ThaiScalar.isSpace(s[next]) || ThaiScalar.isHyphen(s[next]) {
          hasSpace = hasSpace || ThaiScalar.isSpace(s[next])
          next += 1
        }
        if hasSpace && !trie.allowsSpace(after: node) { return }
        guard next < count, ThaiScalar.isLetter(s[next]), ThaiScalar.isLetter(s[j - 1]) else { return }
        value = s[next]
        next += 1
      }
      let child = trie.child(node, value)
      if child < 0 { return }
      node = child
      j = next
      if trie.isTerminal(node) { ends.append((j, node)) }
    }
  }
}
