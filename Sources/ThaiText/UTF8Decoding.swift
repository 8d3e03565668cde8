/// One scalar of valid UTF-8 (a `String`'s own bytes), for the scans that walk a text's bytes in
/// place instead of going through `unicodeScalars`.
///
///     var text = "คิม"
///     text.withUTF8 { UTF8Decoding.scalar(in: $0, at: 0) }  // (value: 0x0E04, length: 3)
public enum UTF8Decoding {
  /// The value of the scalar whose lead byte is at `i`, and its length in bytes. `bytes` must be
  /// valid UTF-8 and `i` a lead byte (not checked).
  @inlinable @inline(__always)
  public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[i])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
    if lead < 0xF0 {
      return ((lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
    }
    let value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
      | UInt32(bytes[i + 3] & 0x3F)
    return (value, 4)
  }
}
