internal import CThai

/// Places where libthai can never put a word break, known from the characters alone.
///
/// libthai's dictionary breaker (`th_brk_find_breaks`, maximal matching) first marks, in each
/// run of Thai letters it breaks, the positions where a word may start at all (from character
/// classes: a consonant not bound to the cluster before it, a leading vowel, ฤ, ฦ — skipping the
/// consonant after a leading vowel, the letters before a THANTHAKHAT, a consonant after MAI HAN
/// AKAT or SARA UEE, and so on), and it puts breaks only at marked positions (a dictionary word
/// ends there, or its recovery from unknown words restarts there). This enum computes the same
/// marks, with libthai's own character classification (`th_isthcons` and friends), so a matcher
/// can answer "no break" at an unmarked position without calling libthai: the verdict is the
/// one libthai would give (tested against libthai on every position of the NTREX dev text).
///
///     // เกาหลี: never a break after เ, before the า, or before the ี
///     LibthaiBreakRule.possibleBreaks(in: scalars)   // [true, false, false, true, true, false]
public enum LibthaiBreakRule {
  /// Runs longer than this are left undecided (all `true`): a matcher may give libthai only a
  /// part of a long run, whose marks could differ near where the part starts.
  public static let maximumRun = 128

  private static let consonant: UInt8 = 1
  private static let leadingVowel: UInt8 = 2
  private static let upperVowel: UInt8 = 4
  private static let tone: UInt8 = 8
  /// A character libthai breaks as Thai (its break class THAI): U+0E01–U+0E2E, U+0E30–U+0E3A,
  /// U+0E40–U+0E45, U+0E47–U+0E4E.
  private static let thai: UInt8 = 16

  /// Classes of U+0E00–U+0E7F from libthai's classification of the TIS-620 code.
  private static let classes: [UInt8] = (0..<0x80).map { (k: Int) -> UInt8 in
    let value = 0x0E00 + UInt32(k)
    guard value >= 0x0E01 && value <= 0x0E5B else { return 0 }
    let tis = UInt8(value - 0x0E00 + 0xA0)
    var c: UInt8 = 0
    if th_isthcons(tis) != 0 { c |= consonant }
    if th_isldvowel(tis) != 0 { c |= leadingVowel }
    if th_isupvowel(tis) != 0 { c |= upperVowel }
    if th_isthtone(tis) != 0 { c |= tone }
    switch value {
    case 0x0E01...0x0E2E, 0x0E30...0x0E3A, 0x0E40...0x0E45, 0x0E47...0x0E4E: c |= thai
    default: break
    }
    return c
  }

  @inline(__always)
  private static func cls(_ value: UInt32) -> UInt8 {
    value >= 0x0E00 && value < 0x0E80 ? classes[Int(value - 0x0E00)] : 0
  }

  /// For each offset `k` of `scalars` (normalized text): `false` when libthai, given the whole
  /// run of Thai letters (`ThaiScalar.isLetter`) around `k`, certainly puts no break before
  /// `scalars[k]` (`k` strictly inside a run of at most `maximumRun` letters, all of libthai's
  /// Thai break class); `true` otherwise (a break may be there; run ends always `true`).
  ///
  /// - Complexity: O(n), one pass.
  public static func possibleBreaks(in scalars: UnsafeBufferPointer<UInt32>) -> [Swift.Bool] {
    let n = scalars.count
    var out = [Swift.Bool](repeating: true, count: n)
    out.withUnsafeMutableBufferPointer { marks in
      var i = 0
      while i < n {
        guard ThaiScalar.isLetter(scalars[i]) else {
          i += 1
          continue
        }
        var end = i + 1
        var allThai = cls(scalars[i]) & thai != 0
        while end < n, ThaiScalar.isLetter(scalars[end]) {
          allThai = allThai && cls(scalars[end]) & thai != 0
          end += 1
        }
        if allThai && end - i <= maximumRun {
          mark(UnsafeBufferPointer(rebasing: scalars[i..<end]), into: UnsafeMutableBufferPointer(rebasing: marks[i..<end]))
          marks[i] = true
        }
        i = end
      }
    }
    return out
  }

  /// Marks the positions of one run where libthai's breaker may break (the rest `false`).
  private static func mark(_ s: UnsafeBufferPointer<UInt32>, into hint: UnsafeMutableBufferPointer<Swift.Bool>) {
    let len = s.count
    for k in 0..<len { hint[k] = false }
    let thanthakhat: UInt32 = 0x0E4C, maitaikhu: UInt32 = 0x0E47, koKai: UInt32 = 0x0E01
    let oAng: UInt32 = 0x0E2D, woWaen: UInt32 = 0x0E27, maiHanAkat: UInt32 = 0x0E31
    let saraUee: UInt32 = 0x0E37, saraAA: UInt32 = 0x0E32, saraA: UInt32 = 0x0E30
    func isTone(_ v: UInt32) -> Swift.Bool { cls(v) & tone != 0 }
    var i = 0
    while i < len {
      let c = s[i]
      let k = cls(c)
      if k & consonant != 0 {
        if i + 1 < len && s[i + 1] == thanthakhat {
          i += 2  // consonant + THANTHAKHAT: silent, part of the syllable before
        } else if i + 2 < len && s[i + 2] == thanthakhat {
          i += 3  // consonant + one letter + THANTHAKHAT
        } else if i + 2 < len && c != koKai && s[i + 1] == maitaikhu && (s[i + 2] == oAng || s[i + 2] == woWaen) {
          hint[i] = true
          i += 4  // consonant + MAITAIKHU + O ANG / WO WAEN + final consonant
        } else if (i > 0 && (s[i - 1] == maiHanAkat || s[i - 1] == saraUee))
          || (i > 1 && isTone(s[i - 1]) && (s[i - 2] == maiHanAkat || s[i - 2] == saraUee))
        {
          i += 1  // the final consonant after MAI HAN AKAT / SARA UEE
        } else {
          hint[i] = true
          i += 1
        }
      } else if c == 0x0E40 || c == 0x0E41 {
        hint[i] = true
        i += 2  // SARA E / SARA AE + its consonant
        if i >= len { break }
        if s[i] == maitaikhu {
          i += 2
        } else if cls(s[i]) & upperVowel != 0 {
          i += 1
          if i < len && isTone(s[i]) { i += 1 }
          i += 1
        } else if i + 2 < len
          && ((s[i + 1] == saraAA && s[i + 2] == saraA)
            || (s[i] != koKai && s[i + 1] == maitaikhu && s[i + 2] != oAng && s[i + 2] != woWaen))
        {
          i += 3
        }
      } else if k & leadingVowel != 0 {
        hint[i] = true
        i += 2
      } else if c == 0x0E24 || c == 0x0E26 {
        hint[i] = true
        i += 1
      } else {
        i += 1
      }
    }
  }
}
