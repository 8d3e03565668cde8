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

struct LanguageTagTests {
  @Test(arguments: [
    ("th", "th", true), ("th-TH", "TH", true), ("th_TH", "th", true), ("EN-us", "en-GB", true),
    ("th", "tha", false), ("en", "th", false), ("", "", true), ("t", "th", false),
  ])
  func samePrimary(a: String, b: String, expected: Bool) {
    #expect(LanguageTag.samePrimary(a, b) == expected)
    #expect((LanguageTag.primary(a) == LanguageTag.primary(b)) == expected)
  }
}
