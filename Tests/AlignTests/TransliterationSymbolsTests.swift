import Align
import Testing

struct TransliterationSymbolsTests {
  @Test func symbolsNameElementsAndUnits() {
    #expect(TransliterationSymbols.names(of: "Se") == ["Selenium"])
    #expect(TransliterationSymbols.names(of: "W") == ["Tungsten", "Wolfram", "watt"])
    #expect(TransliterationSymbols.names(of: "THz") == ["terahertz"])
    #expect(TransliterationSymbols.names(of: "YB") == ["yottabyte", "yottabel"])
    #expect(TransliterationSymbols.names(of: "Uuq") == ["Ununquadium"])
    // Case matters, and a word is not a symbol.
    #expect(TransliterationSymbols.names(of: "SE").isEmpty)
    #expect(TransliterationSymbols.names(of: "Volt").isEmpty)
  }

  let scorer = TransliterationScorer(model: .shipped, dictionary: TransliterationDictionary(), channels: .standard)

  @Test func aSymbolScoresAsTheNameItStandsFor() {
    // The distractors are ones that beat the symbol on names-dev training rows without the channel.
    #expect(scorer.ranksFirst("ซีลีเนียม", "Se", among: ["Cline", "Serinus", "Sn", "Ce"]))
    #expect(!scorer.ranksFirst("ซีลีเนียม", "Se", among: ["Cline"], channels: [.transliteration, .translation, .spelled]))
    #expect(scorer.ranksFirst("ธาตุแพลตินัม", "Pt", among: ["West Indies", "Pa", "P"]))
    #expect(scorer.ranksFirst("โวลต์", "V", among: ["Sylvanus", "W", "VW"]))
    #expect(scorer.ranksFirst("คูลอมบ์", "C", among: ["Columbus", "Cu", "Co"]))
    #expect(scorer.ranksFirst("เทราเฮิรตซ์", "THz", among: ["Hz", "GHz", "Tehran"]))
    // ก๊าซ (gas) is left out like other kind words.
    #expect(scorer.ranksFirst("ก๊าซออกซิเจน", "O", among: ["Cassia fistula", "Os", "H"]))
  }

  @Test func theNameItselfStillBeatsItsSymbol() {
    #expect(scorer.ranksFirst("แคดเมียม", "Cadmium", among: ["Cd", "Ca"]))
    #expect(scorer.ranksFirst("โวลต์", "Volt", among: ["V"]))
  }

  @Test func aThaiNumberTakesTheSameRomanNumeral() {
    #expect(scorer.ranksFirst("สิบห้า", "XV", among: ["Silenus", "XIV", "XVI", "V", "15th"]))
    #expect(!scorer.ranksFirst("สิบห้า", "XV", among: ["Silenus"], channels: [.transliteration, .translation, .spelled]))
    #expect(scorer.ranksFirst("ห้าสิบ", "L", among: ["Kamehameha I", "C", "LV"]))
    #expect(scorer.ranksFirst("๒๘", "XXVIII", among: ["XXVII", "IIXXX"]))
    // A name that only sounds like a number word is not a number.
    #expect(scorer.ranksFirst("สีลม", "Silom", among: ["IV", "XIV"]))
  }

  @Test func aCompassPointTakesItsAbbreviation() {
    #expect(TransliterationSymbols.compassPoint("ทิศตะวันตกเฉียงใต้") == "SW")
    #expect(scorer.ranksFirst("ตะวันออก", "E", among: ["Tombaugh", "W", "Taiwan"]))
    #expect(scorer.ranksFirst("ตะวันตกเฉียงใต้", "SW", among: ["Twin Falls", "SE", "NW"]))
    #expect(!scorer.ranksFirst("ตะวันออก", "E", among: ["Tombaugh"], channels: [.transliteration, .translation, .spelled]))
  }
}
