/// How many pieces hold a key near a given place, for long jobs.
///
/// An anchor's weight is divided by how many pieces hold its key (a repeated name or number says
/// less about which sentence pairs with which). Over a whole book every name recurs, so the count
/// is taken within a window around the two pieces: ±`window` Thai scalars around the Thai piece,
/// and the same span scaled by the length ratio around the English piece.
struct LocalRarity {
  /// Start offsets (in scalars) of the pieces holding each key, ascending, per key id.
  var thaiStarts: [[Int]]
  var englishStarts: [[Int]]
  /// Start offset of each piece.
  var thaiOffsets: [Int]
  var englishOffsets: [Int]
  var thaiWindow: Int
  var englishWindow: Int

  init(thaiKeys: [[Int32]], englishKeys: [[Int32]], keyCount: Int, thaiOffsets: [Int], englishOffsets: [Int],
    window: Int, ratio: Double)
  {
    thaiStarts = Array(repeating: [], count: keyCount)
    englishStarts = Array(repeating: [], count: keyCount)
    for (a, keys) in thaiKeys.enumerated() { for id in keys { thaiStarts[Int(id)].append(thaiOffsets[a]) } }
    for (b, keys) in englishKeys.enumerated() { for id in keys { englishStarts[Int(id)].append(englishOffsets[b]) } }
    self.thaiOffsets = thaiOffsets
    self.englishOffsets = englishOffsets
    thaiWindow = window
    englishWindow = Int((Double(window) * ratio).rounded())
  }

  /// The number of pieces holding key `id` near Thai piece a or near English piece b,
  /// whichever is larger (at least 1).
  func spread(_ id: Int32, thaiPiece a: Int, englishPiece b: Int) -> Int {
    let x = thaiOffsets[a]
    let y = englishOffsets[b]
    return max(1, Self.count(thaiStarts[Int(id)], x - thaiWindow, x + thaiWindow),
      Self.count(englishStarts[Int(id)], y - englishWindow, y + englishWindow))
  }

  /// How many sorted values lie in low...high.
  static func count(_ values: [Int], _ low: Int, _ high: Int) -> Int {
    if values.count <= 1 { return values.count }
    return firstIndex(values, atLeast: high + 1) - firstIndex(values, atLeast: low)
  }

  static func firstIndex(_ values: [Int], atLeast bound: Int) -> Int {
    var low = 0
    var high = values.count
    while low < high {
      let mid = (low + high) / 2
      if values[mid] < bound { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
