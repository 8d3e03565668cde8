import ThaiText

/// Finds Latin-script tokens in Thai text (acronyms, names kept in Latin, URLs, e-mail
/// addresses) and whether an English segment contains them.
enum LatinScanner {
  /// Maximal runs of non-space, non-Thai scalars that hold at least two ASCII letters, with
  /// surrounding punctuation (brackets, quotes, a final full stop or comma) stripped.
  static func tokens(in text: String) -> [String] {
    // A token needs two ASCII letters: most Thai segments have none, and a byte count says so
    // without decoding a scalar.
    guard hasTwoASCIILetters(text) else { return [] }
    var out: [String] = []
    var text = text
    text.withUTF8 { bytes in
      var start = -1, letters = 0
      func flush(_ end: Int) {
        defer {
          start = -1
          letters = 0
        }
        guard letters >= 2, start >= 0 else { return }
        let run = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        // Nothing to strip (ASCII ends that are not edge punctuation): the run is the token, and
        // its letters were counted on the way.
        let first = bytes[start], last = bytes[end - 1]
        if first < 0x80, last < 0x80, !edge.contains(UInt32(first)), !edge.contains(UInt32(last)) {
          out.append(run)
          return
        }
        var token = run.unicodeScalars[...]
        while let first = token.first, edge.contains(first.value) { token = token.dropFirst() }
        while let last = token.last, edge.contains(last.value) { token = token.dropLast() }
        if token.lazy.filter(isASCIILetter).count >= 2 { out.append(String(token)) }
      }
      // Walk the UTF-8: ASCII and the Thai block (E0 B8 xx, E0 B9 xx = U+0E00–U+0E7F) are told
      // from their bytes; any other scalar is decoded for its white-space property.
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        let length: Int, boundary: Bool
        if b < 0x80 {
          length = 1
          boundary = b == 0x20 || (0x09...0x0D).contains(b)
          if !boundary, (b | 0x20) >= 0x61, (b | 0x20) <= 0x7A { letters += 1 }
        } else if b == 0xE0, bytes[i + 1] == 0xB8 || bytes[i + 1] == 0xB9 {
          length = 3
          boundary = true
        } else {
          let value: UInt32
          (value, length) = UTF8Decoding.scalar(in: bytes, at: i)
          boundary = Unicode.Scalar(value).map(isSpace) ?? false
        }
        if boundary {
          if start >= 0 { flush(i) }
        } else if start < 0 {
          start = i
        }
        i += length
      }
      if start >= 0 { flush(bytes.count) }
    }
    return out
  }

  /// Whether the UTF-8 of `text` holds at least two ASCII letters (bytes below 0x80 are
  /// always whole scalars).
  static func hasTwoASCIILetters(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var letters = 0
      for byte in bytes where (byte | 0x20) &- 0x61 < 26 {
        letters += 1
        if letters == 2 { return true }
      }
      return false
    }
  }

  /// Punctuation stripped from both ends of a token.
  static let edge: Set<UInt32> = Set("()[]{}\"'“”‘’,;:.!?«»-".unicodeScalars.map(\.value))

  /// White space, without a Unicode property lookup for ASCII and Thai.
  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 { return s.value == 0x20 || (0x09...0x0D).contains(s.value) }
    if (0x0E00...0x0E7F).contains(s.value) { return false }
    return s.properties.isWhitespace
  }

  static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
    (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A
  }

  /// Whether a term is written in Latin letters (no Thai script, at least two ASCII letters).
  static func isLatin(_ term: String) -> Bool {
    !term.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) } && tokens(in: term).count > 0
  }

  /// Whether the English carries a Latin token of the Thai: as it is; as the start of a longer
  /// word when the token has four letters or more (Macedonia → Macedonians); or, for an
  /// all-capitals acronym, spelled out (AP → Associated Press).
  ///
  /// Phrases in `excluding` (renderings of other terms) do not count as a spelled-out acronym.
  static func isRendered(_ token: String, in en: String, excluding: [String] = []) -> Bool {
    var english = EnglishSide(en)
    return isRendered(token, in: &english) ?? spellsOut(token, in: &english, excluding: excluding)
  }

  /// ``isRendered(_:in:excluding:)`` with the English words computed once for all the tokens
  /// of a pair (a pair with many tokens and a long English side stays linear), up to the
  /// acronym check: nil when only ``spellsOut(_:in:excluding:)`` can tell (an all-capitals
  /// token of two to six letters not found as it is), so that the caller gathers the phrases
  /// to exclude only then.
  static func isRendered(_ token: String, in english: inout EnglishSide) -> Bool? {
    if english.contains(token) { return true }
    let lowerToken = token.lowercased()
    if token.count >= 4, english.hasLongerWord(startingWith: lowerToken) { return true }
    guard (2...6).contains(token.count), token.allSatisfy({ $0.isUppercase }) else { return false }
    return nil
  }

  /// Whether the English spells out the all-capitals `token` (AP → Associated Press), phrases
  /// of `excluding` left out.
  static func spellsOut(_ token: String, in english: inout EnglishSide, excluding: [String]) -> Bool {
    let capitalized = english.acronymWords(excluding: excluding)
    let letters = Array(token)
    for start in capitalized.indices where start + letters.count <= capitalized.count {
      let run = capitalized[start..<start + letters.count]
      if zip(run, letters).allSatisfy({ $0.first == $1 }) { return true }
    }
    return false
  }

  /// The words of an English segment, split once and kept for every token checked against it.
  struct EnglishSide {
    let text: String
    private var wordsCache: [String]?
    private var acronymCache: [Substring]?
    private var search: TextSearch
    private let isASCII: Bool

    init(_ text: String) {
      self.text = text
      search = TextSearch(text)
      var bytes = text
      isASCII = bytes.withUTF8 { !$0.contains { $0 >= 0x80 } }
    }

    /// ``LatinScanner/contains(_:token:)`` on this text; a non-ASCII text is lower-cased once
    /// for all the tokens.
    mutating func contains(_ token: String) -> Bool {
      if isASCII, let found = TextSearch.asciiContains(token, in: text, textIsASCII: true) { return found }
      return search.count(of: token) > 0
    }

    /// Whether a word (letters, digits, hyphens) of the text starts with `lowerPrefix` and is
    /// longer than it, case-insensitively: a binary search in the sorted lower-cased words.
    mutating func hasLongerWord(startingWith lowerPrefix: String) -> Bool {
      if wordsCache == nil {
        let words = Set(text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map { $0.lowercased() })
        wordsCache = words.sorted()
      }
      let words = wordsCache!
      var lo = 0, hi = words.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if words[mid] < lowerPrefix { lo = mid + 1 } else { hi = mid }
      }
      while lo < words.count, words[lo].hasPrefix(lowerPrefix) {
        if words[lo].count > lowerPrefix.count { return true }
        lo += 1
      }
      return false
    }

    /// The words an acronym may spell out: the text with the phrases of `excluding` that hold
    /// a space cut out (a cut breaks a run), minor words (of, the, and) dropped. Computed on the
    /// first call; later calls return it (give the same `excluding`).
    mutating func acronymWords(excluding: [String]) -> [Substring] {
        if let acronymCache { return acronymCache }
        // Each phrase once, longest first: a term found many times in the Thai must not make
        // the English be rewritten once per occurrence.
        let phrases = Array(Set(excluding.filter { $0.contains(" ") })).sorted {
          $0.count != $1.count ? $0.count > $1.count : $0 < $1
        }
        var rest = text
        for phrase in phrases { rest = rest.replacing(phrase, with: " | ") }
        let w = rest.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "|") }
          .filter { !RenderingForm.minorWords.contains($0.lowercased()) }
        acronymCache = w
        return w
    }
  }

  /// Whether `text` contains `token`, case-insensitively, not inside a longer word.
  static func contains(_ text: String, token: String) -> Bool {
    if let found = TextSearch.asciiContains(token, in: text) { return found }
    return TextSearch.count(of: token, in: text) > 0
  }
}
