/// The value of a number written in Thai words (สิบห้า = 15, ยี่สิบเอ็ด = 21, หนึ่งพัน = 1000,
/// หนึ่งโหล = 12) or in digits (๒๘, 28), for matching numbers written another way (XV).
///
///     ThaiNumberWords.value(of: "ยี่สิบเจ็ด")  // 27
///     ThaiNumberWords.value(of: "ห้าร้อย")    // 500
///     ThaiNumberWords.value(of: "สิบห้าบาท")  // nil (not only a number)
public enum ThaiNumberWords {
  /// The number `text` writes, or nil when it is not only a number (spaces are ignored).
  public static func value(of text: some StringProtocol) -> Int? {
    let scalars = Array(text.unicodeScalars.filter { $0 != " " })
    guard !scalars.isEmpty else { return nil }
    let digits = scalars.map(ThaiDigits.value(of:))
    if digits.allSatisfy({ $0 != nil }) {
      guard scalars.count <= 9 else { return nil }
      return digits.reduce(0) { $0 * 10 + $1! }
    }
    return words(scalars)
  }

  /// Words of digits and of powers of ten, in the order Thai reads them.
  static let digitWords: [(String, Int)] = [
    ("หนึ่ง", 1), ("เอ็ด", 1), ("สอง", 2), ("ยี่", 2), ("สาม", 3), ("สี่", 4), ("ห้า", 5), ("หก", 6),
    ("เจ็ด", 7), ("แปด", 8), ("เก้า", 9),
  ]
  static let powerWords: [(String, Int)] = [
    ("สิบ", 10), ("ร้อย", 100), ("พัน", 1000), ("หมื่น", 10_000), ("แสน", 100_000), ("ล้าน", 1_000_000),
    ("โหล", 12),
  ]

  /// Reads digit and power words: each power takes the digit before it (1 when none: สิบ = 10,
  /// ร้อย = 100; ยี่ only before สิบ, เอ็ด only last after สิบ or more), powers fall from left
  /// to right, ล้าน multiplies what comes before it.
  static func words(_ scalars: [Unicode.Scalar]) -> Int? {
    var rest = Substring(String(String.UnicodeScalarView(scalars)))
    var total = 0, millions = 0, digit: Int?, digitWord = "", lastPower = Int.max
    var read = 0
    while !rest.isEmpty {
      if let (word, value) = digitWords.first(where: { rest.hasPrefix($0.0) }) {
        guard digit == nil else { return nil }
        if word == "เอ็ด" && (read == 0 || lastPower == Int.max) { return nil }
        digit = value
        digitWord = word
        rest = rest.dropFirst(word.count)
      } else if let (word, value) = powerWords.first(where: { rest.hasPrefix($0.0) }) {
        if digitWord == "ยี่" && value != 10 { return nil }
        if value == 1_000_000 {
          millions = (millions + total + (digit ?? (total == 0 ? 1 : 0))) * 1_000_000
          total = 0
          lastPower = Int.max
        } else if value == 12 {
          // โหล (a dozen) ends the number: หนึ่งโหล, สองโหล.
          guard total == 0, millions == 0 else { return nil }
          total = (digit ?? 1) * 12
          rest = rest.dropFirst(word.count)
          return rest.isEmpty ? total : nil
        } else {
          guard value < lastPower else { return nil }
          total += (digit ?? 1) * value
          lastPower = value
        }
        digit = nil
        digitWord = ""
        rest = rest.dropFirst(word.count)
      } else {
        return nil
      }
      read += 1
    }
    if digitWord == "ยี่" { return nil }
    return millions + total + (digit ?? 0)
  }
}

