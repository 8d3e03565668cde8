import Align
import Testing

/// A Thai sentence that opens with a name in Latin script ends the sentence before it, not
/// after it, when its English sentence opens with the same name (`SentenceOpeners`).
@Suite struct SentenceOpenerTests {
  /// NTREX dev document 52: `… กับ 247sports Wayde เดินเข้ามา…` and `… Simpson Simpson ถูก…`.
  /// Without the rule the name went to the end of the previous Thai sentence three times.
  @Test(.enabled(if: Repo.hasNTREX)) func latinNameOpensTheThaiSentence() async throws {
    try #require(try Repo.lines("../shared/data/ntrex-dev/doc.th.txt")[51].contains("247sports Wayde"))
    let pairs = try await Repo.alignedNTREXDocument(51)
    let wayde = try #require(pairs.first { $0.english.hasPrefix("Wayde stepped in") })
    #expect(wayde.thai.hasPrefix("Wayde เดินเข้ามาปกป้องเพื่อนของเขา"))
    #expect(wayde.thai.hasSuffix("ถูกยิงโดย Simpson"))
    let questioned = try #require(pairs.first { $0.english.hasPrefix("Simpson was questioned") })
    #expect(questioned.thai.hasPrefix("Simpson ถูกสอบสวน"))
    let arrested = try #require(pairs.first { $0.english.hasPrefix("Simpson was arrested") })
    #expect(arrested.thai.hasPrefix("Simpson ถูกจับ"))
    #expect(pairs.contains { $0.thai.hasSuffix("กับ 247sports") })
  }

  /// NTREX dev document 40: `… ผ่านการแก้ไขครั้งที่ 25 โรเซนสไตน์ ปฏิเสธรายงานดังกล่าว …` with
  /// `Rosenstein denied the report.`: the Thai-script name spells the English one, so the
  /// sentence ends before it (it was cut after it).
  @Test(.enabled(if: Repo.hasNTREX)) func thaiScriptNameOpensTheThaiSentence() async throws {
    let pairs = try await Repo.alignedNTREXDocument(39)
    let denied = try #require(pairs.first { $0.english.hasPrefix("Rosenstein denied the report.") })
    #expect(denied.thai.hasPrefix("โรเซนสไตน์ ปฏิเสธรายงานดังกล่าว"))
    #expect(pairs.contains { $0.thai.hasSuffix("ผ่านการแก้ไขครั้งที่ 25") })
  }

  /// NTREX dev document 61: `… Thorbjorn Olesen แห่งเดนมาร์ก ดัสติน จอห์นสันผู้เล่น…` with
  /// `… of Denmark.` and `The world's top-ranked player, Dustin Johnson, fell …`: the English
  /// opens with a descriptor and a name set off by commas, the Thai with the name, so the
  /// sentence ends before ดัสติน (it was cut inside the name, `ดัสติน | จอห์นสัน`).
  @Test(.enabled(if: Repo.hasNTREX)) func nameAfterAnEnglishDescriptorOpensTheThaiSentence() async throws {
    let pairs = try await Repo.alignedNTREXDocument(60)
    let spieth = try #require(pairs.first { $0.english.hasPrefix("American Jordan Spieth was blown out") })
    #expect(spieth.thai.hasPrefix("จอร์แดน สปีธ ชาวอเมริกัน"))
    #expect(spieth.thai.hasSuffix("Thorbjorn Olesen แห่งเดนมาร์ก"))
    let johnson = try #require(pairs.first { $0.english.hasPrefix("The world's top-ranked player, Dustin Johnson") })
    #expect(johnson.thai.hasPrefix("ดัสติน จอห์นสันผู้เล่นอันดับต้น"))
  }

  /// NTREX dev document 34: `… ธุรกิจชาวอเมริกัน ประเทศจีน แบรนสตัด เขียน…` with `China, Branstad
  /// wrote …`: a name after a fronted phrase and a comma is no opener (the Thai opens with
  /// ประเทศจีน, the translation of `China`), so the cut stays before ประเทศจีน. Guards the comma
  /// rule: looking past every comma moved the cut to put แบรนสตัด first.
  @Test(.enabled(if: Repo.hasNTREX)) func nameAfterAFrontedPhraseIsNoOpener() async throws {
    let pairs = try await Repo.alignedNTREXDocument(33)
    let wrote = try #require(pairs.first { $0.english.hasPrefix("China, Branstad wrote") })
    #expect(wrote.thai.hasPrefix("ประเทศจีน แบรนสตัด เขียนความคิดเห็น"))
    #expect(pairs.contains { $0.thai.hasSuffix("ธุรกิจชาวอเมริกัน") })
  }
}
