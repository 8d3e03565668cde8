extension Finding {
  /// A stable identity for `--write-ignore` / `--ignore`: the same problem in the same sentence
  /// pair gets the same fingerprint on every run and at any TU position.
  ///
  /// It hashes the check name, the Thai term, the Thai segment (Thai digits as ASCII, runs of
  /// white space as one space, trimmed) and the English segment (white space likewise). For the
  /// consistency checks, which are about the whole input, it hashes the check, the term and the
  /// set of renderings instead of one segment. 64-bit FNV-1a, 16 hex digits.
  public var fingerprint: String {
    var hash = FNV1a()
    hash.add(check.rawValue)
    hash.add(thTerm ?? "")
    switch check {
    case .inconsistentTarget, .inconsistentSource:
      for text in renderings.map(\.text).sorted() { hash.add(text) }
    default:
      hash.addNormalized(th, thaiDigits: true)
      hash.addNormalized(en, thaiDigits: false)
    }
    return hash.hex
  }
}

/// 64-bit FNV-1a over UTF-8, with a separator byte between fields.
struct FNV1a {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ text: String) {
    for byte in text.utf8 { mix(byte) }
    mix(0x1F)
  }

  /// Adds `text` with white-space runs as one space, trimmed, Thai digits as ASCII if asked.
  mutating func addNormalized(_ text: String, thaiDigits: Bool) {
    var pendingSpace = false, started = false
    for s in text.unicodeScalars {
      if LatinScanner.isSpace(s) {
        pendingSpace = started
        continue
      }
      if pendingSpace { mix(0x20) }
      pendingSpace = false
      started = true
      var scalar = s
      if thaiDigits, (0x0E50...0x0E59).contains(s.value), let a = Unicode.Scalar(s.value - 0x0E20) { scalar = a }
      for byte in UTF8.encode(scalar)! { mix(byte) }
    }
    mix(0x1F)
  }

  private mutating func mix(_ byte: UInt8) {
    value ^= UInt64(byte)
    value = value &* 0x0000_0100_0000_01B3
  }

  var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
