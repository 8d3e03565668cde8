/// The small part of JSON that JSONL translation pairs need: one object per line whose values
/// are read as strings (numbers kept as written; `null`, booleans, arrays and objects skipped).
enum JSONLine {
  struct ParseError: Error {
    var column: Int
    var message: String
  }

  /// Parses one line holding a JSON object.
  static func object(_ line: String) throws(ParseError) -> [String: String] {
    var parser = Parser(bytes: Array(line.utf8))
    return try parser.topObject()
  }

  private struct Parser {
    let bytes: [UInt8]
    var i = 0

    mutating func topObject() throws(ParseError) -> [String: String] {
      skipSpace()
      guard peek == UInt8(ascii: "{") else { throw fail("expected a JSON object") }
      i += 1
      var out: [String: String] = [:]
      skipSpace()
      if peek == UInt8(ascii: "}") {
        i += 1
      } else {
        while true {
          skipSpace()
          guard peek == UInt8(ascii: "\"") else { throw fail("expected a key in quotes") }
          let key = try string()
          skipSpace()
          guard peek == UInt8(ascii: ":") else { throw fail("expected ':'") }
          i += 1
          skipSpace()
          if let value = try value() { out[key] = value }
          skipSpace()
          if peek == UInt8(ascii: ",") {
            i += 1
            continue
          }
          guard peek == UInt8(ascii: "}") else { throw fail("expected ',' or '}'") }
          i += 1
          break
        }
      }
      skipSpace()
      guard i == bytes.count else { throw fail("unexpected text after the object") }
      return out
    }

    var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    /// The error at the current position; the column counts code points.
    func fail(_ message: String) -> ParseError {
      ParseError(
        column: String(decoding: bytes[..<min(i, bytes.count)], as: UTF8.self).unicodeScalars.count + 1,
        message: message)
    }

    mutating func skipSpace() {
      while let b = peek, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1 }
    }

    /// A value as text (strings unescaped, numbers as written), or nil for anything else.
    mutating func value() throws(ParseError) -> String? {
      guard let b = peek else { throw fail("expected a value") }
      switch b {
      case UInt8(ascii: "\""): return try string()
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        try skipNested()
        return nil
      default:
        let start = i
        while let c = peek, c != UInt8(ascii: ","), c != UInt8(ascii: "}"), c != 0x20, c != 0x09 { i += 1 }
        let word = String(decoding: bytes[start..<i], as: UTF8.self)
        if word == "null" || word == "true" || word == "false" { return nil }
        guard !word.isEmpty, word.allSatisfy({ "0123456789+-.eE".contains($0) }) else {
          i = start
          throw fail("expected a value")
        }
        return word
      }
    }

    mutating func skipNested() throws(ParseError) {
      var depth = 0
      while let b = peek {
        switch b {
        case UInt8(ascii: "\""): _ = try string(); continue
        case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          depth -= 1
          if depth == 0 {
            i += 1
            return
          }
        default: break
        }
        i += 1
      }
      throw fail("unterminated array or object")
    }

    mutating func string() throws(ParseError) -> String {
      i += 1  // opening quote
      var out: [UInt8] = []
      while let b = peek {
        i += 1
        switch b {
        case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
        case UInt8(ascii: "\\"):
          guard let e = peek else { throw fail("unterminated string") }
          i += 1
          switch e {
          case UInt8(ascii: "n"): out.append(0x0A)
          case UInt8(ascii: "t"): out.append(0x09)
          case UInt8(ascii: "r"): out.append(0x0D)
          case UInt8(ascii: "b"): out.append(0x08)
          case UInt8(ascii: "f"): out.append(0x0C)
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
          case UInt8(ascii: "u"):
            var code = try hex4()
            if (0xD800..<0xDC00).contains(code), peek == UInt8(ascii: "\\"),
              i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "u")
            {
              i += 2
              let low = try hex4()
              guard (0xDC00..<0xE000).contains(low) else { throw fail("invalid surrogate pair") }
              code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { throw fail("lone surrogate \\u escape") }
            out.append(contentsOf: String(Character(scalar)).utf8)
          default: throw fail("invalid escape in string")
          }
        case 0..<0x20: throw fail("control character in string")
        default: out.append(b)
        }
      }
      throw fail("unterminated string")
    }

    mutating func hex4() throws(ParseError) -> UInt32 {
      guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16)
      else { throw fail("invalid \\u escape") }
      i += 4
      return v
    }
  }
}
