import TMX
import Testing

struct TranslationUnitTests {
  @Test func variantLookupUsesPrimarySubtag() {
    let tu = TranslationUnit(variants: [
      TranslationVariant(language: "en-US", text: "Kim Jong Un"),
      TranslationVariant(language: "TH", text: "คิม จองอึน"),
    ])
    #expect(tu.variant(for: "th")?.segment.plainText == "คิม จองอึน")
    #expect(tu.variant(for: "en")?.segment.plainText == "Kim Jong Un")
    #expect(tu.variant(for: "ru") == nil)
  }
}
