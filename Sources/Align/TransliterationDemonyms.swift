/// English names of peoples and languages with the place they are named after, above all those
/// that are not the place's name with an ending (Pole, Dane, Dutch, Welsh, Grecian), for the
/// demonyms channel of `TransliterationScorer`: a Thai name for a people or language
/// (ชาวโปแลนด์ "people of Poland", ภาษาเดนมาร์ก) takes such a word, scored as the place's name
/// (โปแลนด์ ↔ Poland) less a margin. A closed class of general knowledge, written by hand.
///
///     TransliterationDemonyms.places(of: "Pole")  // ["Poland"]
public enum TransliterationDemonyms {
  /// The countries or regions `english` names the people or language of, or an empty list.
  public static func places(of english: String) -> [String] {
    index[english.lowercased()] ?? []
  }

  /// The Thai name of the place a Thai name for a people or language names (ชาวโปแลนด์ →
  /// โปแลนด์), or nil when it starts with no such word.
  public static func place(in thai: String) -> String? {
    for word in peopleWords where thai.hasPrefix(word) {
      let rest = String(thai.dropFirst(word.count))
      return rest.unicodeScalars.count >= 2 ? rest : nil
    }
    return nil
  }

  /// Words for a people or language before a place name, longest first.
  static let peopleWords = ["ประชาชนชาว", "ชาวเมือง", "ชาว", "ภาษา", "คน"]

  static let index: [String: [String]] = {
    var out: [String: [String]] = [:]
    for (words, places) in table {
      for word in words.split(separator: "|") {
        out[word.lowercased(), default: []] += places.split(separator: "|").map(String.init)
      }
    }
    return out
  }()

  /// Demonyms and adjectives (after |) → places (alternatives after |).
  static let table: [(String, String)] = [
    ("Pole|Polish|Polack", "Poland"), ("Dane|Danish", "Denmark"), ("Swede|Swedish", "Sweden"),
    ("Finn|Finnish", "Finland"), ("Scot|Scots|Scottish|Scotsman|Scotswoman", "Scotland"),
    ("Welsh|Welshman|Welshwoman", "Wales"), ("Irish|Irishman|Irishwoman", "Ireland"),
    ("English|Englishman|Englishwoman", "England"), ("Briton|British|Brit", "Britain|United Kingdom"),
    ("Dutch|Dutchman|Dutchwoman|Netherlander", "Netherlands|Holland"), ("French|Frenchman|Frenchwoman", "France"),
    ("Greek|Grecian|Hellene", "Greece"), ("Swiss", "Switzerland"), ("Turk|Turkish", "Turkey"),
    ("Spaniard|Spanish", "Spain"), ("Portuguese", "Portugal"), ("Thai|Siamese", "Thailand|Siam"),
    ("Lao|Laotian", "Laos"), ("Filipino|Filipina", "Philippines"), ("Afghan", "Afghanistan"),
    ("Iraqi", "Iraq"), ("Israeli", "Israel"), ("Kuwaiti", "Kuwait"), ("Qatari", "Qatar"), ("Saudi", "Saudi Arabia"),
    ("Yemeni", "Yemen"), ("Omani", "Oman"), ("Emirati", "United Arab Emirates"), ("Somali", "Somalia"),
    ("Cypriot", "Cyprus"), ("Maltese", "Malta"), ("Monegasque", "Monaco"), ("Malagasy", "Madagascar"),
    ("Czech", "Czech Republic|Czechia"), ("Slovak", "Slovakia"), ("Croat|Croatian", "Croatia"),
    ("Serb|Serbian", "Serbia"), ("Slovene|Slovenian", "Slovenia"), ("Icelander|Icelandic", "Iceland"),
    ("Norwegian", "Norway"), ("Luxembourger", "Luxembourg"), ("Magyar", "Hungary"), ("Pakistani", "Pakistan"),
    ("Bangladeshi", "Bangladesh"), ("Nepali|Nepalese", "Nepal"), ("Sinhalese|Sri Lankan", "Sri Lanka|Ceylon"),
    ("Burmese", "Burma|Myanmar"), ("Chinese", "China"), ("Japanese", "Japan"), ("Vietnamese", "Vietnam"),
    ("Lebanese", "Lebanon"), ("Sudanese", "Sudan"), ("Senegalese", "Senegal"), ("Togolese", "Togo"),
    ("Congolese", "Congo"), ("Basque", "Basque Country"), ("Flemish|Fleming", "Flanders"),
    ("Walloon", "Wallonia"), ("Cornish", "Cornwall"), ("Manx", "Isle of Man"), ("Kiwi|New Zealander", "New Zealand"),
    ("Aussie", "Australia"), ("Yankee|Yank", "America|United States"), ("Hoosier", "Indiana"), ("Texan", "Texas"),
    ("Argentine|Argentinian", "Argentina"), ("Peruvian", "Peru"), ("Ecuadorian", "Ecuador"), ("Uruguayan", "Uruguay"),
    ("Paraguayan", "Paraguay"), ("Bolivian", "Bolivia"), ("Colombian", "Colombia"), ("Venezuelan", "Venezuela"),
    ("Brazilian", "Brazil"), ("Chilean", "Chile"), ("Mexican", "Mexico"), ("Cuban", "Cuba"), ("Haitian", "Haiti"),
    ("Jamaican", "Jamaica"), ("Canadian", "Canada"), ("American", "America|United States"), ("Arab|Arabian", "Arabia"),
    ("Moroccan", "Morocco"), ("Algerian", "Algeria"), ("Tunisian", "Tunisia"), ("Libyan", "Libya"), ("Egyptian", "Egypt"),
    ("Ethiopian", "Ethiopia"), ("Kenyan", "Kenya"), ("Nigerian", "Nigeria"), ("Ghanaian", "Ghana"),
    ("Malaysian|Malay", "Malaysia"), ("Indonesian", "Indonesia"), ("Korean", "Korea"), ("Mongolian|Mongol", "Mongolia"),
    ("Tibetan", "Tibet"), ("Indian", "India"), ("Iranian|Persian", "Iran|Persia"), ("Russian", "Russia"),
    ("Ukrainian", "Ukraine"), ("Romanian|Rumanian", "Romania|Rumania"), ("Bulgarian", "Bulgaria"),
    ("Hungarian", "Hungary"), ("Austrian", "Austria"), ("German", "Germany"), ("Italian", "Italy"),
    ("Belgian", "Belgium"), ("Estonian", "Estonia"), ("Latvian|Lett", "Latvia"), ("Lithuanian", "Lithuania"),
    ("Albanian", "Albania"), ("Bosnian", "Bosnia"), ("Macedonian", "Macedonia"), ("Georgian", "Georgia"),
    ("Armenian", "Armenia"), ("Syrian", "Syria"), ("Jordanian", "Jordan"), ("Cambodian|Khmer", "Cambodia"),
    ("Australian", "Australia"), ("Asian", "Asia"), ("African", "Africa"), ("European", "Europe"),
  ]
}
