/// Symbols that stand for a name by a general convention: chemical elements (Se = Selenium) and
/// units of measure with their SI prefixes (V = volt, THz = terahertz). The symbol channel of
/// `TransliterationScorer` scores a symbol by the transliteration of the names it stands for,
/// so Thai ซีลีเนียม takes "Se" because it spells "Selenium".
///
///     TransliterationSymbols.names(of: "THz")  // ["terahertz"]
///     TransliterationSymbols.names(of: "C")    // ["Carbon", "coulomb", "Celsius"]
public enum TransliterationSymbols {
  /// The names `symbol` stands for (case matters: "Co" is cobalt, "CO" is not an element), or an
  /// empty list.
  public static func names(of symbol: String) -> [String] {
    var out = elements[symbol] ?? []
    out += units[symbol] ?? []
    // A prefixed unit: THz, kWh is not (no compound units), km, mA, µV.
    for (prefix, word) in prefixes where symbol.hasPrefix(prefix) {
      let rest = String(symbol.dropFirst(prefix.count))
      for unit in units[rest] ?? [] where prefixable.contains(rest) { out.append(word + unit) }
    }
    return out
  }

  /// The compass point a Thai direction word names, as its English abbreviation (ตะวันออก = E,
  /// ทิศตะวันตกเฉียงใต้ = SW), or nil.
  public static func compassPoint(_ thai: String) -> String? {
    let word = thai.hasPrefix("ทิศ") ? String(thai.dropFirst("ทิศ".count)) : thai
    return compass[word]
  }

  static let compass: [String: String] = [
    "เหนือ": "N", "ใต้": "S", "ตะวันออก": "E", "ตะวันตก": "W", "ตะวันออกเฉียงเหนือ": "NE",
    "ตะวันออกเฉียงใต้": "SE", "ตะวันตกเฉียงเหนือ": "NW", "ตะวันตกเฉียงใต้": "SW",
  ]

  /// Element symbols and English names (IUPAC; also the Latin names the symbols come from, and
  /// the temporary systematic names of elements 104–118).
  static let elements: [String: [String]] = [
    "H": ["Hydrogen"], "He": ["Helium"], "Li": ["Lithium"], "Be": ["Beryllium"], "B": ["Boron"],
    "C": ["Carbon"], "N": ["Nitrogen"], "O": ["Oxygen"], "F": ["Fluorine"], "Ne": ["Neon"],
    "Na": ["Sodium", "Natrium"], "Mg": ["Magnesium"], "Al": ["Aluminium", "Aluminum"], "Si": ["Silicon"],
    "P": ["Phosphorus"], "S": ["Sulfur", "Sulphur"], "Cl": ["Chlorine"], "Ar": ["Argon"],
    "K": ["Potassium", "Kalium"], "Ca": ["Calcium"], "Sc": ["Scandium"], "Ti": ["Titanium"],
    "V": ["Vanadium"], "Cr": ["Chromium"], "Mn": ["Manganese"], "Fe": ["Iron", "Ferrum"], "Co": ["Cobalt"],
    "Ni": ["Nickel"], "Cu": ["Copper", "Cuprum"], "Zn": ["Zinc"], "Ga": ["Gallium"], "Ge": ["Germanium"],
    "As": ["Arsenic"], "Se": ["Selenium"], "Br": ["Bromine"], "Kr": ["Krypton"], "Rb": ["Rubidium"],
    "Sr": ["Strontium"], "Y": ["Yttrium"], "Zr": ["Zirconium"], "Nb": ["Niobium"], "Mo": ["Molybdenum"],
    "Tc": ["Technetium"], "Ru": ["Ruthenium"], "Rh": ["Rhodium"], "Pd": ["Palladium"],
    "Ag": ["Silver", "Argentum"], "Cd": ["Cadmium"], "In": ["Indium"], "Sn": ["Tin", "Stannum"],
    "Sb": ["Antimony", "Stibium"], "Te": ["Tellurium"], "I": ["Iodine"], "Xe": ["Xenon"],
    "Cs": ["Caesium", "Cesium"], "Ba": ["Barium"], "La": ["Lanthanum"], "Ce": ["Cerium"],
    "Pr": ["Praseodymium"], "Nd": ["Neodymium"], "Pm": ["Promethium"], "Sm": ["Samarium"],
    "Eu": ["Europium"], "Gd": ["Gadolinium"], "Tb": ["Terbium"], "Dy": ["Dysprosium"], "Ho": ["Holmium"],
    "Er": ["Erbium"], "Tm": ["Thulium"], "Yb": ["Ytterbium"], "Lu": ["Lutetium"], "Hf": ["Hafnium"],
    "Ta": ["Tantalum"], "W": ["Tungsten", "Wolfram"], "Re": ["Rhenium"], "Os": ["Osmium"], "Ir": ["Iridium"],
    "Pt": ["Platinum"], "Au": ["Gold", "Aurum"], "Hg": ["Mercury", "Hydrargyrum"], "Tl": ["Thallium"],
    "Pb": ["Lead", "Plumbum"], "Bi": ["Bismuth"], "Po": ["Polonium"], "At": ["Astatine"], "Rn": ["Radon"],
    "Fr": ["Francium"], "Ra": ["Radium"], "Ac": ["Actinium"], "Th": ["Thorium"], "Pa": ["Protactinium"],
    "U": ["Uranium"], "Np": ["Neptunium"], "Pu": ["Plutonium"], "Am": ["Americium"], "Cm": ["Curium"],
    "Bk": ["Berkelium"], "Cf": ["Californium"], "Es": ["Einsteinium"], "Fm": ["Fermium"],
    "Md": ["Mendelevium"], "No": ["Nobelium"], "Lr": ["Lawrencium"], "Rf": ["Rutherfordium"],
    "Db": ["Dubnium"], "Sg": ["Seaborgium"], "Bh": ["Bohrium"], "Hs": ["Hassium"], "Mt": ["Meitnerium"],
    "Ds": ["Darmstadtium"], "Rg": ["Roentgenium"], "Cn": ["Copernicium"], "Nh": ["Nihonium"],
    "Fl": ["Flerovium"], "Mc": ["Moscovium"], "Lv": ["Livermorium"], "Ts": ["Tennessine"],
    "Og": ["Oganesson"],
    "Unq": ["Unnilquadium"], "Unp": ["Unnilpentium"], "Unh": ["Unnilhexium"],
    "Uns": ["Unnilseptium"], "Uno": ["Unniloctium"], "Une": ["Unnilennium"],
    "Uun": ["Ununnilium"], "Uuu": ["Unununium"], "Uub": ["Ununbium"],
    "Uut": ["Ununtrium"], "Uuq": ["Ununquadium"], "Uup": ["Ununpentium"],
    "Uuh": ["Ununhexium"], "Uus": ["Ununseptium"], "Uuo": ["Ununoctium"],
  ]

  /// Unit symbols and names: SI base and derived units, units named after people that predate
  /// SI (roentgen, gauss, lambert), and a few common others.
  static let units: [String: [String]] = [
    "m": ["metre", "meter"], "g": ["gram"], "s": ["second"], "A": ["ampere"], "K": ["kelvin"],
    "mol": ["mole"], "cd": ["candela"], "Hz": ["hertz"], "N": ["newton"], "Pa": ["pascal"],
    "J": ["joule"], "W": ["watt"], "C": ["coulomb", "Celsius"], "V": ["volt"], "F": ["farad", "Fahrenheit"],
    "Ω": ["ohm"], "S": ["siemens"], "Wb": ["weber"], "T": ["tesla"], "H": ["henry"], "lm": ["lumen"],
    "lx": ["lux"], "Bq": ["becquerel"], "Gy": ["gray"], "Sv": ["sievert"], "kat": ["katal"],
    "rad": ["radian"], "sr": ["steradian"], "L": ["litre", "liter", "lambert"], "l": ["litre", "liter"],
    "R": ["roentgen"], "Ci": ["curie"], "G": ["gauss"], "Mx": ["maxwell"], "Oe": ["oersted"],
    "dyn": ["dyne"], "erg": ["erg"], "eV": ["electronvolt", "electron volt"], "b": ["barn", "bit"],
    "B": ["byte", "bel"], "Å": ["angstrom"], "P": ["poise"], "St": ["stokes"], "bar": ["bar"],
    "atm": ["atmosphere"], "Torr": ["torr"], "cal": ["calorie"], "Np": ["neper"], "Da": ["dalton"],
    "ha": ["hectare"], "t": ["tonne"], "min": ["minute"], "h": ["hour"], "d": ["day"],
  ]

  /// Units that take SI prefixes.
  static let prefixable: Set<String> = [
    "m", "g", "s", "A", "K", "mol", "cd", "Hz", "N", "Pa", "J", "W", "C", "V", "Ω", "S", "Wb", "T", "H",
    "lm", "lx", "Bq", "Gy", "Sv", "L", "l", "Ci", "G", "eV", "b", "B", "bar", "cal", "t",
  ]

  /// SI prefixes (two-letter "da" first), and the binary byte prefixes.
  static let prefixes: [(String, String)] = [
    ("da", "deca"), ("Y", "yotta"), ("Z", "zetta"), ("E", "exa"), ("P", "peta"), ("T", "tera"),
    ("G", "giga"), ("M", "mega"), ("k", "kilo"), ("h", "hecto"), ("d", "deci"), ("c", "centi"),
    ("m", "milli"), ("µ", "micro"), ("μ", "micro"), ("u", "micro"), ("n", "nano"), ("p", "pico"),
    ("f", "femto"), ("a", "atto"), ("z", "zepto"), ("y", "yocto"),
  ]
}
