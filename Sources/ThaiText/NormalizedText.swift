/// Text normalized for matching, with a map from every normalized scalar back to the original.
///
/// Matching works on the normalized scalars; results are reported in the original text, which is
/// never changed (TMX and reports keep the user's bytes). The normalization is what Thai needs,
/// implemented here without Foundation or ICU:
///
/// - SARA AM typed as NIKHAHIT + SARA AA (U+0E4D U+0E32) becomes U+0E33; so do the orders
///   NIKHAHIT + tone + SARA AA and tone + NIKHAHIT + SARA AA, which become tone + U+0E33 (the
///   canonical order: consonant, tone mark, SARA AM).
/// - Two SARA E (`เเ`, U+0E40 U+0E40) become SARA AE (`แ`, U+0E41).
/// - Zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) are dropped; where a
///   ZERO WIDTH SPACE was dropped, `hasBreakHint(at:)` says the writer marked a word break.
/// - Thai marks are put in canonical order (what NFC does for Thai: SARA U/UU, PHINTHU and the
///   tone marks have non-zero combining classes), and a tone mark typed before an above vowel
///   (ก่ี) is moved after it (กี่), the spelling every Thai keyboard layout intends.
/// - Thai digits ๐–๙ become ASCII digits, so numbers compare equal whichever digits are used.
///
/// Scalars of other scripts are left exactly as they are (no NFC composition of Latin
/// letters: the English matcher works on original text).
///
///     let n = NormalizedText("น\u{E49}\u{E4D}\u{E32}\u{200B}เเข็ง")
///     n.string                      // "น้ำแข็ง" (7 scalars instead of 9)
///     n.hasBreakHint(at: 3)         // true: a ZWSP stood before แ
///     n.originalScalarRange(0..<3)  // 0..<4: น ้ ํ า in the original
public struct NormalizedText: Sendable {
  /// The original text, unchanged.
  public let original: String
  /// The normalized scalar values.
  public private(set) var scalars: [UInt32]
  /// For each normalized scalar (and one past the end), the UTF-8 offset in `original` of the
  /// first original scalar it came from.
  private var utf8Offsets: [Int32]
  /// For each normalized scalar (and one past the end), the Unicode scalar offset in `original`.
  private var scalarOffsets: [Int32]
  /// Normalized offsets before which a ZERO WIDTH SPACE was dropped (ascending).
  public private(set) var breakHints: [Int]

  /// Normalizes `text`.
  ///
  /// - Complexity: O(n) in the length of `text`.
  public init(_ text: String) {
    self.init(text, offsets: true)
  }

  private init(_ text: String, offsets: Bool) {
    original = text
    var text = text
    var hints: [Int] = []
    var normalized: [UInt32] = []
    var utf8Map: [Int32] = []
    var scalarMap: [Int32] = []
    text.withUTF8 { bytes in
      // The normalized text has at most as many scalars as the original: one per lead byte.
      var capacity = 0
      for byte in bytes where byte & 0xC0 != 0x80 { capacity += 1 }
      let mapCapacity = offsets ? capacity + 1 : 0
      var count = 0
      utf8Map = [Int32](unsafeUninitializedCapacity: mapCapacity) { u8, u8Count in
        scalarMap = [Int32](unsafeUninitializedCapacity: mapCapacity) { sc, scCount in
          normalized = [UInt32](unsafeUninitializedCapacity: capacity) { out, outCount in
            count = Self.normalize(
              bytes, into: out.baseAddress, utf8Offsets: u8.baseAddress, scalarOffsets: sc.baseAddress,
              offsets: offsets, hints: &hints)
            outCount = count
          }
          scCount = offsets ? count + 1 : 0
        }
        u8Count = offsets ? count + 1 : 0
      }
    }
    scalars = normalized
    utf8Offsets = utf8Map
    scalarOffsets = scalarMap
    breakHints = hints
  }

  /// The normalized scalars of `text` alone, without offset maps (for glossary terms).
  public static func scalars(of text: String) -> [UInt32] {
    NormalizedText(text, offsets: false).scalars
  }

  /// Decodes `bytes` (valid UTF-8) and normalizes it into `out` (room for one scalar per
  /// original scalar); with `offsets`, writes the UTF-8 and scalar offset maps (one more entry
  /// than scalars: the end). Returns the number of normalized scalars.
  private static func normalize(
    _ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt32>?,
    utf8Offsets u8: UnsafeMutablePointer<Int32>?, scalarOffsets sc: UnsafeMutablePointer<Int32>?,
    offsets: Bool, hints: inout [Int]
  ) -> Int {
    guard let s = out else { return 0 }
    var count = 0
    var scalarOffset: Int32 = 0
    var i = 0
    let n = bytes.count
    @inline(__always) func push(_ value: UInt32, _ utf8Offset: Int, _ scalarOffset: Int32) {
      s[count] = value
      if offsets {
        u8.unsafelyUnwrapped[count] = Int32(truncatingIfNeeded: utf8Offset)
        sc.unsafelyUnwrapped[count] = scalarOffset
      }
      count += 1
    }
    while i < n {
      let utf8Offset = i
      let decoded = UTF8Decoding.scalar(in: bytes, at: i)
      var value = decoded.value
      i += decoded.length
      defer { scalarOffset += 1 }
      if value < 0x0E00 || (value <= 0x0E2F && value != 0x0E00) {
        // Fast path: ASCII and Latin etc. are kept as they are, and so are Thai consonants
        // (U+0E01–U+0E2F: not marks, nothing to combine or reorder).
        push(value, utf8Offset, scalarOffset)
        continue
      }
      if ThaiScalar.isZeroWidth(value) {
        if value == 0x200B, hints.last != count { hints.append(count) }
        continue
      }
      switch value {
      case 0x0E32 where count > 0 && s[count - 1] == 0x0E4D:
        // NIKHAHIT + SARA AA (possibly with the tone already before NIKHAHIT) → SARA AM.
        s[count - 1] = 0x0E33
        continue
      case 0x0E32 where count > 1 && s[count - 2] == 0x0E4D && ThaiScalar.isToneMark(s[count - 1]):
        // NIKHAHIT + tone + SARA AA → tone + SARA AM.
        s[count - 2] = s[count - 1]
        s[count - 1] = 0x0E33
        continue
      case 0x0E40 where count > 0 && s[count - 1] == 0x0E40:
        s[count - 1] = 0x0E41
        continue
      case 0x0E50...0x0E59:
        value = value - 0x0E50 + 0x30
      default:
        break
      }
      push(value, utf8Offset, scalarOffset)
      reorderLast(s, count)
    }
    if offsets {
      u8.unsafelyUnwrapped[count] = Int32(truncatingIfNeeded: n)
      sc.unsafelyUnwrapped[count] = scalarOffset
    }
    return count
  }

  /// Moves the last of the `count` scalars left past marks that must follow it.
  @inline(__always)
  private static func reorderLast(_ s: UnsafeMutablePointer<UInt32>, _ count: Int) {
    var i = count - 1
    let value = s[i]
    let ccc = ThaiScalar.combiningClass(value)
    if ccc > 0 {
      // Canonical ordering: a mark with a lower combining class goes before a higher one.
      while i > 0 {
        let before = ThaiScalar.combiningClass(s[i - 1])
        guard before > ccc else { break }
        (s[i - 1], s[i]) = (s[i], s[i - 1])
        i -= 1
      }
    } else if value == 0x0E31 || (0x0E34...0x0E37).contains(value) || value == 0x0E47 {
      // Above vowel typed after the tone mark: ก + ่ + ี → ก + ี + ่.
      if i > 0, ThaiScalar.isToneMark(s[i - 1]) { (s[i - 1], s[i]) = (s[i], s[i - 1]) }
    }
  }

  /// The number of normalized scalars.
  public var count: Int { scalars.count }

  /// The normalized text as a `String` (for display and tests; matchers use `scalars`).
  public var string: String {
    var view = String.UnicodeScalarView()
    for value in scalars { if let s = Unicode.Scalar(value) { view.append(s) } }
    return String(view)
  }

  /// Whether a ZERO WIDTH SPACE was dropped right before normalized offset `offset`.
  ///
  /// - Complexity: O(log h) in the number of hints.
  public func hasBreakHint(at offset: Int) -> Bool {
    if breakHints.isEmpty { return false }
    var lo = 0
    var hi = breakHints.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if breakHints[mid] < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < breakHints.count && breakHints[lo] == offset
  }

  /// The Unicode scalar offset in `original` where normalized offset `offset` starts
  /// (`count` maps to the end of the original).
  public func originalScalarOffset(_ offset: Int) -> Int { Int(scalarOffsets[offset]) }

  /// The UTF-8 offset in `original` where normalized offset `offset` starts.
  public func originalUTF8Offset(_ offset: Int) -> Int { Int(utf8Offsets[offset]) }

  /// The range in original Unicode scalar offsets of a normalized range. A range never takes in
  /// zero-width characters dropped just after its last scalar.
  public func originalScalarRange(_ range: Range<Int>) -> Range<Int> {
    let bounds = originalBounds(range)
    return bounds.scalars
  }

  /// The range in `original` of a normalized range (see `originalScalarRange(_:)`).
  public func originalRange(_ range: Range<Int>) -> Range<String.Index> {
    let bounds = originalBounds(range).utf8
    let utf8 = original.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: bounds.lowerBound)
    let upper = utf8.index(lower, offsetBy: bounds.count)
    return lower..<upper
  }

  private func originalBounds(_ range: Range<Int>) -> (utf8: Range<Int>, scalars: Range<Int>) {
    let lower8 = Int(utf8Offsets[range.lowerBound])
    let lower = Int(scalarOffsets[range.lowerBound])
    var upper8 = Int(utf8Offsets[range.upperBound])
    var upper = Int(scalarOffsets[range.upperBound])
    guard range.upperBound > range.lowerBound else { return (lower8..<lower8, lower..<lower) }
    // Back off over zero-width characters (all three UTF-8 bytes) dropped before the end.
    let floor8 = Int(utf8Offsets[range.upperBound - 1])
    original.utf8.withContiguousStorageIfAvailable { bytes in
      while upper8 - 3 > floor8, Self.isZeroWidthUTF8(bytes, upper8 - 3) {
        upper8 -= 3
        upper -= 1
      }
    } ?? {
      let bytes = Array(original.utf8)
      while upper8 - 3 > floor8, Self.isZeroWidthUTF8(bytes, upper8 - 3) {
        upper8 -= 3
        upper -= 1
      }
    }()
    return (lower8..<upper8, lower..<upper)
  }

  private static func isZeroWidthUTF8<C: Collection<UInt8>>(_ bytes: C, _ at: Int) -> Bool
  where C.Index == Int {
    let (a, b, c) = (bytes[at], bytes[at + 1], bytes[at + 2])
    if a == 0xE2 && b == 0x80 && (0x8B...0x8D).contains(c) { return true }
    if a == 0xE2 && b == 0x81 && c == 0xA0 { return true }
    return a == 0xEF && b == 0xBB && c == 0xBF
  }

  /// `text` normalized, as a `String` (for glossary terms and lint).
  public static func normalize(_ text: String) -> String { NormalizedText(text, offsets: false).string }

  /// Whether `text` is already normalized (its normalized form is the same scalars).
  public static func isNormalized(_ text: String) -> Bool {
    scalars(of: text).elementsEqual(text.unicodeScalars.lazy.map(\.value))
  }
}
