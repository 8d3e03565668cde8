/// Decides when two English renderings of one concept are forms of the same name rather than
/// competing renderings, for `inconsistent-target`: a noun and its adjective (Korea/Korean,
/// Ukraine/Ukrainian, China/Chinese) and a name and its initialism (United States/U.S./USA).
/// Anything else that differs, even only by case or a hyphen (Kim Jong Un/Kim Jong-un), competes.
enum RenderingForm {
  static let demonymSuffixes = ["n", "an", "ian", "ese", "i", "ish"]
  static let minorWords: Set<String> = ["of", "the", "and", "for"]

  static func sameForm(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    return isDemonym(a, b) || isDemonym(b, a) || isInitialism(a, of: b) || isInitialism(b, of: a)
  }

  /// `adjective` is `noun` with its last word turned into an adjective.
  static func isDemonym(_ noun: String, _ adjective: String) -> Bool {
    let n = noun.split(separator: " "), a = adjective.split(separator: " ")
    guard n.count == a.count, let x = n.last, let y = a.last, n.dropLast() == a.dropLast(),
      y.count > x.count
    else { return false }
    for suffix in demonymSuffixes {
      if y == x + suffix { return true }
      if let last = x.last, "aeo".contains(last), y == x.dropLast() + suffix { return true }
    }
    return false
  }

  /// `short` is the initials of the content words of `long` (dots allowed: U.S., UK, USA).
  static func isInitialism(_ short: String, of long: String) -> Bool {
    guard !short.contains(" "), long.contains(" ") else { return false }
    let letters = short.filter { $0 != "." }
    guard letters.count >= 2, letters.allSatisfy(\.isUppercase) else { return false }
    let initials = long.split(separator: " ")
      .filter { !minorWords.contains($0.lowercased()) }
      .compactMap(\.first)
      .map { String($0).uppercased() }
      .joined()
    // USA for United States: the initials may be followed by more letters.
    return initials.count >= 2 && letters.hasPrefix(initials)
  }
}
