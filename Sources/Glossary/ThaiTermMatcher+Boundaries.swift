import ThaiText

/// Word-boundary decisions for one normalized text, asking libthai only when needed and only
/// about a window around the place (the run of Thai letters containing it, clipped).
struct ThaiBoundaries {
  let text: NormalizedText
  let breaker: WordBreaker
  /// The last window given to libthai, and its breaks (ascending).
  private var window: Range<Int> = 0..<0
  /// Whether the window starts where its run of Thai letters starts, and ends where it ends.
  private var windowStartsRun = false
  private var windowEndsRun = false
  private var breaks: [Int] = []
  /// How many windows were given to libthai (for tests and statistics).
  private(set) var windowsBroken = 0

  /// Context given to libthai before the place. Wide enough that the window is nearly always
  /// the whole run of Thai letters (between spaces or other non-Thai characters, about 30
  /// scalars in news text): each run is then broken at most once, when the first candidate in
  /// it needs libthai, and every later place in it is answered from that window.
  static let reachBack = 128
  /// Context given to libthai after the place (more: the scan goes forwards, so the window
  /// serves the next places too).
  static let reachAhead = 256
  /// Margin a cached window must keep around a place unless it ends where the Thai run ends.
  static let margin = 8

  /// Where libthai may break at all (`LibthaiBreakRule`): false where it certainly does not.
  private let possible: [Bool]

  init(text: NormalizedText, breaker: WordBreaker) {
    self.text = text
    self.breaker = breaker
    possible = text.scalars.withUnsafeBufferPointer { LibthaiBreakRule.possibleBreaks(in: $0) }
  }

  /// Whether there is a word break before `offset`, if that is known without calling libthai
  /// (from the characters around it, or from the window libthai broke last); nil otherwise.
  func knownBoundary(_ offset: Int, after start: Int? = nil) -> Bool? {
    let s = text.scalars
    if offset <= 0 || offset >= s.count { return true }
    let a = s[offset - 1]
    let b = s[offset]
    let thaiA = ThaiScalar.isLetter(a)
    let thaiB = ThaiScalar.isLetter(b)
    if !thaiA || !thaiB {
      return thaiA || thaiB || !(Self.isWordCharacter(a) && Self.isWordCharacter(b))
    }
    if text.hasBreakHint(at: offset) { return true }
    if !possible[offset] { return false }
    if ThaiScalar.isFollowing(b) || ThaiScalar.isLeadingVowel(a) { return false }
    if isCached(offset, after: start ?? offset) { return breaksContain(offset) }
    return nil
  }

  /// Whether there is a word break between scalars `offset - 1` and `offset`. For the end of
  /// a candidate, `start` is where the candidate starts: libthai then sees all of it.
  mutating func isBoundary(_ offset: Int, after start: Int? = nil) -> Bool {
    knownBoundary(offset, after: start) ?? libthaiBreaks(at: offset, after: start ?? offset)
  }

  static func isWordCharacter(_ value: UInt32) -> Bool {
    switch value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
    case 0..<0x80: false
    default: Unicode.Scalar(value).map { $0.properties.isAlphabetic } ?? false
    }
  }

  /// Whether the last window covers `start...offset` with enough context on both sides.
  private func isCached(_ offset: Int, after start: Int) -> Bool {
    offset > window.lowerBound && offset < window.upperBound
      && (min(start, offset - 1) - window.lowerBound >= Self.margin || windowStartsRun && start >= window.lowerBound)
      && (window.upperBound - offset >= Self.margin || windowEndsRun)
  }

  private func breaksContain(_ offset: Int) -> Bool {
    var lo = 0
    var hi = breaks.count
    while lo < hi {
      let mid = (lo + hi) >> 1
      if breaks[mid] < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < breaks.count && breaks[lo] == offset
  }

  private mutating func libthaiBreaks(at offset: Int, after start: Int) -> Bool {
    let s = text.scalars
    if !isCached(offset, after: start) {
      let first = min(start, offset - 1)
      var lo = offset - 1
      while lo > 0, ThaiScalar.isLetter(s[lo - 1]), first - lo < Self.reachBack { lo -= 1 }
      var hi = offset + 1
      while hi < s.count, ThaiScalar.isLetter(s[hi]), hi - offset < Self.reachAhead { hi += 1 }
      window = lo..<hi
      windowStartsRun = lo == 0 || !ThaiScalar.isLetter(s[lo - 1])
      windowEndsRun = hi == s.count || !ThaiScalar.isLetter(s[hi])
      breaks.removeAll(keepingCapacity: true)
      s.withUnsafeBufferPointer { breaker.breaks(in: $0, range: window, into: &breaks) }
      windowsBroken += 1
    }
    return breaksContain(offset)
  }
}
