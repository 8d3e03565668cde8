/// Whether two English renderings are variants of one name rather than two different names:
/// the same letters and digits (`Kim Jong Un`, `Kim Jong-un`), one's words inside the other's
/// (`Putin`, `Vladimir Putin`), word by word stems (`North Korea`, `North Korean`), or one the
/// initials of the other (`UN`, `United Nations`; `U.S.`, `United States`).
enum EnglishVariants {
  static func areVariants(_ a: String, _ b: String) -> Bool {
    let wa = words(a)
    let wb = words(b)
    if wa.joined() == wb.joined() { return true }
    let (short, long) = wa.count <= wb.count ? (wa, wb) : (wb, wa)
    if !short.isEmpty, Set(short).isSubset(of: Set(long)) { return true }
    if wa.count == wb.count, zip(wa, wb).allSatisfy({ sameStem($0, $1) }) { return true }
    for (x, y) in [(wa, wb), (wb, wa)] where x.count == 1 {
      let initials = y.filter { !["of", "the", "and", "for", "de", "la"].contains($0) }.compactMap(\.first)
      if initials.count >= 2, String(initials) == x[0] { return true }
    }
    return false
  }

  /// Lower-case words of letters and digits; dots and apostrophes dropped (`U.S.` → `us`,
  /// `Jong-un` → `jong`, `un`).
  static func words(_ text: String) -> [String] {
    text.lowercased().filter { $0 != "." && $0 != "'" && $0 != "’" }
      .split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  /// Russia/Russian, Ukraine/Ukrainian, Korea/Korean: a common prefix of at least four letters
  /// that covers the shorter word but for its last letter.
  static func sameStem(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    let common = zip(a, b).prefix { $0 == $1 }.count
    return common >= 4 && common >= min(a.count, b.count) - 1
  }
}
