/// Capital cities and the countries or states they are the capitals of, for the capitals channel
/// of `TransliterationScorer`: a Thai name that says "the capital of X" (เมืองหลวงประเทศจอร์เจีย)
/// takes the English name of X's capital (Tbilisi), scored by how well the Thai X sounds like, or
/// translates to, the English X (จอร์เจีย ↔ Georgia). A closed class of general knowledge, like
/// the element symbols of `TransliterationSymbols`; older and newer spellings are both listed.
///
///     TransliterationCapitals.places(of: "Tbilisi")  // ["Georgia"]
///     TransliterationCapitals.country(in: "เมืองหลวงประเทศจอร์เจีย")  // "จอร์เจีย"
public enum TransliterationCapitals {
  /// The countries or states whose capital `english` is (letters and spaces compared without
  /// case), or an empty list.
  public static func places(of english: String) -> [String] {
    index[key(english)] ?? []
  }

  /// The Thai name of the place whose capital the Thai name says it is (เมืองหลวงประเทศกรีซ →
  /// กรีซ, เมืองหลวงมลรัฐไอโอวา → ไอโอวา), or nil when it does not start with เมืองหลวง (a stray
  /// mark before it is skipped).
  public static func country(in thai: String) -> String? {
    let scalars = thai.unicodeScalars.drop { !(0x0E01...0x0E2E).contains($0.value) && $0.value != 0x0E40 }
    var rest = String(String.UnicodeScalarView(scalars))
    guard rest.hasPrefix(capitalWord) else { return nil }
    rest = String(rest.dropFirst(capitalWord.count)).trimmingLeadingSpaces
    for word in placeWords where rest.hasPrefix(word) {
      rest = String(rest.dropFirst(word.count)).trimmingLeadingSpaces
      break
    }
    return rest.unicodeScalars.count >= 2 ? rest : nil
  }

  static let capitalWord = "เมืองหลวง"
  /// Words between เมืองหลวง and the place's name, longest first.
  static let placeWords = ["ของประเทศ", "แห่งประเทศ", "ประเทศ", "มลรัฐ", "รัฐ", "ของ", "แห่ง"]

  static func key(_ english: String) -> String {
    String(String.UnicodeScalarView(english.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || $0 == " " }))
  }

  static let index: [String: [String]] = {
    var out: [String: [String]] = [:]
    for (capitals, places) in table {
      for capital in capitals.split(separator: "|") {
        out[key(String(capital)), default: []] += places.split(separator: "|").map(String.init)
      }
    }
    return out
  }()

  /// Capital (alternative spellings after |) → country or state (alternative names after |).
  static let table: [(String, String)] = [
    // Countries.
    ("Kabul", "Afghanistan"), ("Tirana|Tirane", "Albania"), ("Algiers", "Algeria"), ("Andorra la Vella", "Andorra"),
    ("Luanda", "Angola"), ("Saint John's|St John's", "Antigua and Barbuda|Antigua"), ("Buenos Aires", "Argentina"),
    ("Yerevan", "Armenia"), ("Canberra", "Australia"), ("Vienna|Wien", "Austria"), ("Baku", "Azerbaijan"),
    ("Nassau", "Bahamas"), ("Manama", "Bahrain"), ("Dhaka|Dacca", "Bangladesh"), ("Bridgetown", "Barbados"),
    ("Minsk", "Belarus|Byelorussia"), ("Brussels|Bruxelles", "Belgium"), ("Belmopan", "Belize"),
    ("Porto-Novo|Porto Novo", "Benin|Dahomey"), ("Thimphu", "Bhutan"), ("La Paz|Sucre", "Bolivia"),
    ("Sarajevo", "Bosnia and Herzegovina|Bosnia"), ("Gaborone", "Botswana"), ("Brasilia", "Brazil"),
    ("Bandar Seri Begawan", "Brunei"), ("Sofia", "Bulgaria"), ("Ouagadougou", "Burkina Faso|Upper Volta"),
    ("Bujumbura|Gitega", "Burundi"), ("Phnom Penh", "Cambodia|Kampuchea"), ("Yaounde", "Cameroon"),
    ("Ottawa", "Canada"), ("Praia", "Cape Verde"), ("Bangui", "Central African Republic"), ("N'Djamena|Ndjamena", "Chad"),
    ("Santiago", "Chile"), ("Beijing|Peking", "China"), ("Bogota", "Colombia"), ("Moroni", "Comoros"),
    ("Kinshasa|Leopoldville", "Congo|Zaire"), ("Brazzaville", "Congo"), ("San Jose", "Costa Rica"),
    ("Yamoussoukro|Abidjan", "Ivory Coast|Cote d'Ivoire"), ("Zagreb", "Croatia"), ("Havana", "Cuba"),
    ("Nicosia", "Cyprus"), ("Prague|Praha", "Czech Republic|Czechia|Czechoslovakia"), ("Copenhagen", "Denmark"),
    ("Djibouti", "Djibouti"), ("Roseau", "Dominica"), ("Santo Domingo", "Dominican Republic"), ("Dili", "East Timor|Timor-Leste"),
    ("Quito", "Ecuador"), ("Cairo", "Egypt"), ("San Salvador", "El Salvador"), ("Malabo", "Equatorial Guinea"),
    ("Asmara|Asmera", "Eritrea"), ("Tallinn", "Estonia"), ("Mbabane", "Swaziland|Eswatini"),
    ("Addis Ababa", "Ethiopia"), ("Suva", "Fiji"), ("Helsinki", "Finland"), ("Paris", "France"), ("Libreville", "Gabon"),
    ("Banjul", "Gambia"), ("Tbilisi", "Georgia"), ("Berlin|Bonn", "Germany"), ("Accra", "Ghana"), ("Athens|Athinai", "Greece"),
    ("Saint George's|St George's", "Grenada"), ("Guatemala City|Guatemala", "Guatemala"), ("Conakry|Konakri", "Guinea"),
    ("Bissau", "Guinea-Bissau"), ("Georgetown", "Guyana"), ("Port-au-Prince", "Haiti"), ("Tegucigalpa", "Honduras"),
    ("Budapest", "Hungary"), ("Reykjavik", "Iceland"), ("New Delhi|Delhi", "India"), ("Jakarta|Djakarta", "Indonesia"),
    ("Tehran|Teheran", "Iran|Persia"), ("Baghdad", "Iraq"), ("Dublin", "Ireland"), ("Jerusalem", "Israel"),
    ("Rome|Roma", "Italy"), ("Kingston", "Jamaica"), ("Tokyo", "Japan"), ("Amman", "Jordan"),
    ("Astana|Nur-Sultan|Almaty|Alma-Ata", "Kazakhstan"), ("Nairobi", "Kenya"), ("Tarawa", "Kiribati"),
    ("Pyongyang", "North Korea"), ("Seoul", "South Korea|Korea"), ("Pristina", "Kosovo"), ("Kuwait City|Kuwait", "Kuwait"),
    ("Bishkek|Frunze", "Kyrgyzstan"), ("Vientiane", "Laos"), ("Riga", "Latvia"), ("Beirut", "Lebanon"),
    ("Maseru", "Lesotho"), ("Monrovia", "Liberia"), ("Tripoli", "Libya"), ("Vaduz", "Liechtenstein"),
    ("Vilnius", "Lithuania"), ("Luxembourg|Luxembourg-Ville", "Luxembourg"), ("Antananarivo|Tananarive", "Madagascar"),
    ("Lilongwe", "Malawi"), ("Kuala Lumpur", "Malaysia"), ("Male", "Maldives"), ("Bamako", "Mali"), ("Valletta", "Malta"),
    ("Majuro", "Marshall Islands"), ("Nouakchott", "Mauritania"), ("Port Louis", "Mauritius"),
    ("Mexico City", "Mexico"), ("Palikir", "Micronesia"), ("Chisinau|Kishinev", "Moldova|Moldavia"), ("Monaco", "Monaco"),
    ("Ulan Bator|Ulaanbaatar", "Mongolia"), ("Podgorica", "Montenegro"), ("Rabat", "Morocco"), ("Maputo", "Mozambique"),
    ("Naypyidaw|Rangoon|Yangon", "Myanmar|Burma"), ("Windhoek", "Namibia"), ("Yaren", "Nauru"), ("Kathmandu|Katmandu", "Nepal"),
    ("Amsterdam|The Hague", "Netherlands|Holland"), ("Wellington", "New Zealand"), ("Managua", "Nicaragua"),
    ("Niamey", "Niger"), ("Abuja|Lagos", "Nigeria"), ("Skopje", "Macedonia|North Macedonia"), ("Oslo", "Norway"),
    ("Muscat", "Oman"), ("Islamabad", "Pakistan"), ("Melekeok|Koror", "Palau"), ("Panama City|Panama", "Panama"),
    ("Port Moresby", "Papua New Guinea"), ("Asuncion", "Paraguay"), ("Lima", "Peru"), ("Manila", "Philippines"),
    ("Warsaw|Warszawa", "Poland"), ("Lisbon|Lisboa", "Portugal"), ("Doha", "Qatar"), ("Bucharest|Bucuresti", "Romania|Rumania"),
    ("Moscow", "Russia|Soviet Union"), ("Kigali", "Rwanda"), ("Basseterre", "Saint Kitts and Nevis"), ("Castries", "Saint Lucia"),
    ("Kingstown", "Saint Vincent and the Grenadines|Saint Vincent"), ("Apia", "Samoa"), ("San Marino", "San Marino"),
    ("Sao Tome", "Sao Tome and Principe"), ("Riyadh", "Saudi Arabia"), ("Dakar", "Senegal"), ("Belgrade|Beograd", "Serbia|Yugoslavia"),
    ("Victoria", "Seychelles"), ("Freetown", "Sierra Leone"), ("Singapore", "Singapore"), ("Bratislava", "Slovakia"),
    ("Ljubljana", "Slovenia"), ("Honiara", "Solomon Islands"), ("Mogadishu", "Somalia"),
    ("Pretoria|Cape Town|Bloemfontein", "South Africa"), ("Juba", "South Sudan"), ("Madrid", "Spain"),
    ("Colombo|Sri Jayawardenepura Kotte", "Sri Lanka|Ceylon"), ("Khartoum", "Sudan"), ("Paramaribo", "Suriname|Surinam"),
    ("Stockholm", "Sweden"), ("Bern|Berne", "Switzerland"), ("Damascus", "Syria"), ("Taipei", "Taiwan"),
    ("Dushanbe", "Tajikistan"), ("Dodoma|Dar es Salaam", "Tanzania"), ("Bangkok", "Thailand|Siam"), ("Lome", "Togo"),
    ("Nuku'alofa|Nukualofa", "Tonga"), ("Port of Spain|Port-of-Spain", "Trinidad and Tobago|Trinidad"), ("Tunis", "Tunisia"),
    ("Ankara", "Turkey"), ("Ashgabat|Ashkhabad", "Turkmenistan"), ("Funafuti", "Tuvalu"), ("Kampala", "Uganda"),
    ("Kyiv|Kiev", "Ukraine"), ("Abu Dhabi", "United Arab Emirates"), ("London", "United Kingdom|Britain|England"),
    ("Washington|Washington D.C.", "United States|United States of America|America"), ("Montevideo", "Uruguay"),
    ("Tashkent|Taskent", "Uzbekistan"), ("Port Vila", "Vanuatu"), ("Vatican City", "Vatican"), ("Caracas", "Venezuela"),
    ("Hanoi", "Vietnam|Viet Nam"), ("Sanaa|Sana'a", "Yemen"), ("Lusaka", "Zambia"), ("Harare|Salisbury", "Zimbabwe|Rhodesia"),
    ("Edinburgh", "Scotland"), ("Cardiff", "Wales"), ("Belfast", "Northern Ireland"),
    // States of the United States.
    ("Montgomery", "Alabama"), ("Juneau", "Alaska"), ("Phoenix", "Arizona"), ("Little Rock", "Arkansas"),
    ("Sacramento", "California"), ("Denver", "Colorado"), ("Hartford", "Connecticut"), ("Dover", "Delaware"),
    ("Tallahassee", "Florida"), ("Atlanta", "Georgia"), ("Honolulu", "Hawaii"), ("Boise", "Idaho"),
    ("Springfield", "Illinois"), ("Indianapolis", "Indiana"), ("Des Moines", "Iowa"), ("Topeka", "Kansas"),
    ("Frankfort", "Kentucky"), ("Baton Rouge", "Louisiana"), ("Augusta", "Maine"), ("Annapolis", "Maryland"),
    ("Boston", "Massachusetts"), ("Lansing", "Michigan"), ("Saint Paul|St. Paul", "Minnesota"), ("Jackson", "Mississippi"),
    ("Jefferson City", "Missouri"), ("Helena", "Montana"), ("Lincoln", "Nebraska"), ("Carson City", "Nevada"),
    ("Concord", "New Hampshire"), ("Trenton", "New Jersey"), ("Santa Fe", "New Mexico"), ("Albany", "New York"),
    ("Raleigh", "North Carolina"), ("Bismarck", "North Dakota"), ("Columbus", "Ohio"), ("Oklahoma City", "Oklahoma"),
    ("Salem", "Oregon"), ("Harrisburg", "Pennsylvania"), ("Providence", "Rhode Island"), ("Columbia", "South Carolina"),
    ("Pierre", "South Dakota"), ("Nashville", "Tennessee"), ("Austin", "Texas"), ("Salt Lake City", "Utah"),
    ("Montpelier", "Vermont"), ("Richmond", "Virginia"), ("Olympia", "Washington"), ("Charleston", "West Virginia"),
    ("Madison", "Wisconsin"), ("Cheyenne", "Wyoming"),
    // Provinces of Canada, states of Australia.
    ("Toronto", "Ontario"), ("Quebec|Quebec City", "Quebec"), ("Victoria", "British Columbia"), ("Edmonton", "Alberta"),
    ("Winnipeg", "Manitoba"), ("Regina", "Saskatchewan"), ("Halifax", "Nova Scotia"), ("Fredericton", "New Brunswick"),
    ("Charlottetown", "Prince Edward Island"), ("Saint John's|St. John's", "Newfoundland"), ("Sydney", "New South Wales"),
    ("Melbourne", "Victoria"), ("Brisbane", "Queensland"), ("Perth", "Western Australia"), ("Adelaide", "South Australia"),
    ("Hobart", "Tasmania"), ("Darwin", "Northern Territory"),
  ]
}

extension String {
  fileprivate var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
