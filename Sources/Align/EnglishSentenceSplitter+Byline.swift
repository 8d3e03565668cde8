extension EnglishSentenceSplitter {
  // MARK: - Bylines run into the text

  /// Whether a byline starts at token `k`: `By` and one to three capitalised name words
  /// (`By Jane Doe`, `By Mary-Ann O'Neil,`), then the end of the text, a dash, a bracket or a
  /// capitalised word (a dateline or the first sentence: `By Jane Doe WASHINGTON (Reuters) -`).
  /// A headline pasted with its byline (`… dive in California By Jane Doe The attack …`) ends
  /// before it; in Title Case (`Man Killed By Police`) the word before is capitalised, and
  /// `by` in a sentence is written in lower case.
  static func startsByline(_ text: String, _ tokens: [Range<String.Index>], _ k: Int) -> Bool {
    guard k < tokens.count, text[tokens[k]] == "By" else { return false }
    return bylineNameEnd(text, tokens, from: k + 1) != nil
  }

  /// Whether token `k` is the last word of a byline (`… By Jane Doe | The attack …`), so that a
  /// capitalised word after it starts a sentence.
  static func endsByline(_ text: String, _ tokens: [Range<String.Index>], _ k: Int) -> Bool {
    for start in stride(from: k - 1, through: max(0, k - 3), by: -1) where text[tokens[start]] == "By" {
      return bylineNameEnd(text, tokens, from: start + 1) == k
    }
    return false
  }

  /// The last token of the name after `By` (one to three capitalised words, the last one may
  /// carry a comma), when what follows fits a byline; nil otherwise.
  static func bylineNameEnd(_ text: String, _ tokens: [Range<String.Index>], from k: Int) -> Int? {
    var i = k
    while i < tokens.count, i < k + 3 {
      var word = text[tokens[i]]
      let comma = word.last == ","
      if comma { word = word.dropLast() }
      guard let first = word.first, first.isUppercase, word.count >= 2, word.contains(where: \.isLowercase),
        word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." })
      else { break }
      i += 1
      if comma { break }
    }
    guard i > k else { return nil }
    // The name ends the text, or is followed by a dash, a bracket or a capitalised word.
    if i == tokens.count { return i - 1 }
    let next = text[tokens[i]]
    guard isDash(next) || next.first == "(" || next.first?.isUppercase == true || startsSentence(next) else {
      return nil
    }
    return i - 1
  }
}
