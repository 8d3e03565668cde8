import ThaiText

/// Finds glossary English renderings in English text.
///
/// Leftmost-longest over a trie of case-folded renderings, accepted only on token boundaries:
/// the scalar before a match and the one after it are not letters or digits. A possessive `'s`
/// or `’s` after a match is allowed (Russia's → Russia; the range covers the term only). Case is
/// ignored unless `Term.caseSensitive`. Dots belong to a term (`U.S.` matches "the U.S." at a
/// sentence end, but not inside "U.S.A."). Runs of whitespace in the text match a space in a
/// term. With `loose: true`, spaces and hyphens are interchangeable (Kim Jong Un, Kim Jong-un,
/// Kim Jong-Un), so that a check can report such variants; otherwise a hyphen matches a hyphen.
/// Forbidden renderings are matched too: `TermMatch.term` says which one it was.
///
///     let matcher = EnglishTermMatcher(glossary: glossary)
///     matcher.matches(in: "Russia's ally, North Korea")  // Russia, North Korea
public struct EnglishTermMatcher: Sendable {
  let trie: ScalarTrie
  /// (concept, term, case-sensitive scalars or empty) of each payload.
  let entries: [(concept: Int32, term: Int32, exact: [UInt32])]
  /// Whether hyphens and spaces inside a rendering are interchangeable.
  public let loose: Bool

  /// Builds the matcher for every English rendering of the glossary (forbidden ones included).
  ///
  /// - Complexity: O(k log k) in the number of renderings.
  public init(glossary: Glossary, loose: Bool = false) {
    var keys: [ScalarTrie.Key] = []
    var entries: [(Int32, Int32, [UInt32])] = []
    for (c, concept) in glossary.concepts.enumerated() {
      for (t, term) in concept.english.enumerated() {
        let scalars = Self.keyScalars(term.text, loose: loose, fold: true)
        guard !scalars.isEmpty else { continue }
        let exact = term.caseSensitive ? Self.keyScalars(term.text, loose: loose, fold: false) : []
        keys.append(ScalarTrie.Key(scalars: scalars, spaces: [], payload: Int32(entries.count)))
        entries.append((Int32(c), Int32(t), exact))
      }
    }
    trie = ScalarTrie(keys: keys)
    self.entries = entries
    self.loose = loose
  }

  /// Label used for a separator (space, or in loose mode also a hyphen).
  static let separator: UInt32 = 0x20

  /// A term as trie labels: folded scalars, whitespace runs as one separator, trimmed.
  static func keyScalars(_ text: String, loose: Bool, fold: Bool) -> [UInt32] {
    var out: [UInt32] = []
    for scalar in text.unicodeScalars {
      let value = Self.label(scalar.value, loose: loose, fold: fold)
      if value == separator {
        if !out.isEmpty && out.last != separator { out.append(separator) }
      } else {
        out.append(value)
      }
    }
    if out.last == separator { out.removeLast() }
    return out
  }

  /// The trie label of a text scalar: whitespace (and, loose, hyphens) → separator, curly
  /// apostrophe → `'`, Unicode hyphens → `-`, letters lower-cased when `fold`.
  @inline(__always)
  static func label(_ value: UInt32, loose: Bool, fold: Bool) -> UInt32 {
    switch value {
    case 0x41...0x5A: return fold ? value + 0x20 : value
    case 0x61...0x7A, 0x30...0x39: return value
    case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return separator
    case 0x2D, 0x2010, 0x2011: return loose ? separator : 0x2D
    case 0x2019, 0x2018, 0x02BC: return 0x27
    case 0..<0x80: return value
    default:
      guard fold, let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else {
        return value
      }
      let lower = scalar.properties.lowercaseMapping.unicodeScalars
      return lower.count == 1 ? lower.first!.value : value
    }
  }

  /// Whether a scalar is part of a word (letter, digit, or combining mark).
  @inline(__always)
  static func isWordCharacter(_ value: UInt32) -> Bool {
    switch value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
    case 0..<0x80: return false
    default:
      guard let scalar = Unicode.Scalar(value) else { return false }
      let p = scalar.properties
      return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }
  }

  /// Leftmost-longest occurrences on token boundaries, ranges in `text`.
  public func matches(in text: String) -> [TermMatch] {
    occurrences(in: text).map(\.match)
  }

  /// One scalar of the searched text, with what the scan asks about it (computed once).
  struct Scalar {
    /// The scalar value.
    var value: UInt32
    /// Its trie label (`label(_:loose:fold: true)`).
    var label: UInt32
    /// Its UTF-8 offset in the text.
    var utf8: Int32
    /// `isWordCharacter(value)`.
    var isWord: Bool
  }

  /// Leftmost-longest occurrences with scalar offsets too (see `TermOccurrence`).
  ///
  /// - Complexity: O(n · d) for n scalars and walks of average depth d.
  public func occurrences(in text: String) -> [TermOccurrence] {
    var contiguous = text
    return contiguous.withUTF8 { bytes in
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      // On the stack for a sentence, on the heap for a long text.
      return withUnsafeTemporaryAllocation(of: Scalar.self, capacity: count + 1) { buffer in
        var n = 0
        var i = 0
        while i < bytes.count {
          let (value, width) = UTF8Decoding.scalar(in: bytes, at: i)
          buffer.initializeElement(
            at: n,
            to: Scalar(
              value: value, label: Self.label(value, loose: loose, fold: true), utf8: Int32(truncatingIfNeeded: i),
              isWord: Self.isWordCharacter(value)))
          n += 1
          i += width
        }
        // The end: its UTF-8 offset (the other fields are never read).
        buffer.initializeElement(at: n, to: Scalar(value: 0, label: 0, utf8: Int32(truncatingIfNeeded: i), isWord: false))
        let out = occurrences(in: text, UnsafeBufferPointer(rebasing: buffer[0..<n + 1]), count: n)
        _ = buffer.deinitialize()
        return out
      }
    }
  }

  /// The scan over the decoded text (`s[count]` holds the end's UTF-8 offset).
  private func occurrences(in text: String, _ s: UnsafeBufferPointer<Scalar>, count: Int) -> [TermOccurrence] {
    var out: [TermOccurrence] = []
    var ends: [(end: Int, node: Int32)] = []
    var i = 0
    while i < count {
      if !isStart(s, i) {
        i += 1
        continue
      }
      // Two ASCII labels that start no key (and the first is no key alone): the walk would
      // find nothing, so the trie is not touched. (A run of separators is one label.)
      if i + 1 < count, s[i].label < 128, s[i + 1].label < 128, !trie.mayStartKey(ascii: s[i].label, s[i + 1].label) {
        i += 1
        continue
      }
      if !ends.isEmpty { ends.removeAll(keepingCapacity: true) }
      walk(s, count: count, from: i, into: &ends)
      var accepted = false
      for (end, node) in ends.reversed() where isEnd(s, count: count, end) {
        guard let payload = trie.payloads(node).first(where: { exactMatch(s, i..<end, $0) }) else {
          continue
        }
        let entry = entries[Int(payload)]
        let utf8View = text.utf8
        let lower = utf8View.index(utf8View.startIndex, offsetBy: Int(s[i].utf8))
        let upper = utf8View.index(lower, offsetBy: Int(s[end].utf8) - Int(s[i].utf8))
        let match = TermMatch(concept: Int(entry.concept), term: Int(entry.term), side: .english, range: lower..<upper)
        out.append(TermOccurrence(match: match, scalarRange: i..<end))
        i = end
        accepted = true
        break
      }
      if !accepted { i += 1 }
    }
    return out
  }

  /// Walks the trie from `start`, collecting where keys end (shortest first).
  @inline(__always)
  private func walk(
    _ s: UnsafeBufferPointer<Scalar>, count: Int, from start: Int, into ends: inout [(end: Int, node: Int32)]
  ) {
    var node = trie.root
    var j = start
    while j < count {
      let value = s[j].label
      var next = j + 1
      if value == Self.separator {
        if j == start { return }
        while next < count, s[next].label == Self.separator { next += 1 }
      }
      let child = trie.child(node, value)
      if child < 0 { return }
      node = child
      j = next
      if trie.isTerminal(node) && value != Self.separator { ends.append((j, node)) }
    }
  }

  /// Whether a match may end before `end`: at the end of the text, or where the next scalar is
  /// not part of a word (so a possessive `'s` follows freely), and not inside a dotted
  /// abbreviation (`U.S.` is not a match in `U.S.A.`).
  @inline(__always)
  private func isEnd(_ s: UnsafeBufferPointer<Scalar>, count: Int, _ end: Int) -> Bool {
    end >= count || !s[end].isWord
  }

  /// Whether a match may start at `start`: not inside a word, not inside a dotted
  /// abbreviation (`S.A.` in `U.S.A.`).
  @inline(__always)
  private func isStart(_ s: UnsafeBufferPointer<Scalar>, _ start: Int) -> Bool {
    if start == 0 { return true }
    let before = s[start - 1]
    if before.isWord { return !s[start].isWord }
    if before.value == 0x2E, start >= 2, s[start - 2].isWord, s[start].isWord {
      return false
    }
    return true
  }

  /// For case-sensitive entries, whether the text spells the term with the same case.
  private func exactMatch(_ s: UnsafeBufferPointer<Scalar>, _ range: Range<Int>, _ payload: Int32) -> Bool {
    let exact = entries[Int(payload)].exact
    if exact.isEmpty { return true }
    return Self.keyScalars(
      String(String.UnicodeScalarView(s[range].compactMap { Unicode.Scalar($0.value) })), loose: loose, fold: false)
      == exact
  }
}
