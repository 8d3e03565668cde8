import Glossary
import Testing

struct ConceptTests {
  @Test func forbiddenRenderingsAreNotAllowed() {
    let concept = Concept(
      thai: [Term("คิม จองอึน")],
      english: [Term("Kim Jong Un"), Term("Kim Jong-un", status: .admitted), Term("Kim Jong Il", status: .forbidden)],
      type: .person)
    #expect(concept.allowedEnglish.map(\.text) == ["Kim Jong Un", "Kim Jong-un"])
    #expect(concept.forbiddenEnglish.map(\.text) == ["Kim Jong Il"])
    #expect(concept.preferredEnglish?.text == "Kim Jong Un")
  }
}
