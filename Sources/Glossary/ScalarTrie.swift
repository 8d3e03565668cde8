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
    // Sort by packed prefixes (two words of three 21-bit scalars each: ties are rare among
    // Thai words) first; compare whole keys only on ties.
    func packed(_ scalars: [UInt32], from start: Int) -> UInt64 {
      var p: UInt64 = 0
      for k in start..<start + 3 { p = p << 21 | UInt64(k < scalars.count ? scalars[k] + 1 : 0) }
      return p
    }
    var sortable = keys.indices.map { i in
      (packed(keys[i].scalars, from: 0), packed(keys[i].scalars, from: 3), Int32(i))
    }
    sortable.sort { a, b in
      if a.0 != b.0 { return a.0 < b.0 }
      if a.1 != b.1 { return a.1 < b.1 }
      return keys[Int(a.2)].scalars.withUnsafeBufferPointer { x in
        keys[Int(b.2)].scalars.withUnsafeBufferPointer { y in
          if x.lexicographicallyPrecedes(y) { return true }
          if y.lexicographicallyPrecedes(x) { return false }
          return keys[Int(a.2)].payload < keys[Int(b.2)].payload
        }
      }
    }
    let order = sortable.map { Int($0.2) }
    // Breadth first: node ids follow the queue, so each node's children are consecutive.
    var queue: [(lo: Int, hi: Int, depth: Int)] = [(0, order.count, 0)]
    labels.append(0)
    var head = 0
    while head < queue.count {
      let (lo, hi, depth) = queue[head]
      head += 1
      var node = Node()
      node.payload = Int32(payloadList.count)
      var k = lo
      while k < hi, keys[order[k]].scalars.count == depth {
        payloadList.append(keys[order[k]].payload)
        k += 1
      }
      node.payloadCount = Int32(payloadList.count) - node.payload
      for m in k..<hi where keys[order[m]].spaces.contains(depth) {
        node.space = true
        break
      }
      node.first = Int32(queue.count)
      var groupStart = k
      while groupStart < hi {
        let label = keys[order[groupStart]].scalars[depth]
        var groupEnd = groupStart + 1
        while groupEnd < hi, keys[order[groupEnd]].scalars[depth] == label { groupEnd += 1 }
        labels.append(label)
        queue.append((groupStart, groupEnd, depth + 1))
        groupStart = groupEnd
      }
      node.count = Int32(queue.count) - node.first
      nodes.append(node)
    }
    rootTable = [Int32](repeating: -1, count: Self.rootTableSize)
    if let rootNode = nodes.first {
      for child in Int(rootNode.first)..<Int(rootNode.first + rootNode.count) where labels[child] < Self.rootTableSize {
        rootTable[Int(labels[child])] = Int32(child)
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
