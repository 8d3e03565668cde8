/// JSON string literals (RFC 8259) for the hand-written, key-ordered JSON that the reports and
/// converters stream: UTF-8 kept as is; quotes, backslashes, control characters and U+2028/U+2029
/// (which break JavaScript embedding) escaped.
public enum JSONString {
  /// `text` as a JSON string literal, quotes included.
  ///
  ///     JSONString.quoted("ปูติน \"Putin\"")  // "\"ปูติน \\\"Putin\\\"\""
  ///
  /// - Complexity: O(n); text that needs no escaping is copied without a per-scalar loop.
  public static func quoted(_ text: String) -> String {
    var needsEscaping = false
    for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 {
      needsEscaping = true
      break
    }
    if !needsEscaping { return "\"" + text + "\"" }
    var out = "\""
    out.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// A JSON array of string literals.
  public static func array(_ items: [String]) -> String {
    "[" + items.map(quoted).joined(separator: ", ") + "]"
  }
}
