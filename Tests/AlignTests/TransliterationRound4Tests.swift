import Align
import Testing

/// The fourth round of names-dev rules (docs/quality/extend.md), each on training fold 0 rows
/// with the distractor that beat the right name there before the rule. Each rule's assertion is
/// also checked with the rule switched off, where the constants allow it.
struct TransliterationRound4Tests {
  let scorer = TransliterationScorer(model: .shipped, dictionary: TransliterationDictionary(), channels: .standard)

  func switchedOff(_ change: (inout TransliterationScorer.Constants) -> Void, lexicon: Lexicon = Lexicon()) -> TransliterationScorer {
    var constants = TransliterationScorer.Constants()
    change(&constants)
    return TransliterationScorer(
      model: .shipped, dictionary: TransliterationDictionary(lexicon: lexicon), channels: .standard, constants: constants)
  }

  @Test func aCapitalTakesTheNameOfItsCountrysCapital() {
    // เมืองหลวงประเทศจอร์เจีย "the capital of Georgia" ↔ Tbilisi, through จอร์เจีย ↔ Georgia.
    #expect(Bool(scorer.ranksFirst("เมืองหลวงประเทศจอร์เจีย", "Tbilisi", among: ["Idaho", "Burgundy"])))
    #expect(Bool(scorer.ranksFirst("เมืองหลวงมลรัฐไอโอวา", "Des Moines", among: ["Luxembourg-Ville"])))
    // A stray tone mark before the name is skipped.
    #expect(Bool(scorer.ranksFirst("\u{0E49}เมืองหลวงประเทศกรีซ", "Athens", among: ["Bourgogne"])))
    #expect(TransliterationCapitals.country(in: "เมืองหลวงประเทศจอร์เจีย") == "จอร์เจีย")
    #expect(TransliterationCapitals.country(in: "จอร์เจีย") == nil)
    // The country's own name still wins over its capital, by the margin.
    #expect(Bool(scorer.ranksFirst("เมืองหลวงประเทศจอร์เจีย", "Georgia", among: ["Tbilisi"])))
    // Atlanta is the capital of the state of Georgia: the Thai ประเทศ (country) does not tell.
    let off = switchedOff { $0.capitalMargin = 99 }
    let withoutCapitals = off.ranksFirst("เมืองหลวงมลรัฐไอโอวา", "Des Moines", among: ["Luxembourg-Ville"])
    #expect(!withoutCapitals)
  }

  @Test func zodiacSignsAreNamedInLatin() {
    #expect(Bool(scorer.ranksFirst("ชาวตุล", "Libra", among: ["Lychnis flos-cuculi"])))
    #expect(Bool(scorer.ranksFirst("ราศีพิจิก", "Scorpio", among: ["Spanish burgoo"])))
    #expect(Bool(scorer.ranksFirst("กลุ่มดาววัว", "Taurus", among: ["American flag"])))
    #expect(Bool(scorer.ranksFirst("กลุ่มดาวคนแบกหม้อน้ำ", "Aquarius", among: ["Agave tequilana"])))
    // พฤษภ is not a piece of พฤษภาคม (May).
    #expect(Bool(scorer.ranksFirst("พฤษภาคม", "May", among: ["Taurus"])))
  }

  @Test func constellationsThatThaiTranslatesTakeTheirLatinNames() {
    #expect(Bool(scorer.ranksFirst("กลุ่มดาวม้าบิน", "Pegasus", among: ["Guayaquil"])))
    #expect(Bool(scorer.ranksFirst("กลุ่มดาวเตาหลอม", "Fornax", among: ["Taurus"])))
    // กลุ่มดาวมังกร is Draco; Capricorn is ราศีมังกร or กลุ่มดาวแพะทะเล.
    #expect(Bool(scorer.ranksFirst("กลุ่มดาวมังกร", "Draco", among: ["Capricornus"])))
  }

  @Test func academicDegreesAreTranslated() {
    #expect(Bool(scorer.ranksFirst("นิติศาสตร์บัณฑิต", "Bachelor of Laws", among: ["Berlage", "Doctor of Laws"])))
    #expect(Bool(scorer.ranksFirst("ทันตศัลยกรรมดุษฎีบัณฑิต", "Doctor of Dental Surgery", among: ["American ginseng"])))
    #expect(Bool(scorer.ranksFirst("นิติศาสตร์ดุษฎีบัณฑิต", "Doctor of Laws", among: ["Bachelor of Laws"])))
  }

  @Test func dictionaryWordsBeforeANameMayBeLeftOut() {
    var lexicon = Lexicon()
    lexicon.add(thai: "กลุ่ม", english: ["group"])
    lexicon.add(thai: "หัวรุนแรง", english: ["extremist", "radical"])
    let on = switchedOff({ _ in }, lexicon: lexicon)
    // กลุ่มหัวรุนแรงฮามาส "the extremist group Hamas" ↔ Hamas, not Bahamas.
    #expect(Bool(on.ranksFirst("กลุ่มหัวรุนแรงฮามาส", "Hamas", among: ["Bahamas"])))
    let off = switchedOff({ $0.droppedWordsCost = 99 }, lexicon: lexicon)
    let withoutTheRule = off.ranksFirst("กลุ่มหัวรุนแรงฮามาส", "Hamas", among: ["Bahamas"])
    #expect(!withoutTheRule)
  }

  @Test func aShortStemDoesNotExplainAMuchLongerWord() {
    var lexicon = Lexicon()
    lexicon.add(thai: "หน่วย", english: ["unit"])
    // หน่วย "unit" used to explain all twelve letters of Unitarianism (a shared prefix of 4).
    let on = switchedOff({ _ in }, lexicon: lexicon)
    #expect(Bool(on.ranksFirst("หน่วยเงินตราพม่า", "Myanmar monetary unit", among: ["Unitarianism"])))
    let off = switchedOff({ $0.stemSlack = 99 }, lexicon: lexicon)
    let withoutTheRule = off.ranksFirst("หน่วยเงินตราพม่า", "Myanmar monetary unit", among: ["Unitarianism"])
    #expect(!withoutTheRule)
    // Forms of a word still count: Peru ~ Peruvian.
    #expect(Bool(on.ranksFirst("ชาวเปรู", "Peruvian", among: ["Polyborus", "Perth"])))
  }

  @Test func aPeoplesNameThatIsNotThePlacesNameWithAnEnding() {
    // ชาวโปแลนด์ "people of Poland" ↔ Pole, through โปแลนด์ ↔ Poland.
    #expect(Bool(scorer.ranksFirst("ชาวโปแลนด์", "Pole", among: ["England", "Holland", "Portland"])))
    #expect(Bool(scorer.ranksFirst("ประชาชนชาวเนเธอร์แลนด์", "Dutch", among: ["Danish"])))
    #expect(TransliterationDemonyms.place(in: "ชาวโปแลนด์") == "โปแลนด์")
    let off = switchedOff { $0.demonymMargin = 99 }
    let withoutTheRule = off.ranksFirst("ชาวโปแลนด์", "Pole", among: ["Holland"])
    #expect(!withoutTheRule)
  }
}
