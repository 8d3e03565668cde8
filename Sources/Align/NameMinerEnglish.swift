/// English name candidates of a sentence for `NameMiner`: runs of capitalised words, without
/// titles and sentence-initial words that are only capitalised because they open the sentence.
struct NameMinerEnglish {
  /// A word of the English text.
  struct Word {
    var text: String
    var range: Range<String.Index>
    var sentenceInitial: Bool
    /// Written with a possessive 's or ' (cut off `text`): the name ends there.
    var possessive = false
    var capitalised: Bool { text.first.map { $0.isUppercase } ?? false }
    var isAcronym: Bool { text.count >= 2 && text.allSatisfy { $0.isUppercase || $0 == "." } }
  }

  /// Words never taken as names, or cut off a name's edges.
  static let stopWords: Set<String> = dayNames.union([
    "The", "A", "An", "In", "On", "At", "But", "And", "Or", "He", "She", "It", "They", "We", "I",
    "You", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "My", "Mr", "Mrs",
    "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "President", "Prime", "Minister", "King", "Queen",
    "Prince", "Princess", "Sir", "General", "Secretary", "Chancellor", "Leader", "Senator",
    "Governor", "Mayor", "Judge", "Pope", "Saint", "St", "Lord", "Lady", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "When", "While", "After", "Before", "If", "As", "For", "From", "With", "By", "To", "Of", "So",
    "There", "Here", "What", "Who", "Why", "How", "Where", "Which", "Not", "No", "Yes", "All",
    "Some", "One", "Two", "Three", "Also", "However", "Meanwhile", "According", "Last", "Next",
    "New", "Former", "Mr", "Said", "Is", "Was", "Are", "Were", "Be", "Has", "Have", "Had",
    "Will", "Would", "Can", "Could", "Should", "May", "Might", "Must", "Do", "Does", "Did",
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Chief", "Executive", "Officer", "Department", "Ministry", "Party", "Republican", "Democrat",
    "Democratic", "Inc", "Ltd", "Co", "Corp", "Group", "Club", "League", "Street", "Road",
    // Abbreviated titles: the Thai writes the title out (Capt. ↔ กัปตัน "captain"), so the pair
    // would teach a glossary a spelling no Thai text has.
    "Capt", "Gen", "Col", "Lt", "Sgt", "Maj", "Adm", "Cpl", "Rep", "Sen", "Gov", "Rev", "Prof",
    "Det", "Insp", "Supt",
  ])

  /// Day names, which newspapers and shows take into their names.
  static let dayNames: Set<String> = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

  /// The words of `text` with their ranges.
  static func words(in text: String) -> [Word] {
    var out: [Word] = []
    var start: String.Index?
    var initial = true
    var index = text.startIndex
    func flush(_ end: String.Index) {
      guard let s = start else { return }
      var word = String(text[s..<end])
      var possessive = false
      for suffix in ["'s", "’s", "'", "’"] where word.hasSuffix(suffix) {
        word.removeLast(suffix.count)
        possessive = true
      }
      while word.hasSuffix(".") && !word.dropLast().contains(".") && word.count > 1 { word.removeLast() }
      while word.hasSuffix("-") { word.removeLast() }
      if !word.isEmpty {
        out.append(
          Word(text: word, range: s..<text.index(s, offsetBy: word.count), sentenceInitial: initial, possessive: possessive))
        initial = false
      }
      start = nil
    }
    while index < text.endIndex {
      let ch = text[index]
      if ch.isLetter || ch.isNumber || ((ch == "'" || ch == "’" || ch == "-" || ch == ".") && start != nil) {
        if start == nil { start = index }
      } else {
        flush(index)
        if ".?!:;\"“”(".contains(ch) { initial = true }
      }
      index = text.index(after: index)
    }
    flush(text.endIndex)
    return out
  }

  /// Ranges of the English words that `thai` also writes in Latin letters, as they are
  /// (Christion Abercrombie, This Morning): such a name is untranslated, so no Thai span stands
  /// for it. Case-sensitive, whole Latin words of the Thai; words in parentheses do not count,
  /// as they gloss the Thai spelling before them (บาจา (Baja)), which is the name to mine.
  static func writtenAsIs(in english: String, thai: String) -> [Range<String.Index>] {
    guard thai.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return [] }
    var latin: Set<Substring> = []
    var start: String.Index?
    var depth = 0
    var index = thai.startIndex
    while index < thai.endIndex {
      let ch = thai[index]
      if ch.isASCII && ch.isLetter {
        if start == nil { start = index }
      } else {
        if let s = start, depth == 0 { latin.insert(thai[s..<index]) }
        start = nil
        if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
      }
      index = thai.index(after: index)
    }
    if let s = start, depth == 0 { latin.insert(thai[s...]) }
    return words(in: english).filter { $0.capitalised && latin.contains(Substring($0.text)) }.map(\.range)
  }

  /// Runs of capitalised words outside `covered` (glossary matches), edges trimmed of stop
  /// words; a sentence-initial word counts only if `mayOpenName` says so.
  static func names(
    in text: String, covered: [Range<String.Index>], mayOpenName: (String) -> Bool
  ) -> [[Word]] {
    let words = words(in: text)
    var runs: [[Word]] = []
    var current: [Word] = []
    func close() {
      // A day name before a name word opens a name (the Sunday Times, Saturday Night Live), not
      // a date; elsewhere stop words come off both edges.
      while let first = current.first, stopWords.contains(first.text),
        !(dayNames.contains(first.text) && current.count >= 2 && !stopWords.contains(current[1].text))
      {
        current.removeFirst()
      }
      while let last = current.last, stopWords.contains(last.text) { current.removeLast() }
      if !current.isEmpty { runs.append(current) }
      current = []
    }
    let covered = covered.sorted { $0.lowerBound < $1.lowerBound }
    var cursor = 0
    for word in words {
      while cursor < covered.count, covered[cursor].upperBound <= word.range.lowerBound { cursor += 1 }
      let isCovered = covered[cursor...].prefix { $0.lowerBound < word.range.upperBound }.contains {
        $0.overlaps(word.range)
      }
      let usable =
        word.capitalised && !isCovered && !word.isAcronym && word.text.contains(where: \.isLetter)
        && !word.text.contains(where: \.isNumber)
        && (!word.sentenceInitial || mayOpenName(word.text))
      if usable && !(stopWords.contains(word.text) && current.isEmpty && !dayNames.contains(word.text)) {
        current.append(word)
        // Nice's Hospital Louis Pasteur: a possessive ends one name, the next may start.
        if word.possessive { close() }
      } else {
        close()
      }
    }
    close()
    return runs
  }
}
