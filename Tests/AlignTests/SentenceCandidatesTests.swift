import Foundation
import Testing
import ThaiText

struct SentenceCandidatesTests {
  let candidates = SentenceCandidates()

  func prior(_ text: String, after prefix: String) -> Double? {
    candidates.candidateBoundaries(in: text).first { text[..<$0.range.lowerBound].hasSuffix(prefix) }?.prior
  }

  @Test func titleAndTermAreAlmostNeverBoundaries() {
    let text = "สื่อรายงานว่า นายคิม จองอึน ผู้นำสูงสุดเกาหลีเหนือ และประธานาธิบดีวลาดิมีร์ ปูติน แห่งรัสเซีย ได้หารือกัน"
    let name = text.range(of: "คิม จองอึน")!
    let protected = candidates.candidateBoundaries(in: text, protecting: [name])
    let inName = protected.first { name.contains($0.range.lowerBound) }
    #expect(inName?.prior == candidates.protectedPrior)
    // After ว่า (a reported clause follows) and before และ (a conjunction): rare.
    #expect(prior(text, after: "รายงานว่า")! < 0.1)
    #expect(prior(text, after: "เกาหลีเหนือ")! < 0.15)
  }

  @Test func newSentenceAfterStatementIsLikely() {
    // Two sentences of the seed article: the space between them is a true end.
    let text = "ปูตินยังเปิดเผยข้อมูลเกี่ยวกับการเจรจากับทรัมป์ซึ่งมีกำหนดจัดขึ้นในวันศุกร์กับผู้นำคิมด้วย แต่ KCNA ไม่ได้ระบุถึงการพบปะ"
    let end = prior(text, after: "ผู้นำคิมด้วย")!
    let clause = "การส่งกำลังดังกล่าวอาจเกิดขึ้นในเร็วๆ นี้"
    let inside = prior(clause, after: "เร็วๆ")!
    #expect(end > 0.3)
    #expect(inside < 0.06)  // 0.052 with the length stage
    #expect(end > 5 * inside)
  }

  @Test func reportingClauseAfterQuotationContinues() {
    // `“…” เขากล่าว`: the speaker after a closing quote belongs to the quoted sentence.
    let reported = prior("“เราจะไม่ยอมแพ้เด็ดขาด” เขากล่าวกับผู้สื่อข่าว", after: "เด็ดขาด”")!
    let newSentence = prior("“เราจะไม่ยอมแพ้เด็ดขาด” ตำรวจจับกุมผู้ต้องสงสัยสองคนในเวลาต่อมา", after: "เด็ดขาด”")!
    #expect(reported < 0.2)
    #expect(newSentence > 3 * reported)
  }

  @Test func digitsAndParenthesesContinue() {
    #expect(prior("ส่งทหารไปยังรัสเซียราว 15,000 นายตั้งแต่ฤดูใบไม้ร่วง", after: "ราว")! < 0.05)
    #expect(prior("เดินทางไปที่เมืองแม็กซิโก (Mexico City) เมื่อวานนี้", after: "แม็กซิโก")! < 0.05)
  }

  @Test func repetitionMarkStaysWithItsWord() {
    // NTREX: `… กับผู้คนจากประเทศอื่น ๆ | จากผลการสอบ …` ends a sentence after the repeated word.
    let text = "ต้องการสร้างความไว้วางใจกับผู้คนจากประเทศอื่น ๆ จากผลการสอบล่าสุดของปีนี้ เราสามารถเห็นได้ว่าภาษามีความสำคัญ"
    let all = candidates.candidateBoundaries(in: text)
    // No candidate before ๆ: the space before it belongs to the word it repeats.
    #expect(!all.contains { text[$0.range.upperBound...].hasPrefix("ๆ") })
    #expect(candidates.pieces(of: text, threshold: 0).first == "ต้องการสร้างความไว้วางใจกับผู้คนจากประเทศอื่น ๆ")
    // The space after ๆ is judged with the whole word before it, not a one-letter piece (0.05 before).
    let end = prior(text, after: "อื่น ๆ")!
    #expect(end > 0.3)
    #expect(end > prior(text, after: "ปีนี้")! / 2)
  }

  @Test func yearContinuesOnlyIntoANumber() {
    // NTREX: `… เป็นเวลาถึงสิบปี | Willoughby ก่อตั้ง Truly กับ Capp ในปี 2016 …`.
    let text = "Baldwin เคยสนิทกับ Jones เป็นเวลาถึงสิบปี Willoughby ก่อตั้ง Truly กับ Capp ในปี 2016 และ Jones เข้ามาเป็นประธาน"
    let quantity = prior(text, after: "สิบปี")!
    #expect(quantity > 0.1)  // 0.015 when ปี always continued
    // Before a number ปี and เดือน are not even candidates (`ในปี 2016` is one piece).
    #expect(prior(text, after: "ในปี") == nil)
    #expect(prior("มีการเลือกตั้งในเดือน 10 ที่ผ่านมา", after: "เดือน") == nil)
    #expect(prior("มีการเลือกตั้งในเดือนที่ผ่านมา ผู้มีสิทธิ์ออกเสียงลดลง", after: "ในเดือนที่ผ่านมา")! > 0.1)
  }

  @Test func sentenceAdverbsOpenTheSentence() {
    // NTREX: `… ไม่มีการแจ้งรายงานความผิดปกติใดๆ | อย่างไรก็ตาม มีผู้ออกมา …` (However, …): อย่าง
    // alone continues a clause, อย่างไรก็ตาม opens a sentence, which goes on after it.
    let however = "ณ เวลาบ่ายโมงก็ยังไม่มีการแจ้งรายงานความผิดปกติใดๆ อย่างไรก็ตาม มีผู้ออกมาออกเสียงเพียงแค่ 16 เปอร์เซ็นต์"
    let before = prior(however, after: "ความผิดปกติใดๆ")!
    let inside = prior(however, after: "อย่างไรก็ตาม")!
    #expect(before > 0.4)  // 0.14 when อย่าง matched first
    #expect(inside < 0.1)  // 0.48 before
    // `… อาจมีการหักออกผิดพลาด | นอกจากนี้ เขายังยืนยันว่า …` (He also confirmed …): นี้ at the
    // end of a piece usually closes a sentence, but not at the end of นอกจากนี้.
    let moreover = "เนื่องจากฝ่ายแรงงานอาจมีการหักออกผิดพลาด นอกจากนี้ เขายังยืนยันว่าจะมีการวางตัวคนงานในบอร์ด"
    #expect(prior(moreover, after: "นอกจากนี้")! < 0.1)  // 0.64 before
    #expect(prior(moreover, after: "ผิดพลาด")! > 0.4)
    // แต่อย่างไรก็ตาม (but however) too, although it begins with the conjunction แต่.
    let but = "ผ่านน่านน้ำที่เย็นกว่าของชายฝั่งทางเหนือของแม็คซิโก (Mexico) แต่อย่างไรก็ตาม โรซ่าจะนำพาฝนที่ตกหนัก"
    #expect(prior(but, after: "(Mexico)")! > prior(but, after: "แต่อย่างไรก็ตาม")! * 5)
  }

  @Test func numberStaysWithTheWordThatIntroducesIt() {
    // NTREX: `… และกล่าวว่า เขาจะลงเล่นการเมืองในปี 2020 | หลังเพลงที่สามของคืนนั้น …`: the year
    // closes the sentence; judged as a bare `2020` piece it looked like a count (0.18).
    let text = "ประธานาธิบดีสหรัฐอเมริกา Donald Trump และกล่าวว่า เขาจะลงเล่นการเมืองในปี 2020 หลังเพลงที่สามของคืนนั้นที่มีชื่อว่า Ghost Town"
    #expect(!candidates.candidateBoundaries(in: text).contains { text[..<$0.range.lowerBound].hasSuffix("ในปี") })
    #expect(candidates.pieces(of: text, threshold: 0).contains("เขาจะลงเล่นการเมืองในปี 2020"))
    #expect(prior(text, after: "ในปี 2020")! > 0.25)
    // A count is not joined to ราว (about): a classifier follows it (`15,000 นาย`, troops).
    let troops = "เกาหลีเหนือส่งทหารไปยังรัสเซียราว 15,000 นายตั้งแต่ฤดูใบไม้ร่วง"
    #expect(candidates.pieces(of: troops, threshold: 0).contains("15,000"))
  }

  @Test func piecesAreSubstrings() {
    let text = "ก ข  ค"
    let pieces = candidates.pieces(of: text, threshold: 0)
    #expect(pieces == ["ก", "ข", "ค"])
    #expect(pieces.allSatisfy { text.contains($0) })
  }
}
