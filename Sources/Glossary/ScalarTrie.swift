/// A read-only trie over Unicode scalar values, flattened into arrays for fast walks.
///
/// Built once from sorted keys, breadth first, so the children of a node are consecutive nodes:
/// a node record holds its first child and child count, and `labels[m]` is the scalar on the
/// edge into node `m`, so a node's child labels are contiguous too (one or two cache lines per
/// step). Nodes with many Thai children also get a 128-entry table for the Thai block, and the
/// root a direct table for scalars below U+0E80 (ASCII, Latin-1, Thai). A node may carry
/// payloads (the keys that end there) and a "space allowed here" flag (some key had a space
/// between the previous scalar and the next).
struct ScalarTrie: Sendable {
  /// One key: its scalars (spaces removed), the depths before which it had a space, its payload.
  struct Key {
    var scalars: [UInt32]
    var spaces: [Int]
    var payload: Int32
  }

  /// One node: children `first..<first + count`, payloads `payload..<payload + payloadCount`
  /// in `payloadList` (`payloadCount` 0: not terminal), the dense table or -1, the space flag.
  struct Node {
    var first: Int32 = 0
    var count: Int32 = 0
    var payload: Int32 = 0
    var payloadCount: Int32 = 0
    var dense: Int32 = -1
    var space = false
  }

  private var nodes: [Node] = []
  private var labels: [UInt32] = []
  private var payloadList: [Int32] = []
  private var rootTable: [Int32] = []
  private var denseTable: [Int32] = []
  /// For two scalars of the Thai block, whether some key starts with them (bit
  /// `(a - 0x0E00) << 7 | (b - 0x0E00)`): a scan can skip a place whose first two scalars
  /// start no key without walking.
  private var thaiPairs: [UInt64] = []
  /// The same for two ASCII scalars (bit `a << 7 | b`); a row whose first scalar is itself a
  /// key is all ones, so a clear bit means a walk from there finds nothing.
  private var asciiPairs: [UInt64] = []
  static let rootTableSize = 0x0E80
  static let denseMinimum = 6

  /// The root node.
  let root: Int32 = 0
  /// Number of nodes.
  var nodeCount: Int { nodes.count }

  /// Builds the trie.
  ///
  /// - Complexity: O(k log k · l) for k keys of length about l (a sort), then linear.
  init(keys: [Key]) {
    // The keys' scalars flattened into one array (no per-key array access while sorting and
    // building): key k is flat[start[k]..<start[k] + length[k]].
    var flat: [UInt32] = []
    var start: [Int32] = []
    var length: [Int32] = []
    start.reserveCapacity(keys.count)
    length.reserveCapacity(keys.count)
    flat.reserveCapacity(keys.reduce(0) { $0 + $1.scalars.count })
    for key in keys {
      start.append(Int32(flat.count))
      length.append(Int32(key.scalars.count))
      flat.append(contentsOf: key.scalars)
    }
    // Sort by packed prefixes (two words of three 21-bit scalars each) first; compare whole
    // keys only on ties; equal keys by payload.
    let order: [Int] = flat.withUnsafeBufferPointer { f in
      func packed(_ k: Int, from offset: Int) -> UInt64 {
        var p: UInt64 = 0
        let base = Int(start[k])
        let count = Int(length[k])
        for j in offset..<offset + 3 { p = p << 21 | UInt64(j < count ? f[base + j] + 1 : 0) }
        return p
      }
      var sortable = keys.indices.map { k in (packed(k, from: 0), packed(k, from: 3), Int32(k)) }
      sortable.sort { a, b in
        if a.0 != b.0 { return a.0 < b.0 }
        if a.1 != b.1 { return a.1 < b.1 }
        let x = Int(a.2)
        let y = Int(b.2)
        let nx = Int(length[x])
        let ny = Int(length[y])
        let bx = Int(start[x])
        let by = Int(start[y])
        var j = 6
        while j < nx && j < ny {
          if f[bx + j] != f[by + j] { return f[bx + j] < f[by + j] }
          j += 1
        }
        if nx != ny { return nx < ny }
        return keys[x].payload < keys[y].payload
      }
      return sortable.map { Int($0.2) }
    }
    let sortedLength = order.map { Int(length[$0]) }
    let sortedStart = order.map { Int(start[$0]) }
    let sortedPayload = order.map { keys[$0].payload }
    // Depths before which a key has a space, per sorted key (most keys have none).
    let sortedSpaces = order.map { keys[$0].spaces }
    let hasSpaces = sortedSpaces.map { !$0.isEmpty }
    // Breadth first: node ids follow the queue, so each node's children are consecutive.
    // At most one node per key scalar, plus the root: room for all of them up front (no
    // copies of these large arrays while they grow).
    var queue: [(lo: Int, hi: Int, depth: Int)] = []
    queue.reserveCapacity(flat.count + 1)
    queue.append((0, order.count, 0))
    nodes.reserveCapacity(flat.count + 1)
    labels.reserveCapacity(flat.count + 1)
    payloadList.reserveCapacity(keys.count)
    labels.append(0)
    var head = 0
    flat.withUnsafeBufferPointer { f in
      while head < queue.count {
        let (lo, hi, depth) = queue[head]
        head += 1
        var node = Node()
        node.payload = Int32(payloadList.count)
        var k = lo
        while k < hi, sortedLength[k] == depth {
          payloadList.append(sortedPayload[k])
          k += 1
        }
        node.payloadCount = Int32(payloadList.count) - node.payload
        for m in k..<hi where hasSpaces[m] && sortedSpaces[m].contains(depth) {
          node.space = true
          break
        }
        node.first = Int32(queue.count)
        var groupStart = k
        while groupStart < hi {
          let label = f[sortedStart[groupStart] + depth]
          var groupEnd = groupStart + 1
          while groupEnd < hi, f[sortedStart[groupEnd] + depth] == label { groupEnd += 1 }
          labels.append(label)
          queue.append((groupStart, groupEnd, depth + 1))
          groupStart = groupEnd
        }
        node.count = Int32(queue.count) - node.first
        nodes.append(node)
      }
    }
    rootTable = [Int32](repeating: -1, count: Self.rootTableSize)
    if let rootNode = nodes.first {
      for child in Int(rootNode.first)..<Int(rootNode.first + rootNode.count) where labels[child] < Self.rootTableSize {
        rootTable[Int(labels[child])] = Int32(child)
      }
    }
    thaiPairs = [UInt64](repeating: 0, count: 128 * 128 / 64)
    if let rootNode = nodes.first {
      for child in Int(rootNode.first)..<Int(rootNode.first + rootNode.count) where labels[child] >> 7 == 0x0E00 >> 7 {
        let a = Int(labels[child] - 0x0E00)
        for grandchild in Int(nodes[child].first)..<Int(nodes[child].first + nodes[child].count)
        where labels[grandchild] >> 7 == 0x0E00 >> 7 {
          let bit = a << 7 | Int(labels[grandchild] - 0x0E00)
          thaiPairs[bit >> 6] |= 1 << UInt64(bit & 63)
        }
      }
    }
    asciiPairs = [UInt64](repeating: 0, count: 128 * 128 / 64)
    if let rootNode = nodes.first {
      for child in Int(rootNode.first)..<Int(rootNode.first + rootNode.count) where labels[child] < 128 {
        let a = Int(labels[child])
        if nodes[child].payloadCount > 0 {
          for w in 0..<2 { asciiPairs[a << 1 | w] = ~0 }
          continue
        }
        for grandchild in Int(nodes[child].first)..<Int(nodes[child].first + nodes[child].count)
        where labels[grandchild] < 128 {
          let bit = a << 7 | Int(labels[grandchild])
          asciiPairs[bit >> 6] |= 1 << UInt64(bit & 63)
        }
      }
    }
    for n in nodes.indices.dropFirst() where nodes[n].count >= Self.denseMinimum {
      let children = Int(nodes[n].first)..<Int(nodes[n].first + nodes[n].count)
      let thai = children.filter { labels[$0] >= 0x0E00 && labels[$0] < 0x0E80 }
      guard thai.count >= Self.denseMinimum else { continue }
      nodes[n].dense = Int32(denseTable.count)
      denseTable += repeatElement(-1, count: 128)
      for child in thai { denseTable[Int(nodes[n].dense) + Int(labels[child] - 0x0E00)] = Int32(child) }
    }
  }

  /// The child of `node` along `label`, or -1.
  @inline(__always)
  func child(_ node: Int32, _ label: UInt32) -> Int32 {
    if node == 0 && label < Self.rootTableSize { return rootTable[Int(label)] }
    let record = nodes[Int(node)]
    if record.dense >= 0 && label >= 0x0E00 && label < 0x0E80 {
      return denseTable[Int(record.dense) + Int(label - 0x0E00)]
    }
    var lo = Int(record.first)
    var hi = lo + Int(record.count)
    if hi - lo <= 8 {
      while lo < hi {
        if labels[lo] == label { return Int32(lo) }
        lo += 1
      }
      return -1
    }
    while lo < hi {
      let mid = (lo + hi) >> 1
      let value = labels[mid]
      if value == label { return Int32(mid) }
      if value < label { lo = mid + 1 } else { hi = mid }
    }
    return -1
  }

  /// Whether some key starts with scalars `a`, `b` (both in the Thai block U+0E00–U+0E7F).
  @inline(__always)
  func startsKey(thai a: UInt32, _ b: UInt32) -> Bool {
    let bit = Int(a - 0x0E00) << 7 | Int(b - 0x0E00)
    return thaiPairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// Whether some key starts with scalars `a`, `b` (both below 128), or is `a` alone: false
  /// means that a walk along `a`, `b` meets no key.
  @inline(__always)
  func mayStartKey(ascii a: UInt32, _ b: UInt32) -> Bool {
    let bit = Int(a) << 7 | Int(b)
    return asciiPairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// Whether a key ends at `node`.
  @inline(__always)
  func isTerminal(_ node: Int32) -> Bool { nodes[Int(node)].payloadCount > 0 }

  /// The payloads of the keys ending at `node`, in key order (ascending payload).
  func payloads(_ node: Int32) -> ArraySlice<Int32> {
    let record = nodes[Int(node)]
    return payloadList[Int(record.payload)..<Int(record.payload + record.payloadCount)]
  }

  /// Whether a space may be skipped after `node` (some key has one there).
  @inline(__always)
  func allowsSpace(after node: Int32) -> Bool { nodes[Int(node)].space }
}
