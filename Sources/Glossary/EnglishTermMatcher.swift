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

  /// Leftmost-longest occurrences with scalar offsets too (see `TermOccurrence`).
  ///
  /// - Complexity: O(n · d) for n scalars and walks of average depth d.
  public func occurrences(in text: String) -> [TermOccurrence] {
    var raw: [UInt32] = []
    var utf8: [Int] = []
    raw.reserveCapacity(text.utf8.count)
    utf8.reserveCapacity(text.utf8.count + 1)
    var offset = 0
    for scalar in text.unicodeScalars {
      raw.append(scalar.value)
      utf8.append(offset)
      offset += UTF8.width(scalar)
    }
    utf8.append(offset)
    let count = raw.count
    var out: [TermOccurrence] = []
    var ends: [(end: Int, node: Int32)] = []
    var i = 0
    while i < count {
      if !isStart(raw, i) {
        i += 1
        continue
      }
      ends.removeAll(keepingCapacity: true)
      walk(raw, from: i, into: &ends)
      var accepted = false
      for (end, node) in ends.reversed() where isEnd(raw, end) {
        guard let payload = trie.payloads(node).first(where: { exactMatch(raw, i..<end, $0) }) else {
          continue
        }
        let entry = entries[Int(payload)]
        let utf8View = text.utf8
        let lower = utf8View.index(utf8View.startIndex, offsetBy: utf8[i])
        let upper = utf8View.index(lower, offsetBy: utf8[end] - utf8[i])
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
  private func walk(_ raw: [UInt32], from start: Int, into ends: inout [(end: Int, node: Int32)]) {
    var node = trie.root
    var j = start
    while j < raw.count {
      let value = Self.label(raw[j], loose: loose, fold: true)
      var next = j + 1
      if value == Self.separator {
        if j == start { return }
        while next < raw.count, Self.label(raw[next], loose: loose, fold: true) == Self.separator { next += 1 }
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
  private func isEnd(_ raw: [UInt32], _ end: Int) -> Bool {
    if end >= raw.count { return true }
    guard Self.isWordCharacter(raw[end]) else { return true }
    return false
  }

  /// Whether a match may start at `start`: not inside a word, not inside a dotted
  /// abbreviation (`S.A.` in `U.S.A.`).
  private func isStart(_ raw: [UInt32], _ start: Int) -> Bool {
    if start == 0 { return true }
    let before = raw[start - 1]
    if Self.isWordCharacter(before) { return !Self.isWordCharacter(raw[start]) }
    if before == 0x2E, start >= 2, Self.isWordCharacter(raw[start - 2]), Self.isWordCharacter(raw[start]) {
      return false
    }
    return true
  }

  /// For case-sensitive entries, whether the text spells the term with the same case.
  private func exactMatch(_ raw: [UInt32], _ range: Range<Int>, _ payload: Int32) -> Bool {
    let exact = entries[Int(payload)].exact
    if exact.isEmpty { return true }
    return Self.keyScalars(
      String(String.UnicodeScalarView(raw[range].compactMap(Unicode.Scalar.init))), loose: loose, fold: false)
      == exact
  }
}
