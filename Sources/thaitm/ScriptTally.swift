import Align

/// Counts Thai and Latin letters on each side of the first pairs of an input, to catch the
/// mistake of giving the English first (swapped files, columns, or `xml:lang` labels): the work
/// would otherwise run, find no Thai terms, and report a clean result.
struct ScriptTally {
  /// How many pairs are looked at (the start of the input is enough to tell).
  static let sampledPairs = 1000

  /// Thai and Latin letters of one side.
  struct Letters {
    var thai = 0
    var latin = 0

    mutating func add(_ text: String) {
      var previous: UInt8 = 0
      for byte in text.utf8 {
        switch byte {
        // The Thai block's UTF-8 is E0 B8 xx or E0 B9 xx.
        case 0xB8...0xB9 where previous == 0xE0: thai += 1
        case 0x41...0x5A, 0x61...0x7A: latin += 1
        default: break
        }
        previous = byte
      }
    }

    var count: Int { thai + latin }
    var thaiShare: Double { count == 0 ? 0 : Double(thai) / Double(count) }
  }

  private(set) var pairs = 0
  private var thai = Letters()
  private var english = Letters()

  init() {}

  /// A tally of sides counted apart (`pairs` of them: the first lines of two files).
  init(thai: Letters, english: Letters, pairs: Int) {
    self.thai = thai
    self.english = english
    self.pairs = pairs
  }

  /// Adds one pair, while fewer than `sampledPairs` have been added.
  mutating func add(thai thaiText: String, english englishText: String) {
    guard pairs < Self.sampledPairs else { return }
    pairs += 1
    thai.add(thaiText)
    english.add(englishText)
  }

  /// Whether the sides look swapped: the Thai side is (nearly) all Latin letters and the English
  /// side mostly Thai, with enough letters to tell.
  var looksSwapped: Bool {
    thai.count >= 20 && english.count >= 20 && thai.thaiShare < 0.1 && english.thaiShare > 0.5
  }

  /// The tally of the first `sampledPairs` pairs of a file (read again afterwards: not for stdin).
  /// A read error ends the sample: the command's own reader reports it, in its own words.
  static func sample(path: String, format: PairFileFormat) -> ScriptTally {
    struct Enough: Error {}
    var tally = ScriptTally()
    try? CheckInput.forEachPair(path: path, format: format) { pair in
      tally.add(thai: pair.th, english: pair.en)
      if tally.pairs == sampledPairs { throw Enough() }
    }
    return tally
  }

  /// The tally of the first lines of two files, line N of one beside line N of the other.
  static func lines(thai: [String], english: [String]) -> ScriptTally {
    var tally = ScriptTally()
    for (t, e) in zip(thai, english) {
      if tally.pairs == sampledPairs { break }
      tally.add(thai: t, english: e)
    }
    return tally
  }

  /// Throws (exit 2) when ``looksSwapped``: `what` names the two sides ("the th and en columns",
  /// "TH and EN").
  func requireNotSwapped(_ path: String, _ what: String) throws {
    guard looksSwapped else { return }
    throw JobFailed(
      "\(shown(path)): the Thai side of the first \(pairs == 1 ? "pair" : "\(pairs) pairs") is in Latin letters and the "
        + "English side in Thai: \(what) look swapped")
  }
}
