/// Character classes of the Thai block (U+0E00–U+0E7F) that word-boundary decisions need.
///
/// All functions take a scalar value (`UInt32`) so that matchers can call them in tight loops
/// over normalized text without constructing `Unicode.Scalar`s.
public enum ThaiScalar {
  /// A Thai letter or mark that belongs inside a Thai word: consonants, vowels, tone marks and
  /// other signs (U+0E01–U+0E4E), but not ฯ (U+0E2F, abbreviation), ฿ (U+0E3F), ๆ (U+0E46,
  /// repetition), digits or the ornaments ๏ ๚ ๛. A neighbour that is not a Thai letter (space,
  /// punctuation, Latin, digit, ๆ, ฯ) always makes a word boundary.
  @inlinable
  public static func isLetter(_ value: UInt32) -> Bool {
    value >= 0x0E01 && value <= 0x0E4E && value != 0x0E2F && value != 0x0E3F && value != 0x0E46
  }

  /// A vowel or mark that is written after (or above/below) a consonant and so can neither start
  /// a word nor follow a word break: ะ ั า ำ ิ ี ึ ื ุ ู ฺ ๅ ็ ่ ้ ๊ ๋ ์ ํ ๎.
  @inlinable
  public static func isFollowing(_ value: UInt32) -> Bool {
    switch value {
    case 0x0E30...0x0E3A, 0x0E45, 0x0E47...0x0E4E: true
    default: false
    }
  }

  /// A leading vowel (เ แ โ ใ ไ), written before its consonant: a word cannot end after it.
  @inlinable
  public static func isLeadingVowel(_ value: UInt32) -> Bool {
    value >= 0x0E40 && value <= 0x0E44
  }

  /// A tone mark (mai ek, mai tho, mai tri, mai chattawa: U+0E48–U+0E4B).
  @inlinable
  public static func isToneMark(_ value: UInt32) -> Bool {
    value >= 0x0E48 && value <= 0x0E4B
  }

  /// The canonical combining class of a Thai scalar (Unicode: ุ ู 103, ฺ 9, tone marks 107;
  /// every other Thai scalar 0). Used for canonical (NFC/NFD) reordering of marks.
  @inlinable
  public static func combiningClass(_ value: UInt32) -> UInt8 {
    switch value {
    case 0x0E38, 0x0E39: 103
    case 0x0E3A: 9
    case 0x0E48...0x0E4B: 107
    default: 0
    }
  }

  /// A zero-width character that matching ignores: ZWSP, ZWNJ, ZWJ, WORD JOINER, BOM/ZWNBSP.
  @inlinable
  public static func isZeroWidth(_ value: UInt32) -> Bool {
    switch value {
    case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: true
    default: false
    }
  }

  /// A space that may stand between the words of a multi-word term: ASCII space, tab, NBSP and
  /// the Unicode spaces U+2000–U+200A, U+202F, U+205F, U+3000.
  @inlinable
  public static func isSpace(_ value: UInt32) -> Bool {
    switch value {
    case 0x20, 0x09, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }

  /// A hyphen that may split a transliterated name (คิม จอง-อึน): hyphen-minus, U+2010, U+2011.
  @inlinable
  public static func isHyphen(_ value: UInt32) -> Bool {
    value == 0x2D || value == 0x2010 || value == 0x2011
  }
}
