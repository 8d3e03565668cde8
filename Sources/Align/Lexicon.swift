import ThaiText

/// A Thai–English word lexicon: Thai words with English stems, and a longest-match Thai
/// tokenizer over its Thai words.
///
/// The file is `th<TAB>en1|en2|…` a line (`#` comments allowed), as in
/// `data/lexicon/th-en-lexicon.tsv` (derived from Thai WordNet and Princeton WordNet).
///
///     let lexicon = try Lexicon.load(path: "data/lexicon/th-en-lexicon.tsv")
///     lexicon.tokens(in: "ทหารเกาหลีเหนือ")   // words, unknown runs included
public struct Lexicon: Sendable {
  /// Trie edges: (node << 32 | scalar) → child node.
  var edges = UInt64Map<Int32>(placeholder: -1)
  /// Per trie node: the entry ending there, or -1.
  var entryAt: [Int32] = [-1]
  /// Per entry: English stems.
  var translations: [[String]] = []
  /// Number of Thai words.
  public var count: Int { translations.count }

  /// An empty lexicon (the tokenizer then returns whole Thai runs).
  public init() {}

  /// Adds a Thai word with its English renderings (stemmed as the aligner stems English text).
  public mutating func add(thai: String, english: [String]) {
    let stems = english.map(EnglishWords.stem).filter { !EnglishWords.stopwords.contains($0) }
    add(thai: thai, stems: stems)
  }

  /// Adds a Thai word with already stemmed English renderings.
  mutating func add(thai: String, stems: [String]) {
    var node: Int32 = 0
    for s in thai.unicodeScalars {
      let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(s.value)
      let (next, inserted) = edges.insertIfAbsent(key, Int32(entryAt.count))
      if inserted { entryAt.append(-1) }
      node = next
    }
    if entryAt[Int(node)] >= 0 {
      let e = Int(entryAt[Int(node)])
      for s in stems where !translations[e].contains(s) { translations[e].append(s) }
    } else {
      entryAt[Int(node)] = Int32(translations.count)
      translations.append(stems)
    }
  }

  /// Reads a lexicon file.
  ///
  /// The file is read at once and split into lines and fields on bytes; only the Thai word and
  /// the English words become strings (each distinct English word is stemmed once).
  ///
  /// - Throws: `LexiconError` with `path:line` for an unreadable file, invalid UTF-8 or a
  ///   malformed row.
  public static func load(path: String) throws(LexiconError) -> Lexicon {
    let bytes = try LexiconFile.read(path: path)
    var lexicon = Lexicon()
    // Trie nodes are at most one per Thai scalar (3 UTF-8 bytes each).
    lexicon.edges = UInt64Map(placeholder: -1, capacity: bytes.count / 4)
    lexicon.entryAt.reserveCapacity(bytes.count / 4)
    var stemCache: [String: String?] = [:]  // English word → stem (nil for a stopword)
    try bytes.withUnsafeBufferPointer { (buffer) throws(LexiconError) in
      let n = buffer.count
      var start = n >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0
      var number = 0
      while start < n {
        number += 1
        var end = start
        while end < n && buffer[end] != 0x0A { end += 1 }
        let next = end + 1
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        defer { start = next }
        if end == start || buffer[start] == 0x23 { continue }  // empty or # comment
        var tab = start
        while tab < end && buffer[tab] != 0x09 { tab += 1 }
        guard tab < end, tab > start else {
          throw LexiconError(path: path, line: number, message: "expected th<TAB>en|en…")
        }
        var fieldEnd = tab + 1
        while fieldEnd < end && buffer[fieldEnd] != 0x09 { fieldEnd += 1 }
        guard let thai = String(validating: UnsafeBufferPointer(rebasing: buffer[start..<tab]), as: UTF8.self)
        else { throw LexiconError(path: path, line: number, message: "invalid UTF-8") }
        var stems: [String] = []
        var wordStart = tab + 1
        var isHeader = thai == "th"
        while wordStart <= fieldEnd {
          var wordEnd = wordStart
          while wordEnd < fieldEnd && buffer[wordEnd] != 0x7C { wordEnd += 1 }  // |
          guard
            let word = String(validating: UnsafeBufferPointer(rebasing: buffer[wordStart..<wordEnd]), as: UTF8.self)
          else { throw LexiconError(path: path, line: number, message: "invalid UTF-8") }
          if isHeader && (word != "en" || wordEnd != fieldEnd) { isHeader = false }
          let stem: String?
          if let cached = stemCache[word] {
            stem = cached
          } else {
            let s = EnglishWords.stem(word)
            stem = EnglishWords.stopwords.contains(s) ? nil : s
            stemCache[word] = .some(stem)
          }
          if let stem { stems.append(stem) }
          wordStart = wordEnd + 1
        }
        if isHeader { continue }
        lexicon.add(thai: thai, stems: stems)
      }
    }
    return lexicon
  }

  /// The entry of `word` when it is one lexicon word exactly (of two scalars or more, as
  /// ``tokens(in:)`` finds words), else nil.
  func entry(exactly word: some StringProtocol) -> Int? {
    var node: Int32 = 0, length = 0
    for scalar in word.unicodeScalars {
      guard let next = edges[UInt64(UInt32(bitPattern: node)) << 32 | UInt64(scalar.value)] else { return nil }
      node = next
      length += 1
    }
    let entry = entryAt[Int(node)]
    return length >= 2 && entry >= 0 ? Int(entry) : nil
  }

  /// A Thai token: a lexicon word (`entry` ≥ 0) or a run of unknown Thai letters (`entry` -1).
  struct Token {
    var scalars: Range<Int>
    var entry: Int
  }

  /// Greedy longest-match tokens of the Thai letters of `scalars` (Latin, digits, spaces and
  /// punctuation separate tokens and are left out). Known words need 2+ scalars.
  func tokens(in scalars: [Unicode.Scalar]) -> [Token] {
    var out: [Token] = []
    var i = 0
    var unknownStart = -1
    func flushUnknown(_ end: Int) {
      if unknownStart >= 0, end > unknownStart { out.append(Token(scalars: unknownStart..<end, entry: -1)) }
      unknownStart = -1
    }
    while i < scalars.count {
      let s = scalars[i]
      guard (0x0E01...0x0E4F).contains(s.value) else {
        flushUnknown(i)
        i += 1
        continue
      }
      var node: Int32 = 0
      var best = -1
      var bestEntry: Int32 = -1
      var j = i
      while j < scalars.count {
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(scalars[j].value)
        guard let next = edges[key] else { break }
        node = next
        j += 1
        if entryAt[Int(node)] >= 0, j - i >= 2 {
          best = j
          bestEntry = entryAt[Int(node)]
        }
      }
      if best > 0 {
        flushUnknown(i)
        out.append(Token(scalars: i..<best, entry: Int(bestEntry)))
        i = best
      } else {
        if unknownStart < 0 { unknownStart = i }
        i += 1
      }
    }
    flushUnknown(scalars.count)
    return out
  }
}

/// The lexicon file could not be read.
public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file.
  public var path: String
  /// 1-based line, if known.
  public var line: Int?
  /// What is wrong.
  public var message: String

  /// `path:line: message`.
  public var description: String {
    if let line { return "\(path):\(line): \(message)" }
    return "\(path): \(message)"
  }
}
