internal import CThai

/// Owns one libthai `ThBrk` (created by `th_brk_new`, freed by `th_brk_delete` in `deinit`) and
/// the scratch buffers of the calls made with it. Not `Sendable`: `WordBreaker` keeps it in a
/// `Mutex`.
struct BreakHandle: ~Copyable {
  /// The `ThBrk *` (opaque to Swift).
  let raw: OpaquePointer
  /// NUL-terminated UCS-4 input of the last call.
  var input: [thwchar_t] = []
  /// Break positions written by libthai.
  var positions: [Int32] = []

  /// Opens the dictionary at `path` (a libdatrie `.tri` file).
  init(dictionaryPath path: String) throws(WordBreakerError) {
    guard let raw = th_brk_new(path) else {
      throw WordBreakerError(.unreadableDictionary, path: path, "libthai cannot load this dictionary")
    }
    self.raw = raw
  }

  deinit { th_brk_delete(raw) }

  /// Break positions (offsets into `scalars`, strictly between 0 and `scalars.count`) that
  /// libthai finds in `scalars`.
  mutating func breaks(_ scalars: ArraySlice<UInt32>) -> [Int] {
    let n = scalars.count
    if n < 2 { return [] }
    input.removeAll(keepingCapacity: true)
    input.reserveCapacity(n + 1)
    for value in scalars { input.append(thwchar_t(bitPattern: value == 0 ? 0x20 : value)) }
    input.append(0)
    if positions.count < n + 1 { positions = [Int32](repeating: 0, count: n + 1) }
    let raw = self.raw
    let found = input.withUnsafeBufferPointer { text in
      positions.withUnsafeMutableBufferPointer { pos in
        th_brk_wc_find_breaks(raw, text.baseAddress, pos.baseAddress, pos.count)
      }
    }
    var out: [Int] = []
    out.reserveCapacity(Int(max(found, 0)))
    for i in 0..<Int(max(found, 0)) {
      let p = Int(positions[i])
      if p > 0 && p < n { out.append(p) }
    }
    return out
  }
}
