/// A read-only trie over Unicode scalar values, flattened into arrays for fast walks.
///
/// Built once from sorted keys (no per-node dictionaries): every node's edges are contiguous and
/// sorted, the root's children for scalars below U+0E80 (ASCII, Latin-1, Thai) are a direct table.
/// A node may carry payloads (the keys that end there) and a "space allowed here" flag (some key
/// had a space between the previous scalar and the next).
struct ScalarTrie: Sendable {
  /// One key: its scalars (spaces removed), the depths before which it had a space, its payload.
  struct Key {
    var scalars: [UInt32]
    var spaces: [Int]
    var payload: Int32
  }

  private var edgeStart: [Int32] = []
  private var edgeLabels: [UInt32] = []
  private var edgeTargets: [Int32] = []
  private var payloadStart: [Int32] = []
  private var payloadList: [Int32] = []
  private var spaceAfter: [Bool] = []
  private var rootTable: [Int32] = []
  static let rootTableSize = 0x0E80

  /// The root node.
  let root: Int32 = 0
  /// Number of nodes.
  var nodeCount: Int { spaceAfter.count }

  /// Builds the trie.
  ///
  /// - Complexity: O(k log k · l) for k keys of length about l (a sort), then linear.
  init(keys: [Key]) {
    // Sort by a packed prefix (three scalars of 21 bits) first; compare whole keys on ties.
    let prefixes = keys.map { key -> UInt64 in
      var p: UInt64 = 0
      for k in 0..<3 { p = p << 21 | UInt64(k < key.scalars.count ? key.scalars[k] + 1 : 0) }
      return p
    }
    let order = keys.indices.sorted { a, b in
      if prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] }
      return keys[a].scalars.withUnsafeBufferPointer { x in
        keys[b].scalars.withUnsafeBufferPointer { y in
          if x.lexicographicallyPrecedes(y) { return true }
          if y.lexicographicallyPrecedes(x) { return false }
          return keys[a].payload < keys[b].payload
        }
      }
    }
    // Breadth-first: nodes are numbered in the order their edges are written.
    var queue: [(lo: Int, hi: Int, depth: Int)] = [(0, order.count, 0)]
    var head = 0
    while head < queue.count {
      let (lo, hi, depth) = queue[head]
      head += 1
      edgeStart.append(Int32(edgeLabels.count))
      payloadStart.append(Int32(payloadList.count))
      var space = false
      var k = lo
      while k < hi, keys[order[k]].scalars.count == depth {
        payloadList.append(keys[order[k]].payload)
        k += 1
      }
      var groupStart = k
      for m in lo..<hi where keys[order[m]].scalars.count > depth && keys[order[m]].spaces.contains(depth) {
        space = true
      }
      spaceAfter.append(space)
      while groupStart < hi {
        let label = keys[order[groupStart]].scalars[depth]
        var groupEnd = groupStart + 1
        while groupEnd < hi, keys[order[groupEnd]].scalars[depth] == label { groupEnd += 1 }
        edgeLabels.append(label)
        edgeTargets.append(Int32(queue.count))
        queue.append((groupStart, groupEnd, depth + 1))
        groupStart = groupEnd
      }
    }
    edgeStart.append(Int32(edgeLabels.count))
    payloadStart.append(Int32(payloadList.count))
    rootTable = [Int32](repeating: -1, count: Self.rootTableSize)
    for e in Int(edgeStart[0])..<Int(edgeStart[1]) where edgeLabels[e] < Self.rootTableSize {
      rootTable[Int(edgeLabels[e])] = edgeTargets[e]
    }
  }

  /// The child of `node` along `label`, or -1.
  @inline(__always)
  func child(_ node: Int32, _ label: UInt32) -> Int32 {
    if node == 0 && label < Self.rootTableSize { return rootTable[Int(label)] }
    var lo = Int(edgeStart[Int(node)])
    var hi = Int(edgeStart[Int(node) + 1])
    if hi - lo <= 8 {
      while lo < hi {
        if edgeLabels[lo] == label { return edgeTargets[lo] }
        lo += 1
      }
      return -1
    }
    while lo < hi {
      let mid = (lo + hi) >> 1
      let value = edgeLabels[mid]
      if value == label { return edgeTargets[mid] }
      if value < label { lo = mid + 1 } else { hi = mid }
    }
    return -1
  }

  /// Whether a key ends at `node`.
  @inline(__always)
  func isTerminal(_ node: Int32) -> Bool {
    payloadStart[Int(node)] != payloadStart[Int(node) + 1]
  }

  /// The payloads of the keys ending at `node`, in key order (ascending payload).
  func payloads(_ node: Int32) -> ArraySlice<Int32> {
    payloadList[Int(payloadStart[Int(node)])..<Int(payloadStart[Int(node) + 1])]
  }

  /// Whether a space may be skipped after `node` (some key has one there).
  @inline(__always)
  func allowsSpace(after node: Int32) -> Bool { spaceAfter[Int(node)] }
}
