/// Thai digits (๐–๙, U+0E50–U+0E59) read as the ASCII digits they stand for.
public enum ThaiDigits {
  /// The value 0–9 of an ASCII or Thai digit, or nil.
  @inlinable
  public static func value(of scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: Int(scalar.value - 0x30)
    case 0x0E50...0x0E59: Int(scalar.value - 0x0E50)
    default: nil
    }
  }

  /// The text with every Thai digit replaced by its ASCII digit; everything else unchanged.
  ///
  ///     ThaiDigits.toASCII("๑๕,๐๐๐ นาย")  // "15,000 นาย"
  public static func toASCII(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      if (0x0E50...0x0E59).contains(s.value), let ascii = Unicode.Scalar(s.value - 0x0E50 + 0x30) {
        scalars.append(ascii)
      } else {
        scalars.append(s)
      }
    }
    return String(scalars)
  }
}
