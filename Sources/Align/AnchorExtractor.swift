import ThaiText

/// One piece of anchor evidence found in a piece of text: a kind and a normalized value that
/// the other language writes the same way (`15000`, `kcna`, month `8`).
struct AnchorItem: Hashable, Sendable {
  var kind: AnchorKind
  var value: String
}

/// Finds the language-independent anchors (numbers, Latin tokens, dates, quotes and brackets)
/// in Thai and English text.
enum AnchorExtractor {
  static let thaiMonths: [(String, Int)] = [
    ("มกราคม", 1), ("กุมภาพันธ์", 2), ("มีนาคม", 3), ("เมษายน", 4), ("พฤษภาคม", 5), ("มิถุนายน", 6),
    ("กรกฎาคม", 7), ("สิงหาคม", 8), ("กันยายน", 9), ("ตุลาคม", 10), ("พฤศจิกายน", 11), ("ธันวาคม", 12),
    ("ม.ค.", 1), ("ก.พ.", 2), ("มี.ค.", 3), ("เม.ย.", 4), ("พ.ค.", 5), ("มิ.ย.", 6), ("ก.ค.", 7),
    ("ส.ค.", 8), ("ก.ย.", 9), ("ต.ค.", 10), ("พ.ย.", 11), ("ธ.ค.", 12),
  ]
  static let thaiWeekdays: [(String, Int)] = [
    ("วันจันทร์", 1), ("วันอังคาร", 2), ("วันพุธ", 3), ("วันพฤหัส", 4), ("วันศุกร์", 5), ("วันเสาร์", 6),
    ("วันอาทิตย์", 7),
  ]
  /// Month and weekday names as scalars, with their values (`m8`, `d2`).
  static let thaiDateNames: [([Unicode.Scalar], String)] =
    thaiMonths.map { (Array($0.0.unicodeScalars), "m\($0.1)") } + thaiWeekdays.map { (Array($0.0.unicodeScalars), "d\($0.1)") }
  static let thaiDateFirstScalars = Set(thaiDateNames.map { $0.0[0] })

  static let englishMonths: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
  ]
  static let englishWeekdays: [String: Int] = [
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
  ]

  /// Anchors in a piece of Thai text.
  static func thai(_ text: Substring) -> [AnchorItem] {
    var out = numbers(in: text, buddhistYears: true)
    for token in latinTokens(in: text) where token.count >= 2 {
      out.append(AnchorItem(kind: .latin, value: token))
    }
    let scalars = Array(text.unicodeScalars)
    for i in scalars.indices where thaiDateFirstScalars.contains(scalars[i]) {
      for (name, value) in thaiDateNames where scalars[i...].starts(with: name) {
        out.append(AnchorItem(kind: .dates, value: value))
      }
    }
    out += punctuation(in: text)
    return out
  }

  /// Anchors in a piece of English text.
  static func english(_ text: Substring) -> [AnchorItem] {
    var out = numbers(in: text, buddhistYears: false)
    for token in latinTokens(in: text) {
      out.append(AnchorItem(kind: .latin, value: token))
      if let m = englishMonths[token], token != "may" || text.contains("May") {
        out.append(AnchorItem(kind: .dates, value: "m\(m)"))
      }
      if let d = englishWeekdays[token] { out.append(AnchorItem(kind: .dates, value: "d\(d)")) }
    }
    out += punctuation(in: text)
    return out
  }

  /// Numbers, normalized: Thai digits to ASCII, thousands separators dropped (`15,000` →
  /// `15000`), a Buddhist-era year also as its Common-era year (2568 → 2025).
  static func numbers(in text: Substring, buddhistYears: Bool) -> [AnchorItem] {
    var out: [AnchorItem] = []
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count {
      guard let d = ThaiDigits.value(of: scalars[i]) else {
        i += 1
        continue
      }
      var digits = String(d)
      var j = i + 1
      while j < scalars.count {
        if let v = ThaiDigits.value(of: scalars[j]) {
          digits.append(String(v))
          j += 1
        } else if (scalars[j] == "," || scalars[j] == "."), j + 1 < scalars.count,
          ThaiDigits.value(of: scalars[j + 1]) != nil
        {
          if scalars[j] == "." { digits.append(".") }
          j += 1
        } else {
          break
        }
      }
      out.append(AnchorItem(kind: .numbers, value: digits))
      if buddhistYears, let year = Int(digits), (2400...2700).contains(year) {
        out.append(AnchorItem(kind: .numbers, value: String(year - 543)))
      }
      i = j
    }
    return out
  }

  /// Lower-cased runs of ASCII letters and digits that contain a letter (`kcna`, `g20`).
  static func latinTokens(in text: Substring) -> [String] {
    var out: [String] = []
    var current = String.UnicodeScalarView()
    var hasLetter = false
    func flush() {
      if hasLetter { out.append(String(current)) }
      current = String.UnicodeScalarView()
      hasLetter = false
    }
    for s in text.unicodeScalars {
      switch s.value {
      case 0x41...0x5A:
        current.append(Unicode.Scalar(s.value + 0x20)!)
        hasLetter = true
      case 0x61...0x7A:
        current.append(s)
        hasLetter = true
      case 0x30...0x39: current.append(s)
      default: flush()
      }
    }
    flush()
    return out
  }

  /// Quotation marks and brackets: one item per kind present.
  static func punctuation(in text: Substring) -> [AnchorItem] {
    var quote = false
    var bracket = false
    for s in text.unicodeScalars {
      switch s {
      case "\"", "“", "”": quote = true
      case "(", ")", "[", "]": bracket = true
      default: break
      }
    }
    var out: [AnchorItem] = []
    if quote { out.append(AnchorItem(kind: .punctuation, value: "quote")) }
    if bracket { out.append(AnchorItem(kind: .punctuation, value: "bracket")) }
    return out
  }
}
