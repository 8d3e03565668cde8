import Glossary

/// The glossary as the checks see it: concepts that share a Thai spelling are one group (their
/// renderings are synonyms), English renderings are keyed by their lower-cased text.
struct CheckGlossaryIndex: Sendable {
  struct Group: Sendable {
    /// Thai spellings, in glossary order.
    var thai: [String] = []
    /// Allowed renderings (glossary text), unique by key, in glossary order; a rendering that
    /// any glossary marks forbidden for the group is not allowed.
    var allowed: [String] = []
    /// The key of each allowed rendering.
    var allowedKeys: [String] = []
    /// Whether each allowed rendering matches case-sensitively.
    var allowedCaseSensitive: [Bool] = []
    /// Form class of each allowed rendering (index into `forms`).
    var formOfAllowed: [Int] = []
    /// Display text of each form class.
    var forms: [String] = []
    /// Whether the group names a place (adjective forms are irregular).
    var isPlace = false
    /// Forbidden renderings (glossary text), unique by key.
    var forbidden: [String] = []
    /// `allowedKeys` and the keys of `forbidden` as key numbers (see `englishKeyIDs`).
    var allowedKeyIDs: [Int32] = []
    var forbiddenKeyIDs: [Int32] = []
  }

  var groups: [Group] = []
  /// Concept index → group index.
  var groupOfConcept: [Int] = []
  /// Concept index → term index → whether that Thai spelling is written in Latin (KCNA).
  var thaiIsLatin: [[Bool]] = []
  /// Concept index → term index → the number of that rendering's key (keys numbered in
  /// glossary order): the per-pair tallies compare numbers, not strings.
  var englishKeyIDs: [[Int32]] = []
  /// Key number → the groups where that rendering is allowed / forbidden (empty: none).
  var allowedOwnersByID: [[Int]] = []
  var forbiddenOwnersByID: [[Int]] = []

  static func key(_ rendering: String) -> String { rendering.lowercased() }

  init(_ glossary: Glossary) {
    let concepts = glossary.concepts
    // Union–find over concepts linked by an identical Thai spelling.
    var parent = Array(concepts.indices)
    func find(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    var firstWithSpelling: [String: Int] = [:]
    for (c, concept) in concepts.enumerated() {
      for term in concept.thai where !term.text.isEmpty {
        if let other = firstWithSpelling[term.text] {
          parent[find(c)] = find(other)
        } else {
          firstWithSpelling[term.text] = c
        }
      }
    }
    thaiIsLatin = concepts.map { $0.thai.map { LatinScanner.isLatin($0.text) } }
    // Rendering key → groups where it is allowed / forbidden.
    var allowedOwners: [String: [Int]] = [:]
    var forbiddenOwners: [String: [Int]] = [:]
    var groupOfRoot: [Int: Int] = [:]
    groupOfConcept = []
    for c in concepts.indices {
      let root = find(c)
      if let g = groupOfRoot[root] {
        groupOfConcept.append(g)
      } else {
        groupOfRoot[root] = groups.count
        groupOfConcept.append(groups.count)
        groups.append(Group())
      }
    }
    for (c, concept) in concepts.enumerated() {
      let g = groupOfConcept[c]
      if concept.type == .place { groups[g].isPlace = true }
      for term in concept.thai where !term.text.isEmpty && !groups[g].thai.contains(term.text) {
        groups[g].thai.append(term.text)
      }
      for term in concept.english where !term.text.isEmpty {
        let k = Self.key(term.text)
        if term.status == .forbidden {
          guard !groups[g].forbidden.contains(where: { Self.key($0) == k }) else { continue }
          groups[g].forbidden.append(term.text)
          forbiddenOwners[k, default: []].append(g)
        } else {
          guard !groups[g].allowed.contains(where: { Self.key($0) == k }) else { continue }
          groups[g].allowed.append(term.text)
          groups[g].allowedCaseSensitive.append(term.caseSensitive)
        }
      }
    }
    for g in groups.indices {
      let forbidden = Set(groups[g].forbidden.map(Self.key))
      let keep = groups[g].allowed.indices.filter { !forbidden.contains(Self.key(groups[g].allowed[$0])) }
      groups[g].allowed = keep.map { groups[g].allowed[$0] }
      groups[g].allowedCaseSensitive = keep.map { groups[g].allowedCaseSensitive[$0] }
      for rendering in groups[g].allowed { allowedOwners[Self.key(rendering), default: []].append(g) }
    }
    for g in groups.indices {
      var forms: [String] = []
      var formOf: [Int] = []
      for rendering in groups[g].allowed {
        if let f = forms.firstIndex(where: { RenderingForm.sameForm($0, rendering, place: groups[g].isPlace) }) {
          formOf.append(f)
        } else {
          formOf.append(forms.count)
          forms.append(rendering)
        }
      }
      groups[g].forms = forms
      groups[g].formOfAllowed = formOf
      groups[g].allowedKeys = groups[g].allowed.map(Self.key)
    }
    // Every key of a group is the key of some rendering of the glossary.
    var ids: [String: Int32] = [:]
    englishKeyIDs = concepts.map { concept in
      concept.english.map { term in
        let key = Self.key(term.text)
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        return id
      }
    }
    for g in groups.indices {
      groups[g].allowedKeyIDs = groups[g].allowedKeys.map { ids[$0]! }
      groups[g].forbiddenKeyIDs = groups[g].forbidden.map { ids[Self.key($0)]! }
    }
    allowedOwnersByID = [[Int]](repeating: [], count: ids.count)
    forbiddenOwnersByID = [[Int]](repeating: [], count: ids.count)
    for (key, id) in ids {
      allowedOwnersByID[Int(id)] = allowedOwners[key] ?? []
      forbiddenOwnersByID[Int(id)] = forbiddenOwners[key] ?? []
    }
  }
}
