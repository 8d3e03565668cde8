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
  var edges: [UInt64: Int32] = [:]
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
    var node: Int32 = 0
    for s in thai.unicodeScalars {
      let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(s.value)
      if let next = edges[key] {
        node = next
      } else {
        let next = Int32(entryAt.count)
        entryAt.append(-1)
        edges[key] = next
        node = next
      }
    }
    let stems = english.map(EnglishWords.stem).filter { !EnglishWords.stopwords.contains($0) }
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
  /// - Throws: `LexiconError` with `path:line` for an unreadable file or a malformed row.
  public static func load(path: String) throws(LexiconError) -> Lexicon {
    var lexicon = Lexicon()
    do {
      try TextFile.forEachLine(path: path) { number, line in
        // Split on scalars: Character splitting of Thai text is several times slower.
        let scalars = line.unicodeScalars
        guard let first = scalars.first, first != "#" else { return }
        guard let tab = scalars.firstIndex(of: "\t"), tab != scalars.startIndex else {
          throw LexiconError(path: path, line: number, message: "expected th<TAB>en|en…")
        }
        let thai = String(scalars[..<tab])
        let rest = scalars[scalars.index(after: tab)...]
        let english = rest.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)[0]
        if thai == "th" && String(english) == "en" { return }  // header
        lexicon.add(thai: thai, english: english.split(separator: "|").map { String($0) })
      }
    } catch let error as LexiconError {
      throw error
    } catch let error as TextFileError {
      throw LexiconError(path: error.path, line: error.line, message: error.message)
    } catch {
      throw LexiconError(path: path, line: nil, message: "\(error)")
    }
    return lexicon
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
