import Align
import Testing

/// The third round of names-dev rules (docs/quality/extend.md), each on training fold 0 rows
/// with the distractor that beat the right name there before the rule.
struct TransliterationRound3Tests {
  let scorer = TransliterationScorer(model: .shipped, dictionary: TransliterationDictionary(), channels: .standard)

  @Test func multiLetterChunksWithoutTheConsonantsSoundAreNotSounds() {
    // ปฏิทินฮิบรู ↔ Jewish calendar taught EM ฏ → "jew"; ชาวกรกฏ (the sign Cancer) then read "Jew".
    #expect(Bool(scorer.ranksFirst("ชาวกรกฏ", "Cancer", among: ["Jew"])))
    #expect(Bool(scorer.ranksFirst("สกุลโพ", "Poa", among: ["Dix"])))
    #expect(Bool(scorer.ranksFirst("ชาวกรีซ", "Grecian", among: ["Ingres"])))
    let model = TransliterationModel.shipped.keepingSoundClassChunks()
    #expect(model.similarity(thai: "กรกฏ", english: "Jew") < 0.2)
    // Chunks that hold the consonant's sound stay: ท → "th", ค → "ch".
    #expect(model.similarity(thai: "คูร์สก์", english: "Kursk") > 0.8)
    #expect(model.similarity(thai: "เธมส์", english: "Thames") > 0.6)
  }

  @Test func dayNamesShortMonthsAndTheGreatAreTranslated() {
    #expect(Bool(scorer.ranksFirst("ศุกร์", "Friday", among: ["Goma"])))
    #expect(Bool(scorer.ranksFirst("อาทิตย์", "Sun", among: ["British capacity unit"])))
    #expect(Bool(scorer.ranksFirst("มิถุนา", "June", among: ["Mitella pentandra"])))
    #expect(Bool(scorer.ranksFirst("พฤศจิกา", "November", among: ["Millikan"])))
    // Peter Minuit is another training row's name, which sounds closer without มหาราช = Great.
    #expect(Bool(scorer.ranksFirst("พระเจ้าปีเตอร์มหาราช", "Peter the Great", among: ["Patrick", "Peter Minuit"])))
  }

  @Test func aMoonIsNamedWithoutTheWordMoon() {
    #expect(Bool(scorer.ranksFirst("ดวงจันทร์ไอโอ", "Io", among: ["John"])))
  }
}
