extension NumberScanner {
  /// Thai month names, full and abbreviated, with their numbers.
  static let thaiMonthNames: [(name: [Unicode.Scalar], month: Int)] = [
    ("มกราคม", 1), ("กุมภาพันธ์", 2), ("มีนาคม", 3), ("เมษายน", 4), ("พฤษภาคม", 5), ("มิถุนายน", 6),
    ("กรกฎาคม", 7), ("สิงหาคม", 8), ("กันยายน", 9), ("ตุลาคม", 10), ("พฤศจิกายน", 11), ("ธันวาคม", 12),
    ("ม.ค.", 1), ("ก.พ.", 2), ("มี.ค.", 3), ("เม.ย.", 4), ("พ.ค.", 5), ("มิ.ย.", 6), ("ก.ค.", 7),
    ("ส.ค.", 8), ("ก.ย.", 9), ("ต.ค.", 10), ("พ.ย.", 11), ("ธ.ค.", 12),
  ].map { (Array($0.0.unicodeScalars), $0.1) }

  /// The months named in Thai text, in order (may repeat).
  static func thaiMonths(in text: String) -> [Int] {
    let s = scalars(of: text)
    var out: [Int] = []
    var i = 0
    outer: while i < s.count {
      for (name, month) in thaiMonthNames where s[i] == name[0] && i + name.count <= s.count {
        if s[i..<i + name.count].elementsEqual(name) {
          out.append(month)
          i += name.count
          continue outer
        }
      }
      i += 1
    }
    return out
  }

  /// พ.ศ., the Buddhist era.
  static let buddhistEra = Array("พ.ศ.".unicodeScalars)

  /// Whether the number starting at `start` comes right after a Thai month name (spaces and an
  /// optional พ.ศ. between): then a one- or two-digit number is a short Buddhist-era year.
  static func followsThaiMonth(_ s: [Unicode.Scalar], at start: Int) -> Bool {
    var k = start
    while k > 0, s[k - 1] == " " { k -= 1 }
    let era = buddhistEra
    if k >= era.count, s[k - era.count..<k].elementsEqual(era) {
      k -= era.count
      while k > 0, s[k - 1] == " " { k -= 1 }
    }
    return thaiMonthNames.contains { name, _ in k >= name.count && s[k - name.count..<k].elementsEqual(name) }
  }
}

extension NumberScanner {
  /// `$5m`, `£20k`: a one-letter multiplier glued to an amount of money.
  static func currencySuffix(_ s: [Unicode.Scalar], from j: Int) -> Int {
    guard j < s.count, j + 1 == s.count || !s[j + 1].properties.isAlphabetic else { return 0 }
    switch s[j] {
    case "m", "M": return 6
    case "k", "K": return 3
    default: return 0
    }
  }

  /// Whether a clock-time marker follows: `7 p.m.`, `7pm`, `7 a.m.`, `7 o'clock`.
  static func isClockTime(_ s: [Unicode.Scalar], from j: Int) -> Bool {
    var k = j
    while k < s.count, s[k] == " " { k += 1 }
    // The markers are ASCII and at most 7 long ("o'clock").
    switch asciiWord(s, from: k, limit: 7, allowing: { $0 == 0x2E || $0 == 0x27 }) {
    case .word(let word): return ["a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock"].contains(word)
    case .tooLong: return false
    case .unicode: break
    }
    var word = ""
    while k < s.count, s[k].properties.isAlphabetic || s[k] == "." || s[k] == "'" {
      word.unicodeScalars.append(s[k])
      k += 1
    }
    return ["a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock"].contains(word.lowercased())
  }
}
