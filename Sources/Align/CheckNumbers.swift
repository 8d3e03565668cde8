import ThaiText

/// A number as a canonical decimal: `digits × 10^exponent`, `digits` without leading or trailing
/// zeros ("0" for zero), so 15,000 = 15000 = ๑๕,๐๐๐ = 15 thousand compare equal.
struct NumberValue: Hashable {
  var digits: String
  var exponent: Int

  init(integer: String, fraction: String = "", scale: Int = 0) {
    var all = Substring(integer + fraction).drop { $0 == "0" }
    var exponent = scale - fraction.count
    while all.last == "0" {
      all.removeLast()
      exponent += 1
    }
    if all.isEmpty {
      digits = "0"
      self.exponent = 0
    } else {
      digits = String(all)
      self.exponent = exponent
    }
  }

  /// The value as an integer, when it is one and small.
  var integer: Int? {
    guard exponent >= 0, digits.count + exponent <= 15, let d = Int(digits) else { return nil }
    var v = d
    for _ in 0..<exponent { v *= 10 }
    return v
  }

  /// The Gregorian year a Thai Buddhist-era year (2400–2700) stands for (BE − 543).
  var gregorianFromBuddhist: NumberValue? {
    guard let v = integer, (2400...2700).contains(v) else { return nil }
    return NumberValue(integer: String(v - 543))
  }
}

/// A number found in a segment: as written, and its value.
struct NumberToken: Hashable {
  var text: String
  var value: NumberValue
  /// Spelled as a word ("two", "third"): may satisfy a Thai digit, is never reported itself.
  var isWord = false
  /// A one- or two-digit year of the Buddhist era after a Thai month (ส.ค. 68 = 2568 = 2025).
  var isShortYear = false

  /// The values the number may stand for in the other language.
  var alternatives: [NumberValue] {
    var out = [value]
    if let gregorian = value.gregorianFromBuddhist { out.append(gregorian) }
    if isShortYear, let v = value.integer {
      out += [NumberValue(integer: String(2500 + v)), NumberValue(integer: String(1957 + v))]
    }
    return out
  }
}

/// Finds numbers in Thai and English segments and compares them.
///
/// Digits are ASCII or Thai (๐–๙); `,` between groups of three is a thousands separator, `.`
/// before digits a decimal point (but `10.30 น.` is a time: 10 and 30). A Thai multiplier word
/// after a number scales it (พัน, หมื่น, แสน, ล้าน, พันล้าน), as does an English one (thousand,
/// million, billion, trillion). A Thai year of the Buddhist era (2400–2700) also matches the
/// Gregorian year 543 less (2568 = 2025), and a two-digit year after a Thai month is one too
/// (13 ส.ค. 68 = 2025). English number words (two, fifteen, third) and month names (August) may
/// stand for a Thai digit, Thai month names (สิงหาคม, ส.ค.) for an English digit (13/8/2025);
/// other English digits without a Thai counterpart are reported.
enum NumberScanner {
  static let thaiMultipliers: [(word: [Unicode.Scalar], exponent: Int)] = [
    ("พันล้าน", 9), ("ล้าน", 6), ("แสน", 5), ("หมื่น", 4), ("พัน", 3),
  ].map { (Array($0.0.unicodeScalars), $0.1) }
  static let englishMultipliers: [String: Int] = [
    "thousand": 3, "million": 6, "billion": 9, "trillion": 12, "bn": 9, "tn": 12, "trn": 12,
  ]
  static let englishWords: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "once": 1, "twice": 2,
    // Months ("may" left out: the verb is far more common).
    "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
    "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
  ]

  /// The numbers written with digits in `text`.
  static func digitNumbers(in text: String, thai: Bool) -> [NumberToken] {
    let s = scalars(of: text)
    var out: [NumberToken] = []
    var i = 0
    func isDigit(_ k: Int) -> Bool { k < s.count && ThaiDigits.value(of: s[k]) != nil }
    func digitString(_ r: Range<Int>) -> String {
      // ASCII digits as bytes: no scalar view to append to, no intermediate array.
      String(unsafeUninitializedCapacity: r.count) { buffer in
        var n = 0
        for k in r {
          guard let d = ThaiDigits.value(of: s[k]) else { continue }
          buffer[n] = UInt8(48 + d)
          n += 1
        }
        return n
      }
    }
    while i < s.count {
      guard isDigit(i) else { i += 1; continue }
      let start = i
      var integer = ""
      var j = i
      while isDigit(j) { j += 1 }
      integer = digitString(i..<j)
      // Thousands groups: ",ddd" not followed by another digit.
      while j + 3 < s.count + 0, s[j] == ",", isDigit(j + 1), isDigit(j + 2), isDigit(j + 3), !isDigit(j + 4) {
        integer += digitString(j + 1..<j + 4)
        j += 4
      }
      var fraction = ""
      if j + 1 < s.count, s[j] == ".", isDigit(j + 1) {
        var k = j + 1
        while isDigit(k) { k += 1 }
        let frac = digitString(j + 1..<k)
        if thai, isThaiTimeSuffix(s, from: k) {
          out.append(NumberToken(text: string(s, start..<j), value: NumberValue(integer: integer)))
          // 6.00 น. is "6 a.m.": zero minutes need no counterpart.
          if frac.contains(where: { $0 != "0" }) { out.append(NumberToken(text: frac, value: NumberValue(integer: frac))) }
          i = k
          continue
        }
        fraction = frac
        j = k
      }
      let written = string(s, start..<j)
      var scale = thai ? thaiMultiplier(s, from: j) : englishMultiplier(s, from: j)
      if !thai, scale == 0, start > 0, "$€£¥".unicodeScalars.contains(s[start - 1]) { scale = currencySuffix(s, from: j) }
      var token = NumberToken(text: written, value: NumberValue(integer: integer, fraction: fraction, scale: scale))
      token.isShortYear = thai && integer.count <= 2 && fraction.isEmpty && scale == 0 && followsThaiMonth(s, at: start)
      // Zero minutes (11:00) and English clock times (7 p.m., which Thai often writes in words:
      // หนึ่งทุ่ม) may match a Thai number but are not reported on their own.
      token.isWord = written.allSatisfy { $0 == "0" } && written.count == 2 || (!thai && isClockTime(s, from: j))
      out.append(token)
      i = j
    }
    return out
  }

  /// English number words ("two", "fifteen million"); they only ever satisfy Thai digits.
  static func wordNumbers(in text: String) -> [NumberToken] {
    var out: [NumberToken] = []
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
    for (n, word) in words.enumerated() {
      guard let v = englishWords[String(word)] else { continue }
      var scale = 0
      if n + 1 < words.count, let m = englishMultipliers[String(words[n + 1])] { scale = m }
      out.append(NumberToken(text: String(word), value: NumberValue(integer: String(v), scale: scale), isWord: true))
    }
    return out
  }

  static func isThaiTimeSuffix(_ s: [Unicode.Scalar], from k: Int) -> Bool {
    var k = k
    while k < s.count, s[k] == " " { k += 1 }
    return k + 1 < s.count && s[k] == "น" && s[k + 1] == "."
  }

  static func thaiMultiplier(_ s: [Unicode.Scalar], from j: Int) -> Int {
    var k = j
    while k < s.count, s[k] == " " { k += 1 }
    for (word, exponent) in thaiMultipliers where k + word.count <= s.count {
      guard s[k..<k + word.count].elementsEqual(word) else { continue }
      // พันธมิตร, พันธุ์: not a multiplier.
      if word.count == 3, k + 3 < s.count, s[k + 3] == "ธ" { return 0 }
      return exponent
    }
    return 0
  }

  static func englishMultiplier(_ s: [Unicode.Scalar], from j: Int) -> Int {
    var k = j
    while k < s.count, s[k] == " " || s[k] == "-" { k += 1 }
    // The words are ASCII and at most 8 letters ("thousand", "trillion").
    switch asciiWord(s, from: k, limit: 8, allowing: { _ in false }) {
    case .word(let word): return englishMultipliers[word] ?? 0
    case .tooLong: return 0
    case .unicode: break
    }
    var word = ""
    while k < s.count, s[k].properties.isAlphabetic { word.unicodeScalars.append(s[k]); k += 1 }
    return englishMultipliers[word.lowercased()] ?? 0
  }

  /// Whether `text` has an ASCII digit or a Thai one (๐–๙, UTF-8 E0 B9 90–99), from its bytes.
  static func hasDigit(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { hasDigit(bytes: $0) }
  }

  /// Compares the numbers of a pair: the Thai numbers the English lacks, and the English
  /// digit numbers the Thai lacks.
  static func compare(th: String, en: String) -> (missing: [NumberToken], extra: [NumberToken]) {
    let thai = hasDigit(th) ? digitNumbers(in: th, thai: true) : []
    var english = hasDigit(en) ? digitNumbers(in: en, thai: false) : []
    guard !thai.isEmpty || !english.isEmpty else { return ([], []) }
    var used = [Bool](repeating: false, count: english.count)
    func match(_ numbers: [NumberToken]) -> [NumberToken] {
      numbers.filter { number in
        for value in number.alternatives {
          if let k = english.indices.first(where: { !used[$0] && english[$0].value == value }) {
            used[k] = true
            return false
          }
        }
        return true
      }
    }
    // Digits first; English number words only for what the digits leave unmatched.
    var missing = match(thai).filter { !$0.isWord }
    var extra = english.indices.filter { !used[$0] && !english[$0].isWord }.map { english[$0] }
    if !extra.isEmpty {
      var months = thaiMonths(in: th)
      extra = extra.filter { number in
        guard let v = number.value.integer, let k = months.firstIndex(of: v) else { return true }
        months.remove(at: k)
        return false
      }
    }
    if !missing.isEmpty {
      english = wordNumbers(in: en)
      used = [Bool](repeating: false, count: english.count)
      missing = match(missing)
    }
    return (missing, extra)
  }
}
