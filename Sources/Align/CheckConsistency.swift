/// Cross-TU tallies for `inconsistent-target` and `inconsistent-source`.
///
/// Memory is bounded by the glossary, not the input: one counter per (term, rendering) seen,
/// with at most `exampleLimit` TU positions and the segments of its first TU.
struct CheckConsistency: Sendable {
  struct Example: Sendable {
    var tu: Int
    var tuid: String?
    var th: String
    var en: String
  }

  struct Tally: Sendable {
    var text: String
    var count = 0
    var tuCount = 0
    var tus: [Int] = []
    var first: Example?
    var order: Int
  }

  let exampleLimit: Int
  /// Group → form class → tally of renderings.
  private(set) var targets: [Int: [Int: Tally]] = [:]
  /// Rendering key → group (Thai term, spelling variants together) → tally.
  private(set) var sources: [String: [Int: Tally]] = [:]
  /// Rendering key → the rendering as the glossary writes it.
  private(set) var sourceDisplay: [String: String] = [:]
  private var counter = 0

  init(exampleLimit: Int) {
    self.exampleLimit = exampleLimit
  }

  /// What one pair adds to the tallies.
  enum Contribution: Sendable {
    case target(group: Int, form: Int, text: String, count: Int)
    case source(rendering: String, display: String, group: Int, spelling: String, count: Int)
  }

  mutating func apply(_ contribution: Contribution, pair: CheckPair) {
    switch contribution {
    case let .target(group, form, text, count):
      addTarget(group: group, form: form, text: text, count: count, pair: pair)
    case let .source(rendering, display, group, spelling, count):
      addSource(rendering: rendering, display: display, group: group, spelling: spelling, count: count, pair: pair)
    }
  }

  // The tallies are updated in place (`default:` subscripts): one hash of the key per level, and
  // no copy of a tally's example list (a tally read out and written back shares it, so the
  // first appends copied it).

  mutating func addTarget(group: Int, form: Int, text: String, count: Int, pair: CheckPair) {
    counter += 1
    let order = counter
    Self.add(count, pair, exampleLimit, to: &targets[group, default: [:]][form, default: Tally(text: text, order: order)])
  }

  mutating func addSource(rendering key: String, display: String, group: Int, spelling: String, count: Int, pair: CheckPair) {
    counter += 1
    let order = counter
    if sourceDisplay[key] == nil { sourceDisplay[key] = display }
    Self.add(count, pair, exampleLimit, to: &sources[key, default: [:]][group, default: Tally(text: spelling, order: order)])
  }

  private static func add(_ count: Int, _ pair: CheckPair, _ exampleLimit: Int, to tally: inout Tally) {
    tally.count += count
    tally.tuCount += 1
    if tally.tus.count < exampleLimit { tally.tus.append(pair.position) }
    if tally.first == nil { tally.first = Example(tu: pair.position, tuid: pair.tuid, th: pair.th, en: pair.en) }
  }

  /// The findings, one per term (or rendering) used more than one way, anchored at the first TU
  /// of the least frequent way; sorted by that TU.
  func findings(index: CheckGlossaryIndex) -> [Finding] {
    var out: [Finding] = []
    for (group, forms) in targets where forms.count > 1 {
      let tallies = forms.values.sorted { ($0.count, -$0.order) > ($1.count, -$1.order) }
      guard let major = tallies.first, let minor = tallies.last, let anchor = minor.first else { continue }
      let term = index.groups[group].thai.first ?? ""
      let list = tallies.map { Self.describe($0, quoted: true) }.joined(separator: ", ")
      out.append(
        Finding(
          tu: anchor.tu, tuid: anchor.tuid, check: .inconsistentTarget, thTerm: term,
          expected: [major.text], found: tallies.map(\.text), th: anchor.th, en: anchor.en,
          message: "\(term) is rendered \(tallies.count) ways: \(list)",
          renderings: tallies.map { RenderingCount(text: $0.text, count: $0.count, tus: $0.tus) }))
    }
    for (key, spellings) in sources where spellings.count > 1 {
      let tallies = spellings.values.sorted { ($0.count, -$0.order) > ($1.count, -$1.order) }
      guard let major = tallies.first, let minor = tallies.last, let anchor = minor.first else { continue }
      let rendering = "\"\(sourceDisplay[key] ?? key)\""
      let list = tallies.map { Self.describe($0, quoted: false) }.joined(separator: ", ")
      out.append(
        Finding(
          tu: anchor.tu, tuid: anchor.tuid, check: .inconsistentSource, thTerm: minor.text,
          expected: [major.text], found: tallies.map(\.text), th: anchor.th, en: anchor.en,
          message: "\(rendering) translates \(tallies.count) different Thai terms: \(list)",
          renderings: tallies.map { RenderingCount(text: $0.text, count: $0.count, tus: $0.tus) }))
    }
    return out.sorted { ($0.tu, $0.check, $0.thTerm ?? "") < ($1.tu, $1.check, $1.thTerm ?? "") }
  }

  static func describe(_ tally: Tally, quoted: Bool) -> String {
    let tus = tally.tus.map(String.init).joined(separator: ", ")
    let more = tally.tuCount > tally.tus.count ? ", …" : ""
    let text = quoted ? "\"\(tally.text)\"" : tally.text
    return "\(text) \(tally.count)× (TU \(tus)\(more))"
  }
}
