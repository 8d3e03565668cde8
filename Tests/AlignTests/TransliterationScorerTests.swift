import Align
import Testing

struct TransliterationScorerTests {
  static func lexicon() -> Lexicon {
    var lexicon = Lexicon()
    lexicon.add(thai: "กระทรวง", english: ["ministry", "department"])
    lexicon.add(thai: "เกษตร", english: ["agriculture"])
    lexicon.add(thai: "ห่าน", english: ["goose"])
    return lexicon
  }

  let scorer = TransliterationScorer(
    model: .shipped, dictionary: TransliterationDictionary(lexicon: lexicon()), channels: .all)

  @Test func translatedNamesRankFirstWithTheTranslationChannel() {
    let others = ["Dartmouth College", "Agatha Christie", "Kremlin", "Gresham's Law", "Kursk"]
    #expect(scorer.ranksFirst("กระทรวงเกษตร", "Department of Agriculture", among: others))
    #expect(!scorer.ranksFirst("กระทรวงเกษตร", "Department of Agriculture", among: others, channels: .transliteration))
    #expect(scorer.ranksFirst("ห่านแคนาดา", "Canada goose", among: ["Canadian", "Kandahar", "Goshen"]))
  }

  @Test func classifierWordsMatchTheirEnglish() {
    #expect(scorer.ranksFirst("ทะเลสาบเชลัน", "Lake Chelan", among: ["Lake Erie", "Chelsea", "Sea of Galilee"]))
    #expect(scorer.ranksFirst("จักรพรรดิทราจัน", "Trajan", among: ["Emperor Nero", "Tristan", "Taiwan"]))
  }

  @Test func demonymEndingsAreLeftOut() {
    // The transliteration channel alone prefers Polyborus (names-dev's nearest distractor).
    #expect(scorer.ranksFirst("ชาวเปรู", "Peruvian", among: ["Polyborus", "Persian cat", "Perugia"]))
    #expect(scorer.ranksFirst("ชาวพุทธ", "Buddhist", among: ["Budapest", "Bodhisattva", "Pietist"]))
  }

  @Test func symbolsAreReadAsInitials() {
    #expect(scorer.ranksFirst("ดิสโพรเซียม", "Dy", among: ["Cm", "Db", "Os", "Kr"], channels: .all))
    #expect(scorer.ranksFirst("คูเรียม", "Cm", among: ["Dy", "Db", "Os", "Rb"], channels: .all))
  }

  @Test func familyNamesTakeAScientificNameOfThatRank() {
    // Neither sound nor words link วงศ์ยอ (the noni family) with Rubiaceae; the rank does, and
    // a bird family takes -idae, not a plant's -aceae.
    // The distractors are the ones that beat the right name on training rows without the channel.
    let others = ["Tallis", "Sills", "Panthera pardus", "Ciconiiformes"]
    #expect(scorer.ranksFirst("วงศ์กลอย", "Dioscoreaceae", among: others, channels: .standard))
    #expect(!scorer.ranksFirst("วงศ์กลอย", "Dioscoreaceae", among: others, channels: [.transliteration, .translation, .affixes]))
    let birds = ["Justinian", "Rutaceae", "Krasnodar"]
    #expect(scorer.ranksFirst("วงศ์นกกระสา", "Ciconiidae", among: birds, channels: .standard))
    #expect(!scorer.ranksFirst("วงศ์นกกระสา", "Ciconiidae", among: birds, channels: [.transliteration, .translation, .affixes]))
    // A name that is not a family gets no help from an -aceae ending.
    #expect(scorer.ranksFirst("คูร์สก์", "Kursk", among: ["Rubiaceae", "Rutaceae"], channels: .standard))
  }

  @Test func acronymsSpelledInLetterNamesMatch() {
    #expect(scorer.ranksFirst("ดับบลิวเอ็มโอ", "WMO", among: ["WHO", "Wimbledon", "Moscow", "OMW"], channels: .standard))
    #expect(scorer.ranksFirst("เอเอ็นเอส", "ANS", among: ["Ames", "ADS", "NSA"], channels: .standard))
    #expect(scorer.ranksFirst("อักษรคิว", "Q", among: ["Kiev", "K", "QC"], channels: .standard))
  }

  @Test func aTitleThatSpellsASyllableIsAlsoReadAsPartOfTheName() {
    // เซอร์ is "Sir", but also the first syllable of Serkin and Cerberus: stripped alone, the
    // Thai is คิน / เบอรัส, which a short name (Quinn, Berra) spells better. ("Kin" still wins: Sir Kin.)
    #expect(scorer.ranksFirst("เซอร์คิน", "Serkin", among: ["Quinn", "Keene", "Kinshasa"], channels: .standard))
    #expect(scorer.ranksFirst("เซอร์เบอรัส", "Cerberus", among: ["Berra", "Bursa", "Sir Walter"], channels: .standard))
    // The title is still stripped for a person's name.
    #expect(scorer.ranksFirst("เซอร์ไอแซก", "Isaac", among: ["Serkin", "Cerberus"], channels: .standard))
  }

  @Test func aWordForTheKindOfProductIsLeftOut() {
    // ปืน (gun) and เหล้า (liquor) are not written in the English brand name.
    #expect(scorer.ranksFirst("ปืนโคลท์", "Colt", among: ["Punch", "Puncak", "Cole"], channels: .standard))
    #expect(scorer.ranksFirst("เหล้าคอนยัค", "Cognac", among: ["Chiang Kai-shek", "Laocoon", "Lao Tzu"], channels: .standard))
  }

  @Test func wholeTransliterationsStillWin() {
    #expect(scorer.ranksFirst("คูร์สก์", "Kursk", among: ["Kremlin", "Kirk", "KS", "Kursk Oblast Museum"], channels: .all))
    #expect(scorer.ranksFirst("อลาสกา", "Alaska", among: ["Atlanta", "Alaskan Malamute", "AL"], channels: .all))
  }
}

struct TransliterationPieceBoundaryTests {
  /// A dictionary word found across a syllable (อก = chest inside ล็อก of ตากาล็อก) must not
  /// explain an English word: it once made "European chestnut" a strong match for Tagalog.
  @Test func dictionaryWordsInsideASyllableExplainNothing() {
    var lexicon = Lexicon()
    lexicon.add(thai: "อก", english: ["chest", "breast"])
    lexicon.add(thai: "ชาว", english: ["people"])
    let scorer = TransliterationScorer(model: .shipped, dictionary: TransliterationDictionary(lexicon: lexicon))
    let thai = scorer.prepare("ชาวตากาล็อก")
    #expect(scorer.score(thai, english: "Tagalog") > scorer.score(thai, english: "European chestnut"))
    #expect(scorer.score(thai, english: "European chestnut") < 0)
    // The same word standing as its own syllable still counts: อกไก่ (chicken breast) ↔ breast.
    let breast = scorer.prepare("อกไก่")
    #expect(scorer.score(breast, english: "Breast") > scorer.score(breast, english: "Bangkok"))
  }
}
