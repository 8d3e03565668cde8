extension NameMiner {
  /// Options without those whose English is a sub-run of the same run plus extra words that do
  /// not make the same Thai span sound any closer (within `needlessWordMargin`): the similarity
  /// is nearly flat at the top, so เชโกสโลวาเกีย took "Czechoslovak Jew" (0.979) over
  /// "Czechoslovak" (0.972). Clark County stays whole: Clark alone is far from คลาร์คเคาน์ตี.
  static func withoutNeedlessWords<T>(
    _ options: [(span: Int, run: Int, name: String, similarity: Double, position: Double, ordinary: T)]
  ) -> [(span: Int, run: Int, name: String, similarity: Double, position: Double, ordinary: T)] {
    var bySpanAndRun: [Int: [Int]] = [:]
    for (i, o) in options.enumerated() { bySpanAndRun[o.span << 32 | o.run / Self.runKey, default: []].append(i) }
    var needless = Set<Int>()
    for group in bySpanAndRun.values where group.count > 1 {
      for a in group {
        let (aFrom, aTo) = Self.words(ofOption: options[a].run)
        needless.formUnion(
          group.contains { b in
            let (bFrom, bTo) = Self.words(ofOption: options[b].run)
            return b != a && bFrom >= aFrom && bTo <= aTo && (bFrom, bTo) != (aFrom, aTo)
              && options[b].similarity >= options[a].similarity - needlessWordMargin
          } ? [a] : [])
      }
    }
    return options.enumerated().filter { !needless.contains($0.offset) }.map(\.element)
  }

  /// Options without those that a longer name on both sides sounds almost as close as (within
  /// `partOfNameMargin`): the Thai span inside a longer span and the English inside a longer part
  /// of the same run, longer at the same ends, with no comma in it ("Nashville, Tennessee" is two
  /// names). One syllable sounds the same as easily as a whole name does, so จอง ↔ Jong (0.998)
  /// took the run "Kim Jong Un" away from คิม จองอึน ↔ Kim Jong Un.
  static func withoutPartsOfLongerNames<T>(
    _ options: [(span: Int, run: Int, name: String, similarity: Double, position: Double, ordinary: T)],
    scalars: (Int) -> Range<Int>
  ) -> [(span: Int, run: Int, name: String, similarity: Double, position: Double, ordinary: T)] {
    var byRun: [Int: [Int]] = [:]
    for (i, o) in options.enumerated() { byRun[o.run / Self.runKey, default: []].append(i) }
    var part = Set<Int>()
    for group in byRun.values where group.count > 1 {
      for a in group {
        let (aFrom, aTo) = Self.words(ofOption: options[a].run)
        let aThai = scalars(options[a].span)
        let longer = group.contains { b in
          let (bFrom, bTo) = Self.words(ofOption: options[b].run)
          let bThai = scalars(options[b].span)
          // Longer on the same sides in both languages: a name keeps its word order (ยิว|เชโกสโลวาเกีย
          // is not "Czechoslovak Jew" made longer).
          return bFrom <= aFrom && bTo >= aTo && (bFrom, bTo) != (aFrom, aTo) && !options[b].name.contains(",")
            && bThai.lowerBound <= aThai.lowerBound && bThai.upperBound >= aThai.upperBound
            && (bFrom < aFrom) == (bThai.lowerBound < aThai.lowerBound) && (bTo > aTo) == (bThai.upperBound > aThai.upperBound)
            && options[b].similarity >= options[a].similarity - partOfNameMargin
        }
        if longer { part.insert(a) }
      }
    }
    return options.enumerated().filter { !part.contains($0.offset) }.map(\.element)
  }

  /// How much less close a longer name on both sides may sound and still win over its part.
  static let partOfNameMargin = 0.05

  /// An option's `run` is run × runKey + first word × 1000 + last word (runs of capitalised words
  /// are far shorter than 1000 words; a title-case headline may well have more than 10).
  static let runKey = 1_000_000

  /// The first and last word (in its run) of an option's English, from its `run` key.
  static func words(ofOption run: Int) -> (from: Int, to: Int) { (run / 1000 % 1000, run % 1000) }

  /// How much closer a longer English name must sound than a part of it to keep its extra words.
  static let needlessWordMargin = 0.01
}
