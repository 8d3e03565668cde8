/// Reads Thai letters (tone marks and silent letters already removed) syllable by syllable and
/// writes their RTGS values. Used by `Romanizer`.
struct SyllableReader {
  typealias L = ThaiLetters
  let s: [UInt32]
  var i = 0
  var out = ""

  init(scalars: [UInt32]) { self.s = scalars }

  func at(_ k: Int) -> UInt32 { k >= 0 && k < s.count ? s[k] : 0 }

  /// Whether the letter at `k` carries a vowel of its own (so it starts a syllable).
  func carriesVowel(_ k: Int) -> Bool {
    let next = at(k + 1)
    if L.isFollowingVowel(next) { return true }
    if next == L.oAng {
      // อ is the vowel o of the letter before it, unless it opens a syllable itself
      // (ตับอ่อน: อ อ น; ความอ้วน: อ ว น).
      let after = at(k + 2)
      if after == L.oAng || L.isFollowingVowel(after) { return false }
      if after == L.woWaen && L.isConsonant(at(k + 3)) { return false }
      return true
    }
    return false
  }

  /// Whether the letter at `k` opens a syllable with the letter after it: a cluster or ห/อ
  /// leading a sonorant, whose second letter carries a vowel (สงคราม song-khram, นมข้นหวาน).
  func opensPair(_ k: Int) -> Bool {
    let c1 = at(k), c2 = at(k + 1)
    guard L.isConsonant(c1), L.isConsonant(c2), carriesVowel(k + 1) || isRoRuea(k + 2) else {
      return false
    }
    return L.isCluster(c1, c2) || L.hasSilentR(c1, c2) || L.isHoLeading(c1, c2)
      || (c1 == L.oAng && c2 == L.yoYak)
  }

  /// The number of consonants from `k` on that carry no vowel of their own and open no pair.
  func bareRun(from k: Int) -> Int {
    if L.isPrefixA(at(k)), L.isSonorant(at(k + 1)), carriesVowel(k + 1) { return 1 }
    var run = 0
    while k + run < s.count {
      let j = k + run
      guard L.isConsonant(s[j]), !carriesVowel(j), !isRoRuea(j + 1), at(j + 1) != L.ruea,
        !opensPair(j)
      else { break }
      // C ว C reads Cua-C (สวน suan): the C opens a syllable.
      if run >= 1, at(j + 1) == L.woWaen, L.isConsonant(at(j + 2)), !carriesVowel(j + 1) { break }
      // A high or mid consonant before a sonorant with a vowel reads Ca (ครีม|สลัด sa-lat).
      if run >= 1, L.isPrefixA(s[j]), L.isSonorant(at(j + 1)), carriesVowel(j + 1) { break }
      run += 1
    }
    return run
  }

  /// Whether the consonant at `k` can close the syllable before it.
  func canClose(_ k: Int) -> Bool {
    let c = at(k)
    guard L.isConsonant(c), c != L.oAng, c != L.hoHip, c != L.hoNokhuk else { return false }
    if carriesVowel(k) { return false }
    if isRoRuea(k + 1) || c == 0x0E09 || c == 0x0E1C || c == 0x0E1D { return false }  // ฉ ผ ฝ
    // C + ว + C reads ua (สวน suan): the C before it is an onset.
    if at(k + 1) == L.woWaen, L.isConsonant(at(k + 2)), !carriesVowel(k + 1), k + 2 < s.count {
      return false
    }
    return true
  }

  mutating func read() -> String {
    while i < s.count {
      let c = s[i]
      if L.isLeadingVowel(c) {
        readLeadingVowelSyllable()
      } else if c == L.ruea || c == L.luea {
        readRuea()
      } else if L.isConsonant(c) {
        readConsonantSyllable()
      } else {
        // A stray vowel sign (bad spelling): read it on its own.
        out += vowelAlone(c)
        i += 1
      }
    }
    return out
  }

  /// Onset at `k`: its RTGS value and its length in letters (1 or 2).
  func onset(at k: Int, beforeVowel: Bool) -> (String, Int) {
    let c1 = at(k), c2 = at(k + 1)
    guard L.isConsonant(c2), beforeVowel else { return (L.initial(c1), 1) }
    if L.isHoLeading(c1, c2) { return (L.initial(c2), 2) }
    if c1 == L.oAng && c2 == L.yoYak { return ("y", 2) }
    if L.hasSilentR(c1, c2) { return (L.initial(c1), 2) }
    if L.isCluster(c1, c2) {
      if c1 == 0x0E17 && thoRoIsSo(at: k) { return ("s", 2) }
      return (L.initial(c1) + L.initial(c2), 2)
    }
    return (L.initial(c1), 1)
  }

  func thoRoIsSo(at k: Int) -> Bool {
    for stem in L.thoRoAsSo {
      let offset = stem.first == 0x0E17 ? 0 : 1
      let start = k - offset
      guard start >= 0, start + stem.count <= s.count else { continue }
      if Array(s[start..<start + stem.count]) == stem { return true }
    }
    return false
  }

  mutating func readLeadingVowelSyllable() {
    let lead = s[i]
    i += 1
    guard L.isConsonant(at(i)) else {
      out += vowelAlone(lead)
      return
    }
    var (initial, length) = onset(at: i, beforeVowel: true)
    if length == 2, lead == L.saraE || lead == L.saraAe || lead == L.saraO,
      !L.isCluster(at(i), at(i + 1)) && !L.isHoLeading(at(i), at(i + 1))
        && !L.hasSilentR(at(i), at(i + 1))
    {
      (initial, length) = (L.initial(at(i)), 1)
    }
    if lead == L.saraE, at(i) == L.oAng, at(i + 1) == L.yoYak { (initial, length) = ("", 1) }
    if length == 2 && !leadKeepsPair(lead, vowelAfter: at(i + 2)) { (initial, length) = (L.initial(at(i)), 1) }
    out += initial
    i += length
    var vowel: String
    var closes = true
    switch lead {
    case L.saraE:
      if at(i) == L.saraAa && at(i + 1) == L.saraA {
        vowel = "o"; i += 2; closes = false
      } else if at(i) == L.saraAa {
        vowel = "ao"; i += 1; closes = false
      } else if at(i) == L.saraIi && at(i + 1) == L.yoYak {
        vowel = "ia"; i += 2
        if at(i) == L.saraA { i += 1; closes = false }
      } else if at(i) == L.saraUee && at(i + 1) == L.oAng {
        vowel = "uea"; i += 2
        if at(i) == L.saraA { i += 1; closes = false }
      } else if at(i) == L.saraI || at(i) == L.saraIi {
        vowel = "oe"; i += 1
      } else if at(i) == L.oAng {
        vowel = "oe"; i += 1
        if at(i) == L.saraA { i += 1; closes = false }
      } else if at(i) == L.maiTaikhu {
        vowel = "e"; i += 1
      } else if at(i) == L.saraA {
        vowel = "e"; i += 1; closes = false
      } else if at(i) == L.yoYak && !carriesVowel(i) {
        vowel = "oei"; i += 1; closes = false
      } else {
        vowel = "e"
      }
    case L.saraAe:
      vowel = "ae"
      if at(i) == L.maiTaikhu { i += 1 } else if at(i) == L.saraA { i += 1; closes = false }
    case L.saraO:
      vowel = "o"
      if at(i) == L.saraA { i += 1; closes = false }
    default:  // ใ ไ
      vowel = "ai"
      closes = false
      if at(i) == L.yoYak && !carriesVowel(i) && !L.isFollowingVowel(at(i + 1)) { i += 1 }
    }
    out += vowel
    if closes { readFinal(mustClose: s[i - 1] == L.maiTaikhu) }
  }

  /// Whether the pair after a leading vowel stays the onset, given the letter after the pair:
  /// เปลี่ยน plian and เหล้า lao keep it; โบลิ่ง bo-ling, ไพริน phai-rin, แห้ง haeng do not.
  func leadKeepsPair(_ lead: UInt32, vowelAfter v: UInt32) -> Bool {
    if v == 0 || L.isLeadingVowel(v) { return lead == L.saraAiMaimalai || lead == L.saraAiMaimuan }
    guard L.isFollowingVowel(v) else { return true }
    switch lead {
    case L.saraE: return [L.saraIi, L.saraUee, L.saraAa, L.saraI, L.maiTaikhu, L.saraA].contains(v)
    case L.saraAe: return v == L.maiTaikhu || v == L.saraA
    case L.saraO: return v == L.saraA
    default: return false
    }
  }

  mutating func readRuea() {
    let c = s[i]
    let after = at(i - 1)
    let ri = [0x0E01, 0x0E15, 0x0E17, 0x0E1B, 0x0E28, 0x0E2A].contains(after)
    out += c == L.luea ? "lue" : (ri ? "ri" : "rue")
    i += 1
    if at(i) == L.lakkhangyao { i += 1 } else { readFinal(mustClose: true) }
  }

  mutating func readConsonantSyllable() {
    // ห leading a sonorant is not read (หมา ma, หน่วย nuai, หมด mot); ว only with its vowel.
    if L.isHoLeading(s[i], at(i + 1)), !carriesVowel(i),
      at(i + 1) == L.woWaen ? carriesVowel(i + 1) : (carriesVowel(i + 1) || L.isConsonant(at(i + 2)))
    {
      i += 1
    }
    if at(i + 1) == L.ruea && !carriesVowel(i) {  // กฤ, พฤ: ฤ is the vowel
      out += L.initial(s[i])
      i += 1
      return
    }
    if isRoRuea(i + 1) || carriesVowel(i) {
      out += L.initial(s[i])
      i += 1
      readVowelAfterOnset(mustClose: false)
      return
    }
    if opensPair(i) {
      let (initial, length) = onset(at: i, beforeVowel: true)
      out += initial
      i += length
      readVowelAfterOnset(mustClose: false)
      return
    }
    // ว after a bare consonant, before a final: the vowel ua (สวน suan, ขวด khuat).
    if at(i + 1) == L.woWaen, L.isConsonant(at(i + 2)), !carriesVowel(i + 1), !isRoRuea(i + 2),
      canClose(i + 2)
    {
      out += L.initial(s[i]) + "ua"
      i += 2
      readFinal(mustClose: true)
      return
    }
    readBareRun(max(1, bareRun(from: i)))
  }

  /// รร after an onset: the vowel a (ธรรม tham, สวรรค์ sawan).
  func isRoRuea(_ k: Int) -> Bool {
    at(k) == L.roRuea && at(k + 1) == L.roRuea && L.isConsonant(at(k - 1))
      && !L.isFollowingVowel(at(k + 2))
  }

  /// Consonants with no written vowel: pairs read C-o-C (คน khon); an odd one out reads C-a,
  /// first at the end of a word (ขนม kha-nom) and last before another syllable (นกส- nok-sa-).
  mutating func readBareRun(_ run: Int) {
    var n = run
    let atEnd = i + run >= s.count
    if n == 1 {
      // Alone: open syllable (สบาย sa-bai, อเมริกา a-me-ri-ka); at the very end, o.
      out += L.initial(s[i]) + (atEnd && i > 0 ? "o" : "a")
      i += 1
      return
    }
    let clusterFirst = L.isCluster(at(i), at(i + 1)) || L.isHoLeading(at(i), at(i + 1))
    if n == 3 && clusterFirst && atEnd {
      let (initial, length) = onset(at: i, beforeVowel: true)
      out += initial + "o" + L.final(at(i + length))
      i += 3
      return
    }
    if n % 2 == 1 && atEnd {
      out += L.initial(s[i]) + "a"
      i += 1
      n -= 1
    }
    while n >= 2 {
      out += L.initial(s[i]) + "o" + L.final(at(i + 1))
      i += 2
      n -= 2
    }
    if n == 1 {
      out += L.initial(s[i]) + "a"
      i += 1
    }
  }

  mutating func readVowelAfterOnset(mustClose: Bool) {
    let v = at(i)
    var closes = true
    var must = mustClose
    if isRoRuea(i) {
      i += 2
      if i < s.count && canClose(i) && bareRun(from: i) % 2 == 1 {
        out += "a" + L.final(s[i])
        i += 1
      } else {
        out += "an"
      }
      return
    }
    switch v {
    case L.maiHanAkat:
      i += 1
      must = true
      if at(i) == L.woWaen {
        out += "ua"; i += 1
        if at(i) == L.saraA { i += 1; closes = false }
      } else if at(i) == L.yoYak && !carriesVowel(i) {
        out += "ai"; i += 1; closes = false
      } else {
        out += "a"
      }
    case L.saraI, L.saraIi: out += "i"; i += 1
    case L.saraUe: out += "ue"; i += 1
    case L.saraUee:
      out += "ue"; i += 1
      if at(i) == L.oAng { i += 1 }
    case L.saraU, L.saraUu: out += "u"; i += 1
    case L.saraAa: out += "a"; i += 1
    case L.saraA: out += "a"; i += 1; closes = false
    case L.saraAm: out += "am"; i += 1; closes = false
    case L.maiTaikhu:
      i += 1
      if at(i) == L.oAng { i += 1 }
      out += "o"
      must = true
    case L.oAng: out += "o"; i += 1
    default:
      out += "o"
      must = true
    }
    if closes { readFinal(mustClose: must) }
  }

  /// Reads a closing consonant if the next letter is one. After a vowel that may end a syllable,
  /// an even run of bare consonants is left to pair up (ที่ลดลง thi-lot-long) and an odd one
  /// gives its first letter (เติมลม toem-lom); ย and ว always close (ดาว dao). A silent ร after
  /// the final at the end of a word (สมัคร samak, บัตร bat) is dropped.
  mutating func readFinal(mustClose: Bool = false) {
    guard i < s.count, canClose(i) else { return }
    let c = s[i]
    let run = bareRun(from: i)
    let commonFinal = [0x0E01, 0x0E07, 0x0E14, 0x0E19, 0x0E1A, 0x0E21, L.yoYak, L.woWaen].contains(c)
    if !mustClose && !commonFinal && (run == 0 || run % 2 == 0) { return }
    out += L.final(c)
    i += 1
    if at(i) == L.roRuea && i + 1 == s.count { i += 1 }
  }

  func vowelAlone(_ c: UInt32) -> String {
    switch c {
    case L.saraE: "e"
    case L.saraAe: "ae"
    case L.saraO: "o"
    case L.saraAiMaimuan, L.saraAiMaimalai: "ai"
    case L.saraAa, L.saraA, L.maiHanAkat: "a"
    case L.saraAm: "am"
    case L.saraI, L.saraIi: "i"
    case L.saraUe, L.saraUee: "ue"
    case L.saraU, L.saraUu: "u"
    default: ""
    }
  }
}
