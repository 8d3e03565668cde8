/// English content words, lower-cased and loosely stemmed, for lexical anchors.
///
///     EnglishWords.stems(in: "The soldiers fought")  // ["soldier", "fought"]
enum EnglishWords {
  /// Function words that carry no alignment evidence.
  static let stopwords: Set<String> = [
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or", "but",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "that", "this",
    "these", "those", "it", "its", "he", "she", "they", "them", "his", "her", "their", "we", "our",
    "you", "your", "i", "me", "my", "not", "as", "than", "then", "there", "here", "who", "whom",
    "which", "what", "when", "where", "why", "how", "all", "any", "some", "such", "also", "into",
    "over", "under", "about", "after", "before", "up", "out", "off", "very", "just", "so", "more",
    "most", "other", "s", "t", "if", "because", "while", "him", "us", "one", "no",
  ]

  /// A loose stem: lower-case, possessive and common suffixes removed.
  static func stem(_ word: String) -> String {
    var w = word.lowercased()
    if w.hasSuffix("'s") || w.hasSuffix("’s") { w.removeLast(2) }
    let n = w.count
    if n > 4, w.hasSuffix("ies") {
      w.removeLast(3)
      w += "y"
    } else if n > 4, w.hasSuffix("sses") {
      w.removeLast(2)
    } else if n > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
      w.removeLast()
    } else if n > 5, w.hasSuffix("ing") {
      w.removeLast(3)
    } else if n > 4, w.hasSuffix("ed") {
      w.removeLast(2)
    }
    return w
  }

  /// The stems of the content words of `text` (letters only, stopwords dropped).
  static func stems(in text: some StringProtocol) -> [String] {
    var out: [String] = []
    var current = ""
    func flush() {
      if current.count > 1, !stopwords.contains(current) { out.append(stem(current)) }
      current = ""
    }
    for s in text.unicodeScalars {
      if (0x41...0x5A).contains(s.value) {
        current.unicodeScalars.append(Unicode.Scalar(s.value + 0x20)!)
      } else if (0x61...0x7A).contains(s.value) {
        current.unicodeScalars.append(s)
      } else if s == "'" || s == "’", !current.isEmpty {
        current.unicodeScalars.append("'")
      } else {
        flush()
      }
    }
    flush()
    return out
  }

  /// Clause connectives, kept as words for IBM model 1 (they are stopwords otherwise).
  static let connectiveWords: Set<String> = [
    "but", "because", "when", "while", "after", "before", "if", "although", "though", "however",
    "since", "until", "so", "then", "also", "not", "no", "who", "which", "where",
  ]

  /// The connectives of `text` (lower-cased), in order.
  static func connectives(in text: some StringProtocol) -> [String] {
    var out: [String] = []
    for word in text.split(whereSeparator: { !$0.isLetter }) {
      let lower = word.lowercased()
      if connectiveWords.contains(lower) { out.append(lower) }
    }
    return out
  }
}
