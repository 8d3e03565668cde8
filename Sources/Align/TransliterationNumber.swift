/// English ways of writing a number that a Thai name writes in words or digits, for the number
/// channel of `TransliterationScorer` (สิบห้า ↔ XV, ๒๘ ↔ XXVIII, ห้าสิบ ↔ L).
enum TransliterationNumber {
  /// The value of a Roman numeral in canonical form (XV, XL, MCMXC; not IIII or VX), or of
  /// plain digits (15), else nil.
  static func value(ofEnglish english: String) -> Int? {
    let scalars = Array(english.unicodeScalars)
    guard !scalars.isEmpty, scalars.count <= 12 else { return nil }
    if scalars.allSatisfy({ (0x30...0x39).contains($0.value) }) {
      return scalars.count <= 9 ? scalars.reduce(0) { $0 * 10 + Int($1.value - 0x30) } : nil
    }
    var total = 0
    var values: [Int] = []
    for s in scalars {
      guard let v = romanValues[s] else { return nil }
      values.append(v)
    }
    for (i, v) in values.enumerated() {
      if i + 1 < values.count, values[i + 1] > v { total -= v } else { total += v }
    }
    guard total > 0, total < 4000, roman(total) == english else { return nil }
    return total
  }

  static let romanValues: [Unicode.Scalar: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]

  /// The canonical Roman numeral of 1…3999.
  static func roman(_ value: Int) -> String {
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
      (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value, out = ""
    for (v, s) in table {
      while rest >= v {
        out += s
        rest -= v
      }
    }
    return out
  }
}
