import Align
import Testing

/// A headline merged by the search with the first sentence that restates it, or two sentences
/// across a stop after an abbreviation, are split again when the keys both sides share, each
/// counted once, say two beads (`BeadSearch.splitMergedSentences`).
@Suite struct HeadlineSplitTests {
  /// NTREX dev document 9: `Volcano spews ash on Mexico City | Ash spewing from the Popocatepetl
  /// volcano …` with `ภูเขาไฟพ่นเถ้าถ่านเข้าใส่เมืองแม็กซิโก (Mexico City) | เถ้าถ่านจากภูเขาไฟ …`.
  /// The lede restates volcano, ash and Mexico; the search merged the two.
  @Test(.enabled(if: Repo.hasNTREX)) func restatedHeadlineIsItsOwnPair() async throws {
    let pairs = try await Repo.alignedNTREXDocument(8)
    let first = try #require(pairs.first)
    #expect(first.english == "Volcano spews ash on Mexico City")
    #expect(first.thai == "ภูเขาไฟพ่นเถ้าถ่านเข้าใส่เมืองแม็กซิโก (Mexico City)")
    #expect(pairs.dropFirst().first?.english.hasPrefix("Ash spewing from the Popocatepetl volcano") == true)
  }

  /// NTREX dev document 16: `Mexico's AMLO vows not to use military against civilians | Mexican
  /// President-elect Andres Manuel Lopez Obrador has vowed …`, the Thai `… กับฝ่ายพลเรือน | Andres
  /// Manuel Lopez Obrador ผู้ได้รับเลือก…`.
  @Test(.enabled(if: Repo.hasNTREX)) func headlineBeforeANameIsItsOwnPair() async throws {
    let pairs = try await Repo.alignedNTREXDocument(15)
    let first = try #require(pairs.first)
    #expect(first.english == "Mexico's AMLO vows not to use military against civilians")
    #expect(first.thai == "AMLO ของแม็กซิโก สาบานว่าจะไม่ใช้กองกำลังในการต่อสู้กับฝ่ายพลเรือน")
  }

  /// NTREX dev document 41, a Title Case headline: `… After Suffering Head Injury | Tennessee
  /// State Tigers linebacker Christion Abercrombie underwent …`, the Thai `Christion Abercrombie
  /// เข้าผ่าตัดฉุกเฉินหลังได้รับบาดเจ็บที่ศีรษะ | Christion Abercrombie ไลน์แบคเกอร์ …`.
  @Test(.enabled(if: Repo.hasNTREX)) func titleCaseHeadlineIsItsOwnPair() async throws {
    let pairs = try await Repo.alignedNTREXDocument(40)
    let first = try #require(pairs.first)
    #expect(first.english == "Christion Abercrombie Undergoes Emergency Surgery After Suffering Head Injury")
    #expect(first.thai == "Christion Abercrombie เข้าผ่าตัดฉุกเฉินหลังได้รับบาดเจ็บที่ศีรษะ")
  }

  /// A first sentence that is a question (`What is the Global Citizen Festival and Has it Done
  /// Anything to Decrease Poverty?`, NTREX dev document 31) is the headline: its Title Case
  /// capitals are no second cut.
  @Test(.enabled(if: Repo.hasNTREX)) func headlineWithAStopStaysWhole() async throws {
    let pairs = try await Repo.alignedNTREXDocument(30)
    let first = try #require(pairs.first)
    #expect(first.english == "What is the Global Citizen Festival and Has it Done Anything to Decrease Poverty?")
  }

  /// NTREX dev document 22: `… achieved a Higher grade A. | The data, collected from SCIS's 74
  /// member schools, …` (an initial before `The`: a stop the splitter does not trust), the Thai
  /// `… จะได้รับเกรด A สูง | ข้อมูลที่รวบรวมจากโรงเรียนที่เป็นสมาชิก SCIS 74 แห่ง …`.
  @Test(.enabled(if: Repo.hasNTREX)) func stopAfterAnInitialIsSplitAgain() async throws {
    let pairs = try await Repo.alignedNTREXDocument(21)
    let total = try #require(pairs.first { $0.english.hasPrefix("A total of 68 per cent of pupils") })
    #expect(total.english.hasSuffix("achieved a Higher grade A."))
    #expect(total.thai.hasSuffix("จะได้รับเกรด A สูง"))
    let data = try #require(pairs.first { $0.english.hasPrefix("The data, collected from SCIS's 74 member schools") })
    #expect(data.thai.hasPrefix("ข้อมูลที่รวบรวมจากโรงเรียนที่เป็นสมาชิก SCIS 74 แห่ง"))
  }

  /// The whole NTREX dev set, one document a line as `--documents-per-line` reads it (the
  /// translation model and the headline rate are learned from all 61 documents).
  /// - Document 52: the first bead ended at the headline candidate `… La., announced | Saturday
  ///   that …`; the headline end moves to `… LSU's Sims | Police in Baton Rouge …`, the Thai to
  ///   `… Sims แห่ง LSU | ตำรวจในแบตันรูช …` (`moveHeadlineEnd`).
  /// - Document 7: `… into the southwest U.S. | Rosa will bring up to 10 inches of rain …`, a stop
  ///   after a dotted acronym, split again with the Thai `… ทางทิศเหนือ | โรซ่าจะนำปริมาณน้ำฝน…`.
  @Test(.enabled(if: Repo.hasNTREX)) func wholeDevSet() async throws {
    let thai = try Repo.lines("../shared/data/ntrex-dev/doc.th.txt")
    let english = try Repo.lines("../shared/data/ntrex-dev/doc.en.txt")
    let aligner = try Aligner(glossary: try Repo.shippedGlossary(), lexicon: try Repo.lexicon())
    let results = await aligner.align(
      zip(thai, english).enumerated().map { DocumentPair(name: "\($0)", thai: [$1.0], english: [$1.1]) })
    let lsu = results[51].beads.filter(\.isPair)
    #expect(lsu.first?.english == "Arrest made in shooting death of LSU's Sims")
    #expect(lsu.first?.thai == "มีการจับกุมการยิงสังหาร Sims แห่ง LSU")
    #expect(lsu.dropFirst().first?.english.hasPrefix("Police in Baton Rouge, La., announced Saturday that") == true)
    let rosa = results[6].beads.filter(\.isPair)
    let approaches = try #require(rosa.first { $0.english.hasPrefix("As Rosa approaches the Baja California") })
    #expect(approaches.english.hasSuffix("northward into the southwest U.S."))
    #expect(approaches.thai.hasSuffix("เข้าสู่ภาคตะวันตกเฉียงใต้ของสหรัฐทางทิศเหนือ"))
    #expect(rosa.contains { $0.english == "Rosa will bring up to 10 inches of rain in parts of Mexico on Monday." })
  }
}
