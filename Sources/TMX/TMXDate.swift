#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// TMX dates: UTC in ISO 8601 basic form, `YYYYMMDDThhmmssZ` (e.g. `20250813T093000Z`).
public enum TMXDate {
  /// The current time as a TMX date.
  public static func now() -> String {
    string(secondsSince1970: Int(time(nil)))
  }

  /// Formats seconds since 1970-01-01T00:00:00Z as `YYYYMMDDThhmmssZ`.
  ///
  ///     TMXDate.string(secondsSince1970: 0)  // "19700101T000000Z"
  public static func string(secondsSince1970 seconds: Int) -> String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let rest = seconds - days * 86_400
    let (year, month, day) = civil(fromDays: days)
    return pad(year, 4) + pad(month, 2) + pad(day, 2) + "T" + pad(rest / 3600, 2)
      + pad(rest / 60 % 60, 2) + pad(rest % 60, 2) + "Z"
  }

  /// Whether `text` has the exact shape `YYYYMMDDThhmmssZ` with plausible field values.
  public static func isValid(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z")
    else { return false }
    let digitSpans = [0..<8, 9..<15]
    for span in digitSpans where !bytes[span].allSatisfy({ $0 >= 48 && $0 <= 57 }) { return false }
    func number(_ r: Range<Int>) -> Int { bytes[r].reduce(0) { $0 * 10 + Int($1 - 48) } }
    return (1...12).contains(number(4..<6)) && (1...31).contains(number(6..<8))
      && number(9..<11) < 24 && number(11..<13) < 60 && number(13..<15) < 61
  }

  /// Days since 1970-01-01 to a proleptic Gregorian (year, month, day) (H. Hinnant's algorithm).
  static func civil(fromDays z0: Int) -> (Int, Int, Int) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
