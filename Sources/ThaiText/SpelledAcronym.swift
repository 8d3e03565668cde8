/// Latin acronyms as Thai spells them out, letter name by letter name: เอฟบีไอ is FBI, ยูเอ็น is
/// UN, ดับเบิลยูเอชโอ is WHO. Thai news writes most acronyms this way, so a name tool must read
/// them: no sound model links "เอฟ-บี-ไอ" with "FBI".
///
///     SpelledAcronym.spells("FBI", "เอฟบีไอ")              // true
///     SpelledAcronym.firstRange(of: "WHO", in: "องค์การดับบลิวเอชโอระบุ") // the range of ดับบลิวเอชโอ
public enum SpelledAcronym {
  /// Thai spellings of the names of the letters A–Z (Royal Institute and news variants).
  static let letterNames: [[[Unicode.Scalar]]] = [
    ["เอ"], ["บี"], ["ซี"], ["ดี"], ["อี"], ["เอฟ"], ["จี"], ["เอช", "เอ็ช", "เฮช"], ["ไอ"], ["เจ"], ["เค"],
    ["แอล", "แอลล์"], ["เอ็ม", "เอม"], ["เอ็น", "เอน"], ["โอ"], ["พี"], ["คิว"], ["อาร์", "อา"], ["เอส", "เอ็ส"],
    ["ที"], ["ยู"], ["วี"], ["ดับเบิลยู", "ดับบลิว", "ดับเบิ้ลยู", "ดับลิว"], ["เอ็กซ์", "เอ็กซ", "เอกซ์"], ["วาย"],
    ["แซด", "ซี"],
  ].map { $0.map { Array($0.unicodeScalars) } }

  /// Whether `thai` is exactly `acronym` spelled out (dots, hyphens and spaces between letters
  /// allowed on either side).
  public static func spells(_ acronym: some StringProtocol, _ thai: some StringProtocol) -> Bool {
    guard let letters = self.letters(acronym) else { return false }
    let text = Array(thai.unicodeScalars.filter { !separators.contains($0.value) })
    return end(of: letters, in: text, from: 0) == text.count
  }

  /// The first place where `acronym` (2 or more letters) is spelled out in `thai`, not after a
  /// leading vowel and not before a vowel or tone mark that would make the last letter name part
  /// of another syllable (ดีที่สุด is not "DT"). Thai writes no space before a word, so the
  /// start is not required to be a word break: callers pair it with the acronym in the English.
  public static func firstRange(of acronym: some StringProtocol, in thai: String) -> Range<String.Index>? {
    guard let letters = self.letters(acronym), letters.count >= 2 else { return nil }
    let scalars = Array(thai.unicodeScalars)
    var start = 0
    while start < scalars.count {
      defer { start += 1 }
      if start > 0, ThaiScalar.isLeadingVowel(scalars[start - 1].value) { continue }
      guard let stop = end(of: letters, in: scalars, from: start, strict: true) else { continue }
      if stop < scalars.count, ThaiScalar.isFollowing(scalars[stop].value) { continue }
      let view = thai.unicodeScalars
      let lower = view.index(view.startIndex, offsetBy: start)
      return lower..<view.index(lower, offsetBy: stop - start)
    }
    return nil
  }

  /// Letter numbers (0–25) of an acronym, dots and hyphens skipped; nil when something else is in it.
  static func letters(_ acronym: some StringProtocol) -> [Int]? {
    var out: [Int] = []
    for scalar in acronym.unicodeScalars where !separators.contains(scalar.value) {
      switch scalar.value {
      case 0x41...0x5A: out.append(Int(scalar.value) - 0x41)
      case 0x61...0x7A: out.append(Int(scalar.value) - 0x61)
      default: return nil
      }
    }
    return out.isEmpty ? nil : out
  }

  /// `.`, `-`, space: written between spelled letters (เอฟ.บี.ไอ., F.B.I.).
  static let separators: Set<UInt32> = [0x2E, 0x2D, 0x20]

  /// Where the spelled `letters` end when they start at `from` (the longest reading), or nil.
  /// With `strict`, no separators are skipped (a search in running text).
  static func end(of letters: [Int], in text: [Unicode.Scalar], from: Int, strict: Bool = false) -> Int? {
    var ends: Set<Int> = [from]
    for letter in letters {
      var next: Set<Int> = []
      for at in ends {
        var at = at
        if !strict { while at < text.count, separators.contains(text[at].value) { at += 1 } }
        for name in letterNames[letter] where at + name.count <= text.count && text[at..<at + name.count].elementsEqual(name) {
          next.insert(at + name.count)
        }
      }
      guard !next.isEmpty else { return nil }
      ends = next
    }
    return ends.max()
  }
}
