import Align
import Glossary
import Testing

/// What the miner takes as evidence that a Thai span and an English name are one name, on
/// sentence pairs of the NTREX dev news (aligned as `thaitm align` aligns them).
struct NameMinerEvidenceTests {
  static func candidates(_ pairs: [(String, String)]) throws -> [NameCandidate] {
    var miner = try NameMiner(glossary: Glossary())
    for (i, pair) in pairs.enumerated() { miner.add(thai: pair.0, english: pair.1, unit: i + 1) }
    return miner.candidates(minScore: 0)
  }

  /// The show "This Morning" stays in Latin letters in the Thai: no Thai word (หมอนอิง,
  /// "cushions", later in the sentence) is its translation. A Latin gloss in parentheses after
  /// the Thai spelling (บาจา (Baja)) is the best evidence there is, and is still mined.
  @Test func namesTheThaiWritesInLatinAreNotPairedButGlossesAre() throws {
    let found = try Self.candidates([
      ("ผู้เชี่ยวชาญเชื่อว่าการจากไปของพรีเซ็นเตอร์รายการ This Morning นั้น จะทำให้ธุรกิจนี้เสียหายหลายล้าน เนื่องจากเม็ดเงินลงทุนที่หนักในตัวสินค้าต่างๆ ตั้งแต่หมอนอิง เทียนไข จนถึงเสื้อผ้า",
       "Experts believe the departure of the This Morning presenter could cost the firm millions due to hefty investment in products ranging from cushions and candles to clothing."),
      ("เมื่อโรซ่าเข้าใกล้คาบสมุทรบาจา (Baja) แคลิฟอร์เนีย (California) ในวันจันทร์โดยมีสภาพเป็นพายุโซนร้อนนั้น",
       "As Rosa approaches the Baja California peninsula on Monday as a tropical storm."),
    ])
    #expect(!found.contains { $0.english.contains("Morning") }, "\(found.map { ($0.thai, $0.english) })")
    #expect(found.contains { $0.thai == "บาจา" && $0.english == "Baja" })
    #expect(found.contains { $0.thai == "โรซ่า" && $0.english == "Rosa" })
  }

  /// Ordinary Thai words that only roughly sound like a capitalised English word are not names:
  /// เช่น ("such as") ↔ Citizen, ปกป้อง ("protect") ↔ Prison, คร่า ("take lives") ↔ Quake, which
  /// the Thai also uses where that English is absent. ลมบก is a dictionary word too ("land
  /// breeze"), but here it is Lombok, written in both units that name Lombok.
  @Test func ordinaryWordsMustSoundAlikeAndFollowTheName() throws {
    let found = try Self.candidates([
      ("นี่เป็นปีที่เจ็ดแล้ว สำหรับเทศกาลพลเมืองโลก ไม่เพียงแต่สนุกกับการแสดง เช่น Janet Jackson และ Shawn Mendes",
       "Now in its seventh year, the Global Citizen Festival will let people enjoy acts such as Janet Jackson and Shawn Mendes."),
      ("เจ้าหน้าที่หกคนได้รับบาดเจ็บจากการก่อเหตุความวุ่นวายที่เรือนจำชายที่มีการปกป้องแน่นหนา เจ้าหน้าที่เรือนจำกล่าว",
       "Six prison officers have been injured in a disturbance at a high security men's jail, the Prison Office has said."),
      ("สึนามิและแผ่นดินไหวที่เกาะแห่งหนึ่งของอินโดนีเซีย คร่าชีวิตผู้คนนับร้อย",
       "Indonesia Tsunami and Quake Devastate an Island, Killing Hundreds"),
      ("พายุลูกนี้คร่าชีวิตผู้คนไปแล้วสิบราย", "The storm has killed ten people."),
      ("ตำรวจปกป้องผู้ชุมนุมจากความรุนแรง", "Police protected the protesters from violence."),
      ("ผู้คนชอบผลไม้ เช่น มะม่วงและทุเรียน", "People like fruit such as mangoes and durians."),
      ("แผ่นดินไหวครั้งใหญ่เข้าใส่เกาะท่องเที่ยวแห่งลมบกของอินโดนีเซีย ซึ่งมีคนเสียชีวิตกว่า 500 คน",
       "Major quakes hit Indonesia's tourist island of Lombok, killing more than 500 people."),
      ("อินโดนีเซียเมื่อต้นปีที่ผ่านมาได้รับผลกระทบจากแผ่นดินไหวในเกาะลมบกซึ่งมีผู้เสียชีวิตกว่า 550 คน",
       "Indonesia was hit earlier this year by earthquakes in Lombok in which more than 550 people died."),
    ])
    let pairs = found.map { ($0.thai, $0.english) }
    #expect(!found.contains { ["Citizen", "Prison", "Quake"].contains($0.english) }, "\(pairs)")
    #expect(found.contains { $0.thai == "ลมบก" && $0.english == "Lombok" && $0.units == [7, 8] }, "\(pairs)")
  }

  /// พวก ("the group of") and และ ("and") are not part of a name next to them.
  @Test func groupWordsAndConjunctionsEndASpan() throws {
    let found = try Self.candidates([
      ("นายกรัฐมนตรีกำลังดิ้นรนท่ามกลางการโจมตีจากพวกเบร็กซิต พวก Remain และ สหภาพยุโรป",
       "The premier is struggling amid attacks from Brexiteers, Remainers and the EU."),
    ])
    #expect(!found.contains { $0.thai.contains("พวก") }, "\(found.map { ($0.thai, $0.english) })")
  }

  /// libthai glues the first letters of the next word to an unknown name (แซนเดอร์ส|กล่าว comes
  /// out as …|สก|ล่า|ว); the span is cut back to the name.
  @Test func lettersOfTheNextWordAreCutOffAName() throws {
    let found = try Self.candidates([
      ("แซนเดอร์สกล่าวว่าการไม่มีการแถลงข่าวไม่ได้เกิดจากความรังเกียจ", "On Monday, Sanders said the scarcity of briefings was not due to a distaste."),
      ("คนหลายร้อยคนเสียชีวิตบนเกาะไนแอสนอกชายฝั่งเกาะสุมาตรา", "Hundreds died in Nias Island, off the coast of Sumatra."),
      ("“ผมโตมากับการเฝ้าดูชายคนนั้น” ราห์มวัย 23 ปีกล่าว", "\"I grew up watching that guy,\" said 23-year-old Rahm."),
    ])
    let pairs = Dictionary(found.map { ($0.english, $0.thai) }, uniquingKeysWith: { a, _ in a })
    #expect(pairs["Sanders"] == "แซนเดอร์ส")
    #expect(pairs["Nias"] == "ไนแอส")
    #expect(pairs["Rahm"] == "ราห์ม")
  }

  /// Words in capitals beside other words in capitals are shouting, not acronyms; an acronym
  /// alone in the sentence is still paired with itself.
  @Test func shoutedWordsAreNotAcronyms() throws {
    let found = try Self.candidates([
      ("Tory MP กล่าวว่า NIGEL FARAGE ควรได้รับให้ทำหน้าที่ในการเจรจาต่อรอง", "Tory MP says NIGEL FARAGE should be put in charge of negotiations"),
      ("หัวหน้ากลุ่มอนุรักษ์นิยม TPUSA ที่ทวีตว่า: \"ขอบคุณที่ยืนเคียงข้างกันกับ MOB\"",
       "head of conservative group TPUSA, who tweeted: \"THANK YOU FOR STANDING UP TO THE MOB.\""),
    ])
    let english = found.map(\.english)
    #expect(english.contains("TPUSA") && english.contains("MP"), "\(english)")
    #expect(!english.contains("NIGEL") && !english.contains("FARAGE") && !english.contains("MOB"), "\(english)")
  }

  /// A plural English name whose Thai has no -s gives its singular, as a glossary wants it; a
  /// name whose Thai keeps the s stays as written.
  @Test func pluralNamesGiveTheirSingular() throws {
    let found = try Self.candidates([
      ("ผู้นำพรรครีพับลิกันกล่าวว่าจะลงคะแนนในสัปดาห์หน้า", "Senate Republicans said they would vote next week."),
      ("หลังจากนั้นแซนเดอร์สได้ตอบคำถามของนักข่าว", "After that, Sanders answered the reporters' questions."),
    ])
    #expect(found.first { $0.thai == "รีพับลิกัน" }?.english == "Republican", "\(found.map { ($0.thai, $0.english) })")
    #expect(found.first { $0.thai == "แซนเดอร์ส" }?.english == "Sanders")
  }

  /// Two unknown names joined by และ ("and") come from libthai as one piece; it is split there.
  @Test func twoNamesJoinedByAndAreTwoNames() throws {
    let found = try Self.candidates([
      ("โดยก่อนหน้านี้ได้ปฏิเสธการทาบทามจากบาร์นสลีย์และอิปสวิชทาวน์", "having previously rejected overtures from Barnsley and Ipswich Town."),
    ])
    let pairs = Dictionary(found.map { ($0.english, $0.thai) }, uniquingKeysWith: { a, _ in a })
    #expect(pairs["Barnsley"] == "บาร์นสลีย์" && pairs["Ipswich Town"] == "อิปสวิชทาวน์", "\(pairs)")
  }

  /// An extra English word that does not make the Thai sound closer is not part of the name:
  /// เชโกสโลวาเกีย is not "Czechoslovak Jew" (ยิว, "Jew", is a word of its own before it).
  @Test func extraWordsThatDoNotSoundCloserAreLeftOut() throws {
    let found = try Self.candidates([
      ("แม่ของฉันเป็นชาวยิวเชโกสโลวาเกียผู้ซึ่งถูกเนรเทศไปยังเอาชวิทซ์โดยระบอบนาซี",
       "My mother was a Czechoslovak Jew who was deported to Auschwitz by the Nazi regime."),
    ])
    let pairs = Dictionary(found.map { ($0.thai, $0.english) }, uniquingKeysWith: { a, _ in a })
    #expect(pairs["เชโกสโลวาเกีย"] == "Czechoslovak", "\(pairs)")
    #expect(pairs["เอาชวิทซ์"] == "Auschwitz")
  }

  /// A name whose first syllable libthai reads as a function word (มา|ยอร์ก้า: มา "come") still
  /// starts a span, as the piece after it is unknown; the particle before the space (กัน) does not.
  @Test func aNameMayStartWithWhatLooksLikeAFunctionWord() throws {
    let found = try Self.candidates([
      ("แต่มันก็ยินยอมร่วมกัน มายอร์ก้ายังอ้างว่าเธอได้ไปหาตำรวจ", "But Mayorga also claims she went to the police."),
    ])
    #expect(found.first { $0.english == "Mayorga" }?.thai == "มายอร์ก้า", "\(found.map { ($0.thai, $0.english) })")
  }
}

extension NameMinerEvidenceTests {
  /// A name may open every English sentence it is in (the NTREX headline "Macedonians go to
  /// polls …"); it is still mined when its Thai sounds almost the same (ชาวแม็คซิโดเนี่ยน,
  /// "Macedonian people"). A sentence-opening word also seen in small letters ("Voters … the
  /// voters") is an ordinary word: not paired, even with a Thai loanword (โวเตอร์).
  @Test func aNameThatOnlyOpensSentencesIsMinedButNotAnOrdinaryOpener() throws {
    let found = try Self.candidates([
      ("ชาวแม็คซิโดเนี่ยนลงคะแนนเสียงประชามติเพื่อการเปลี่ยนชื่อของประเทศ",
       "Macedonians go to polls in referendum on changing country's name"),
      ("โวเตอร์จะลงคะแนนเสียงในวันอาทิตย์",
       "Voters will vote Sunday on whether to change their country's name."),
      ("โวเตอร์บางคนไม่พอใจ", "Many of the voters are unhappy."),
    ])
    let pairs = found.map { ($0.thai, $0.english) }
    #expect(found.contains { $0.thai == "แม็คซิโดเนี่ยน" && $0.english == "Macedonian" }, "\(pairs)")
    #expect(!found.contains { $0.english.hasPrefix("Voter") }, "\(pairs)")
  }
}

extension NameMinerEvidenceTests {
  /// An abbreviated English title is not a name: the Thai writes it out (กัปตัน "captain" for
  /// Capt.), so กัปตัน ↔ Capt would put a spelling in the glossary that no Thai text has. The
  /// loanword beside it (ไลฟ์การ์ด ↔ Lifeguard) is still paired. (With the shipped lexicon, as
  /// `thaitm extend` mines.)
  @Test func abbreviatedTitlesAreNotNames() throws {
    var miner = try NameMiner(glossary: Glossary(), lexicon: try Repo.lexicon())
    for (i, pair) in [
      ("ไม่มีใครรู้ว่าฉลามที่ทำร้ายเด็กครั้งนี้เป็นสายพันธุ์อะไร กัปตันไลฟ์การ์ด Larry Giles กล่าวกับผู้สื่อข่าว",
       "The species of shark responsible for the attack was unknown. Lifeguard Capt. Larry Giles said at a media briefing."),
      ("ก่อนหน้านี้ กัปตัน Larry Giles ได้เตือนนักว่ายน้ำแล้ว", "Earlier, Capt. Larry Giles had warned swimmers."),
    ].enumerated() {
      miner.add(thai: pair.0, english: pair.1, unit: i + 1)
    }
    let found = miner.candidates(minScore: 0)
    let pairs = found.map { ($0.thai, $0.english) }
    #expect(!found.contains { $0.english.hasPrefix("Capt") }, "\(pairs)")
    #expect(found.contains { $0.english == "Lifeguard" }, "\(pairs)")
  }
}

extension NameMinerEvidenceTests {
  /// A day name before a name word opens the name (the Sunday Times), not a date: "Sunday" used
  /// to be cut off as a stop word, and "Times" alone then met the plural rule and paired ไทม์
  /// with "Time", a paper that does not exist. A day that is a date is still cut ("on Sunday").
  @Test func aDayNameBeforeANameWordIsPartOfTheName() throws {
    var miner = try NameMiner(glossary: Glossary(), lexicon: try Repo.lexicon())
    miner.add(
      thai: "นายกรัฐมนตรีกล่าวหานักวิจารณ์ในการให้สัมภาษณ์กับหนังสือพิมพ์ ซันเดย์ ไทม์ ( Sunday Times)",
      english: "The prime minister accused critics in an interview with the Sunday Times newspaper.", unit: 1)
    miner.add(thai: "ผู้มีสิทธิ์ลงคะแนนเสียงจะไปลงคะแนนในวันอาทิตย์", english: "Voters will go to the polls on Sunday.", unit: 2)
    let found = miner.candidates(minScore: 0)
    let pairs = found.map { ($0.thai, $0.english) }
    #expect(!found.contains { $0.english == "Time" || $0.english == "Times" && $0.thai == "ไทม์" }, "\(pairs)")
    #expect(found.contains { $0.thai.hasPrefix("ซันเดย์") && $0.english.hasPrefix("Sunday") }, "\(pairs)")
    #expect(!found.contains { $0.units == [2] }, "\(pairs)")
  }
}
