/// A hash map from `UInt64` keys to values, with open addressing and a multiplicative hash.
///
/// The lexicon trie (one edge per Thai scalar of 50,000 words) and the IBM-1 table are looked
/// up millions of times per alignment. `Dictionary` hashes each key with seeded SipHash, and
/// that was a tenth of `thaitm align`'s CPU time. The keys here are already well spread
/// (`node << 32 | scalar`, `thai << 32 | english`), so one multiplication (Fibonacci hashing)
/// is enough. Iteration follows slot order, so it is the same in every process.
///
/// `UInt64.max` is reserved: it marks an empty slot and cannot be a key.
struct UInt64Map<Value: Sendable>: Sendable {
  private static var emptyKey: UInt64 { .max }
  private var keys: [UInt64]
  private var values: [Value]
  private var shift: UInt64
  private let placeholder: Value
  /// Number of keys.
  private(set) var count = 0

  /// An empty map that holds `capacity` keys before it grows. `placeholder` fills empty slots.
  init(placeholder: Value, capacity: Int = 0) {
    self.placeholder = placeholder
    var bits: UInt64 = 4
    while (1 << bits) < capacity * 2 { bits += 1 }  // load factor at most 1/2
    shift = 64 - bits
    keys = Array(repeating: Self.emptyKey, count: 1 << bits)
    values = Array(repeating: placeholder, count: 1 << bits)
  }

  @inline(__always)
  private func home(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The value stored for `key`, or nil.
  subscript(key: UInt64) -> Value? {
    let mask = keys.count - 1
    var i = home(key)
    while true {
      let k = keys[i]
      if k == key { return values[i] }
      if k == Self.emptyKey { return nil }
      i = (i + 1) & mask
    }
  }

  /// Stores `value` for `key`, replacing an earlier value.
  mutating func set(_ key: UInt64, _ value: Value) {
    values[claim(key).slot] = value
  }

  /// The value stored for `key`; if there is none, stores `value` first. `inserted` says which
  /// (one probe sequence for a lookup that may add: trie edges, IBM-1 slots).
  mutating func insertIfAbsent(_ key: UInt64, _ value: Value) -> (value: Value, inserted: Bool) {
    let (slot, found) = claim(key)
    if found { return (values[slot], false) }
    values[slot] = value
    return (value, true)
  }

  /// The slot of `key`: where it is (`found`), or the empty slot it now owns (its value still
  /// the placeholder), after growing the table if it would pass half full.
  private mutating func claim(_ key: UInt64) -> (slot: Int, found: Bool) {
    precondition(key != Self.emptyKey, "UInt64Map: UInt64.max is reserved")
    if (count + 1) * 2 > keys.count { grow() }
    let mask = keys.count - 1
    var i = home(key)
    while true {
      let k = keys[i]
      if k == key { return (i, true) }
      if k == Self.emptyKey {
        keys[i] = key
        count += 1
        return (i, false)
      }
      i = (i + 1) & mask
    }
  }

  /// Calls `body` with every key and value, in slot order.
  func forEach(_ body: (UInt64, Value) throws -> Void) rethrows {
    for i in keys.indices where keys[i] != Self.emptyKey { try body(keys[i], values[i]) }
  }

  private mutating func grow() {
    var bigger = UInt64Map(placeholder: placeholder, capacity: keys.count)
    forEach { bigger.set($0, $1) }
    self = bigger
  }
}
