extension TransliterationDictionary {
  /// The twelve signs of the zodiac, which English names in Latin: the Thai sign names (ราศีพฤษภ,
  /// ชาวตุล ↔ Libra). A closed class, like the months, whose Thai solar names come from the signs
  /// (เมษ|ายน). มังกร and ธนู are also everyday words (dragon, bow), so they count as signs only
  /// after ราศี.
  static let zodiac: [(String, String)] = {
    let signs: [([String], String)] = [
      (["เมษ"], "aries"), (["พฤษภ"], "taurus"), (["เมถุน"], "gemini"), (["กรกฎ", "กรกฏ"], "cancer"),
      (["สิงห์"], "leo"), (["กันย์"], "virgo"), (["ตุล"], "libra"), (["พิจิก"], "scorpio|scorpius"),
      (["ธนู"], "sagittarius"), (["มังกร"], "capricorn|capricornus"), (["กุมภ์"], "aquarius"), (["มีน"], "pisces"),
    ]
    var out: [(String, String)] = []
    for (names, english) in signs {
      for name in names {
        out.append(("ราศี" + name, english))
        // The sign as written: a piece must end where a syllable can, so พฤษภ is not a piece of
        // พฤษภาคม.
        if name != "มังกร" && name != "ธนู" {
          out.append((name, english))
          out.append(("กลุ่มดาว" + name, english))
        }
      }
    }
    return out
  }()

  /// The constellations whose Thai names translate their Latin names (กลุ่มดาววัว "bull" ↔ Taurus,
  /// กลุ่มดาวม้าบิน "flying horse" ↔ Pegasus), after the usual Thai names; those the Thai
  /// transliterates (กลุ่มดาวแคสซิโอเปีย) are left to the transliteration channel. Only the whole
  /// name with กลุ่มดาว is an entry: วัว alone is a cow.
  static let constellations: [(String, String)] = [
    ("เครื่องสูบลม", "antlia"), ("นกการเวก", "apus"), ("คนแบกหม้อน้ำ", "aquarius"), ("นกอินทรี", "aquila"),
    ("แท่นบูชา", "ara"), ("แกะ", "aries"), ("สารถี", "auriga"), ("คนเลี้ยงสัตว์", "bootes"), ("สิ่ว", "caelum"),
    ("ยีราฟ", "camelopardalis"), ("ปู", "cancer"), ("สุนัขล่าเนื้อ", "canes venatici"), ("สุนัขใหญ่", "canis major"),
    ("สุนัขเล็ก", "canis minor"), ("แพะทะเล", "capricornus|capricorn"), ("กระดูกงูเรือ", "carina"),
    ("คนครึ่งม้า", "centaurus"), ("ม้าครึ่งคน", "centaurus"), ("ปลาวาฬ", "cetus"), ("กิ้งก่าคามีเลียน", "chamaeleon"),
    ("วงเวียน", "circinus"), ("นกพิราบ", "columba"), ("ผมเบเรนิซ", "coma berenices"), ("มงกุฎใต้", "corona australis"),
    ("มงกุฎเหนือ", "corona borealis"), ("อีกา", "corvus"), ("กา", "corvus"), ("ถ้วย", "crater"), ("กางเขนใต้", "crux"),
    ("หงส์", "cygnus"), ("โลมา", "delphinus"), ("ปลากระโทงดาบ", "dorado"), ("ปลากระโทงเทง", "dorado"),
    ("มังกร", "draco"), ("ม้าน้อย", "equuleus"), ("ม้าเล็ก", "equuleus"), ("แม่น้ำ", "eridanus"), ("เตาหลอม", "fornax"),
    ("คนคู่", "gemini"), ("นกกระเรียน", "grus"), ("นาฬิกา", "horologium"), ("อินเดียนแดง", "indus"),
    ("อินเดียแดง", "indus"), ("กิ้งก่า", "lacerta"), ("สิงโต", "leo"), ("สิงโตเล็ก", "leo minor"), ("กระต่าย", "lepus"),
    ("คันชั่ง", "libra"), ("ตาชั่ง", "libra"), ("หมาป่า", "lupus"), ("แมวป่า", "lynx"), ("พิณ", "lyra"), ("โต๊ะ", "mensa"),
    ("กล้องจุลทรรศน์", "microscopium"), ("ยูนิคอร์น", "monoceros"), ("ม้ายูนิคอร์น", "monoceros"), ("แมลงวัน", "musca"),
    ("ไม้ฉาก", "norma"), ("คนแบกงู", "ophiuchus"), ("นายพราน", "orion"), ("นกยูง", "pavo"), ("ม้าบิน", "pegasus"),
    ("นกฟีนิกซ์", "phoenix"), ("ขาตั้งภาพ", "pictor"), ("ปลา", "pisces"), ("ปลาคู่", "pisces"),
    ("ปลาใต้", "piscis austrinus"), ("ท้ายเรือ", "puppis"), ("เข็มทิศ", "pyxis"), ("ตาข่าย", "reticulum"),
    ("ลูกศร", "sagitta"), ("คนยิงธนู", "sagittarius"), ("แมงป่อง", "scorpius|scorpio"), ("ช่างแกะสลัก", "sculptor"),
    ("โล่", "scutum"), ("งู", "serpens"), ("กล้องโทรทรรศน์", "telescopium"), ("สามเหลี่ยม", "triangulum"),
    ("สามเหลี่ยมใต้", "triangulum australe"), ("นกทูแคน", "tucana"), ("หมีใหญ่", "ursa major"),
    ("หมีเล็ก", "ursa minor"), ("ใบเรือ", "vela"), ("หญิงสาว", "virgo"), ("ปลาบิน", "volans"), ("วัว", "taurus"),
    ("สุนัขจิ้งจอก", "vulpecula"),
  ].map { ("กลุ่มดาว" + $0.0, $0.1) }
}
