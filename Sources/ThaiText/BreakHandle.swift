internal import CThai

/// Owns one libthai `ThBrk` (created by `th_brk_new`, freed by `th_brk_delete` in `deinit`) and
/// the scratch buffers of the calls made with it. Only ever used inside `WordBreaker`'s `Mutex`
/// (one call at a time); marked `@unchecked Sendable` so that a call can write its results into
/// the caller's buffer from inside the lock.
struct BreakHandle: ~Copyable, @unchecked Sendable {
  /// The `ThBrk *` (opaque to Swift).
  let raw: OpaquePointer
  /// NUL-terminated TIS-620 input of the last call.
  var input: [UInt8] = []
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

  /// Appends to `out` the break positions that libthai finds in `scalars`, plus `base`
  /// (offsets strictly between 0 and `scalars.count`, ascending).
  ///
  /// The scalars are given to libthai as TIS-620 (`th_brk_find_breaks`), converted as
  /// `th_brk_wc_find_breaks` would convert them (`th_uni2tis`; Thai letters are a fixed offset),
  /// into a buffer kept between calls: no allocation per call once the buffers are large enough.
  mutating func breaks(_ scalars: UnsafeBufferPointer<UInt32>, base: Int, into out: inout [Int]) {
    let n = scalars.count
    if n < 2 { return }
    if input.count < n + 1 { input = [UInt8](repeating: 0, count: n + 1) }
    if positions.count < n + 1 { positions = [Int32](repeating: 0, count: n + 1) }
    let raw = self.raw
    let found = input.withUnsafeMutableBufferPointer { tis in
      for k in 0..<n {
        let value = scalars[k]
        if value >= 0x0E01 && value <= 0x0E5B {
          tis[k] = UInt8(truncatingIfNeeded: value - 0x0E00 + 0xA0)
        } else if value == 0 {
          tis[k] = 0x20
        } else if value < 0x80 {
          tis[k] = UInt8(truncatingIfNeeded: value)
        } else {
          tis[k] = th_uni2tis(thwchar_t(bitPattern: value))
        }
      }
      tis[n] = 0
      return positions.withUnsafeMutableBufferPointer { pos in
        th_brk_find_breaks(raw, tis.baseAddress, pos.baseAddress, pos.count)
      }
    }
    positions.withUnsafeBufferPointer { pos in
      for i in 0..<Int(max(found, 0)) {
        let p = Int(pos[i])
        if p > 0 && p < n { out.append(p + base) }
      }
    }
  }
}
