/// Decides when two English renderings of one concept are forms of the same name rather than
/// competing renderings, for `inconsistent-target`: a noun and its adjective (Korea/Korean,
/// Ukraine/Ukrainian, China/Chinese) and a name and its initialism (United States/U.S./USA).
/// For places, adjectives are irregular (Turkey/Turkish, Spain/Spanish, France/French), so two
/// renderings whose last words share a prefix of three letters or more (at least half the shorter
/// word), or a listed irregular pair, are one form too. Anything else that differs, even only by
/// case or a hyphen (Kim Jong Un/Kim Jong-un, Kyiv/Kiev), competes.
enum RenderingForm {
  static let irregularAdjectives: Set<[String]> = [
    ["france", "french"], ["netherlands", "dutch"], ["switzerland", "swiss"], ["denmark", "danish"],
    ["wales", "welsh"], ["philippines", "filipino"], ["holland", "dutch"], ["ireland", "irish"],
  ]

  static let demonymSuffixes = ["n", "an", "ian", "ese", "i", "ish"]
  static let minorWords: Set<String> = ["of", "the", "and", "for"]

  static func sameForm(_ a: String, _ b: String, place: Bool = false) -> Bool {
    if a == b { return true }
    if isDemonym(a, b) || isDemonym(b, a) || isInitialism(a, of: b) || isInitialism(b, of: a) { return true }
    return place && isPlaceAdjective(a, b)
  }

  /// Same words but the last, whose lower-cased forms share a long enough prefix or are a
  /// listed irregular pair.
  static func isPlaceAdjective(_ a: String, _ b: String) -> Bool {
    let x = a.split(separator: " "), y = b.split(separator: " ")
    guard x.count == y.count, x.dropLast() == y.dropLast(), let p = x.last?.lowercased(), let q = y.last?.lowercased()
    else { return false }
    if irregularAdjectives.contains([p, q]) || irregularAdjectives.contains([q, p]) { return true }
    let common = zip(p, q).prefix { $0 == $1 }.count
    return common >= 3 && common * 2 >= min(p.count, q.count) && p.first?.isLetter == true
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
