import Align
import Foundation
import Glossary
import Testing
import ThaiText

func extendFixture(_ name: String) throws -> String {
  try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/extend")).path
}

func extendSeedPairs() throws -> [(String, String)] {
  try String(contentsOfFile: try extendFixture("seed.tsv"), encoding: .utf8).split(separator: "\n").map {
    let f = $0.split(separator: "\t")
    return (String(f[0]), String(f[1]))
  }
}

struct NameMinerTests {
  @Test func seedArticleGivesTheMissingNamesWithNothingWrongAboveThem() throws {
    let glossary = try Glossary.load(path: try extendFixture("names-missing.tsv"))
    var miner = try NameMiner(glossary: glossary)
    for (i, pair) in try extendSeedPairs().enumerated() { miner.add(thai: pair.0, english: pair.1, unit: i + 1) }
    let candidates = miner.candidates(minScore: 0)
    let expected = ["อลาสกา": "Alaska", "คูร์สก์": "Kursk", "เครมลิน": "Kremlin"]
    for (thai, english) in expected {
      let index = try #require(candidates.firstIndex { $0.thai == thai }, "missing \(thai)")
      #expect(candidates[index].english == english)
      // Nothing wrong ranked above it.
      for above in candidates[..<index] {
        #expect(expected[above.thai] == above.english, "\(above.thai) → \(above.english) above \(thai)")
      }
    }
  }

  @Test func acronymsWrittenAsTheyAreOnBothSidesComeAfterNames() throws {
    var miner = try NameMiner(glossary: Glossary())
    let lines = try String(contentsOfFile: try extendFixture("acronyms.tsv"), encoding: .utf8).split(separator: "\n")
    for (i, line) in lines.enumerated() {
      let f = line.split(separator: "\t")
      miner.add(thai: String(f[0]), english: String(f[1]), unit: i + 1)
    }
    let candidates = miner.candidates(minScore: 0.5)
    let nato = try #require(candidates.first { $0.english == "NATO" })
    #expect(nato.thai == "NATO" && nato.units == [1, 2])
    let zelensky = try #require(candidates.first { $0.english == "Zelensky" })
    #expect(zelensky.thai == "เซเลนสกี")
    #expect(zelensky.score > nato.score)
    #expect(candidates.first { $0.english == "Brussels" }?.thai == "บรัสเซลส์")
  }

  @Test func acronymsSpelledOutInThaiArePairedWithTheirLetters() throws {
    // Thai news spells most acronyms in letter names; the glossary's own (ยูเอ็น ↔ United
    // Nations) is never proposed again, and ดีที่สุด ("the best") is no "DT".
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("un-\(UInt64.random(in: 0...UInt64.max)).tsv").path
    try "ยูเอ็น\tUnited Nations\tadmitted\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    var miner = try NameMiner(glossary: try Glossary.load(path: path))
    miner.add(thai: "ลีกบาสเกตบอลเอ็นบีเอประกาศว่าฤดูกาลนี้ดีที่สุด", english: "The NBA said this season was the best DT ever.", unit: 1)
    miner.add(thai: "ผู้เล่นเอ็นบีเอสองคนเดินทางไปยูเอ็น", english: "Two NBA players went to the UN.", unit: 2)
    let candidates = miner.candidates(minScore: 0)
    let nba = try #require(candidates.first { $0.english == "NBA" })
    #expect(nba.thai == "เอ็นบีเอ" && nba.units == [1, 2])
    #expect(!candidates.contains { $0.english == "DT" || $0.english == "UN" })
  }

  /// A whole article in one unit (no sentence alignment): each English name is looked for among
  /// the Thai spans at about its own place in the text, and the missing names still come out.
  @Test func wholeArticleInOneUnitStillGivesTheMissingNames() throws {
    let glossary = try Glossary.load(path: try extendFixture("names-missing.tsv"))
    var miner = try NameMiner(glossary: glossary)
    let pairs = try extendSeedPairs()
    // Three copies make the unit longer than the search window, so the window is in use.
    let thai = Array(repeating: pairs.map(\.0).joined(separator: " "), count: 3).joined(separator: " ")
    let english = Array(repeating: pairs.map(\.1).joined(separator: " "), count: 3).joined(separator: " ")
    #expect(Double(english.count) > 2 * NameMiner.searchWindow)
    miner.add(thai: thai, english: english, unit: 1)
    let candidates = miner.candidates(minScore: 0)
    for (th, en) in ["อลาสกา": "Alaska", "คูร์สก์": "Kursk", "เครมลิน": "Kremlin"] {
      #expect(candidates.first { $0.thai == th }?.english == en, "\(th)")
    }
  }
}

/// A Thai span that is one common word is not a name, unless it sounds almost the same as the
/// English (ชวา ↔ Java) or the English translates it (ปั๊ม ↔ Pump).
struct NameMinerCommonWordTests {
  static let pairs = [
    ("เมื่อวันจันทร์ ดาราหนุ่มกล่าวว่าเขาจะกลับมาแสดงอีกครั้งในปีหน้า", "On Monday, Damon said he would be back on stage next year."),
    ("แผ่นดินไหวเขย่าเกาะชวาของอินโดนีเซียเมื่อวันจันทร์", "An earthquake shook the Indonesian island of Java on Monday."),
    ("ผู้ประท้วงปิดล้อมปั๊ม ของบริษัทในเมือง", "Protesters blocked the company's Pump in the town."),
  ]

  static func candidates(lexicon: Lexicon) throws -> [NameCandidate] {
    var miner = try NameMiner(glossary: Glossary(), lexicon: lexicon)
    for (i, pair) in pairs.enumerated() { miner.add(thai: pair.0, english: pair.1, unit: i + 1) }
    return miner.candidates(minScore: 0)
  }

  @Test func commonWordsAreNotPairedWithNamesTheyDoNotMean() throws {
    var lexicon = Lexicon()
    lexicon.add(thai: "ดารา", english: ["actor", "star"])
    lexicon.add(thai: "ชวา", english: ["schwa"])
    lexicon.add(thai: "ปั๊ม", english: ["pump"])
    let without = try Self.candidates(lexicon: Lexicon())
    #expect(without.contains { $0.thai == "ดารา" && $0.english == "Damon" })
    let with = try Self.candidates(lexicon: lexicon)
    #expect(!with.contains { $0.thai == "ดารา" })
    #expect(with.contains { $0.thai == "ชวา" && $0.english == "Java" })
    #expect(with.contains { $0.thai == "ปั๊ม" && $0.english == "Pump" }, "\(with.map { ($0.thai, $0.english) })")
  }
}

/// ๆ repeats the word before it and is no letter of a name (NTREX dev: ที่อื่น ๆ จะสอน, "others
/// will teach", had paired with "Japanese" at 0.78 when the glossary lacked ญี่ปุ่น).
struct NameMinerRepetitionMarkTests {
  @Test func aSpanWithMaiyamokIsNoNameAndTheRealNameWins() throws {
    let thai = "โรงเรียนหลายแห่งจะมุ่งเน้นไปที่ภาษาสมัยใหม่แบบคลาสสิกมากขึ้น ในขณะทีที่อื่น ๆ จะสอนภาษาที่ดูเหมือนว่าจะมีความสำคัญที่สุดสำหรับสหราชอาณาจักรเมื่อมองไปข้างหน้าถึงปี 2020 เช่น ภาษาจีนกลางหรือภาษาญี่ปุ่น"
    let english = "A number of schools will focus on the more classic modern languages, whereas others will teach languages that are deemed to be most important for the UK when looking ahead to 2020, such as Mandarin or Japanese."
    var miner = try NameMiner(glossary: Glossary())
    miner.add(thai: thai, english: english, unit: 1)
    let found = miner.candidates(minScore: 0)
    #expect(!found.contains { $0.thai.unicodeScalars.contains("\u{0E46}") }, "\(found.map { ($0.thai, $0.english) })")
    #expect(found.contains { $0.thai == "ญี่ปุ่น" && $0.english == "Japanese" }, "\(found.map { ($0.thai, $0.english) })")
  }
}

/// A whole name on both sides wins over a part of it that sounds a little closer: one syllable
/// (จอง ↔ Jong) sounds the same as easily as a whole name does.
struct NameMinerWholeNameTests {
  @Test func withNoGlossaryTheSeedGivesWholeNamesNotSyllables() throws {
    var miner = try NameMiner(glossary: Glossary())
    for (i, pair) in try extendSeedPairs().enumerated() { miner.add(thai: pair.0, english: pair.1, unit: i + 1) }
    let found = miner.candidates(minScore: 0.55).map { "\($0.thai) → \($0.english)" }
    for whole in ["คิม จองอึน → Kim Jong Un", "วลาดิมีร์ ปูติน → Vladimir Putin", "โดนัลด์ ทรัมป์ → Donald Trump"] {
      #expect(found.contains(whole), "\(found)")
    }
    #expect(!found.contains("จอง → Jong"), "\(found)")
  }

  /// Every candidate of one pair, as "th → en".
  static func candidates(thai: String, english: String) throws -> [String] {
    var miner = try NameMiner(glossary: Glossary())
    miner.add(thai: thai, english: english, unit: 1)
    return miner.candidates(minScore: 0).map { "\($0.thai) → \($0.english)" }
  }

  /// Two names apart by a comma are two entries, not one: the Thai writes รัฐ between them.
  @Test func aRunWithACommaIsNotOneLongerName() throws {
    let found = try Self.candidates(
      thai: "เดอะเทนเนสเชียนรายงานว่าสาวจากแนชวิลล์ รัฐเทนเนสซีเสียชีวิตแล้ว",
      english: "The Tennessean reported that the woman from Nashville, Tennessee has died.")
    #expect(!found.contains { $0.contains("Nashville, Tennessee") }, "\(found)")
  }

  /// A possessive ends a name: "Nice's Hospital Louis Pasteur" is Nice and then Louis Pasteur, and
  /// each pairs with its own Thai (NTREX dev).
  @Test func aPossessiveEndsOneNameAndTheNextMayStart() throws {
    let found = try Self.candidates(
      thai: "เมื่อลงจอด ลูกสาวของเธอถูกส่งรุดไปยังโรงพยาบาลหลุยส์ ปาสเตอร์ 2 ของไนซ์ ที่ซึ่งหมอทำงานอย่างไร้ผลเพื่อช่วยชีวิตเธอ",
      english: "On landing her daughter had been rushed to Nice's Hospital Louis Pasteur 2, where doctors worked in vain to save her life.")
    #expect(found.contains("หลุยส์ ปาสเตอร์ → Louis Pasteur") && found.contains("ไนซ์ → Nice"), "\(found)")
  }

  /// จะ ("will") glued by libthai to the end of an unknown surname is cut off (NTREX headline).
  @Test func aFunctionWordGluedToTheEndOfANameIsCutOff() throws {
    let found = try Self.candidates(
      thai: "อลิซาเบธ วอร์เรนจะ \"จับตาดูอย่างใกล้ชิด\" ในการชิงตำแหน่งประธานาธิบดี",
      english: "Elizabeth Warren Will Take \"Hard Look\" At Running For President")
    #expect(found.contains("อลิซาเบธ วอร์เรน → Elizabeth Warren"), "\(found)")
  }
}
