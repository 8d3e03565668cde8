import Align
import ArgumentParser
import Foundation
import Glossary
import ThaiText

extension ThaiTM {
  struct Extend: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "extend",
      abstract: "Find names a glossary lacks and append them as candidates.")

    @Argument(
      help: ArgumentHelp(
        "Aligned pairs: TMX, TSV (th<TAB>en a line) or JSONL ({\"th\",\"en\"} a line); or two files TH EN (one paragraph a line), aligned first.",
        valueName: "input"),
      completion: .file())
    var inputs: [String] = []
    @Flag(help: "With TH EN: line N of each file is one document (the NTREX format).")
    var documentsPerLine = false
    @Option(help: "Format of one aligned file: tmx, tsv or jsonl (default: from the extension, else the first bytes).")
    var from: PairFileFormat?

    @OptionGroup var glossaries: GlossaryOptions

    @Option(name: .shortAndLong, help: "Output file ('-' = stdout, the default).") var output: String?
    @Flag(help: "Append to the (first) -g glossary itself, keeping a .bak copy beside it.")
    var inPlace = false
    @Option(help: "tsv, tbx or json (default: the glossary's format, json without -g).")
    var format: String?
    @Option(help: "Lowest score to propose (0…1).") var minScore = 0.55
    @Option(help: "Fewest translation units a pair must be seen in.") var minCount = 1

    @Option(help: .hidden) var trainTransliteration: String?
    @Option(help: .hidden) var evaluateTransliteration: String?
    @Option(help: .hidden) var tuneTransliteration: String?
    @Option(help: .hidden) var channels = "standard"
    @Option(help: .hidden) var constants = ""
    @Option(help: .hidden) var rounds = 8
    @Flag(help: .hidden) var verbose = false

    func validate() throws {
      if trainTransliteration != nil || evaluateTransliteration != nil || tuneTransliteration != nil { return }
      guard (1...2).contains(inputs.count) else {
        throw ValidationError("give one aligned file (TMX, TSV, JSONL) or two texts TH EN")
      }
      if from != nil && inputs.count == 2 { throw ValidationError("--from is for one aligned file, not for TH EN texts") }
      if inPlace && output != nil { throw ValidationError("--in-place and -o exclude each other") }
      if inPlace && glossaries.paths.isEmpty { throw ValidationError("--in-place needs -g GLOSSARY") }
      if let format, !["tsv", "tbx", "json"].contains(format) {
        throw ValidationError("--format must be tsv, tbx or json")
      }
      guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be in 0…1") }
      guard minCount >= 1 else { throw ValidationError("--min-count must be at least 1") }
    }

    func run() async throws {
      if let path = trainTransliteration { return try trainModel(namesPath: path) }
      if let path = evaluateTransliteration { return try evaluateModel(namesPath: path) }
      if let path = tuneTransliteration { return try tuneModel(namesPath: path) }
      let glossary = try glossaries.load(emptyIsExpected: true)
      let lexicon = try ThaiTM.Align.loadShippedLexicon() ?? Lexicon()
      var miner = try NameMiner(glossary: glossary, lexicon: lexicon)
      var unit = 0
      var script = ScriptTally()
      if inputs.count == 2 {
        for (thai, english) in try await alignedPairs(glossary: glossary, lexicon: lexicon) {
          unit += 1
          miner.add(thai: thai, english: english, unit: unit)
        }
      } else {
        // A unit without both sides has nothing to pair.
        try CheckInput.forEachPair(path: inputs[0], format: from ?? PairFileFormat.of(input: inputs[0])) { pair in
          guard !pair.th.isEmpty, !pair.en.isEmpty else { return }
          unit += 1
          script.add(thai: pair.th, english: pair.en)
          miner.add(thai: pair.th, english: pair.en, unit: unit)
        }
        try script.requireNotSwapped(inputs[0], "the Thai and English sides (columns or xml:lang)")
      }
      let candidates = miner.candidates(minScore: minScore, minCount: minCount)
      let target = glossaries.paths.first
      let chosen = format ?? (target.map { $0.lowercased().hasSuffix(".tbx") ? "tbx" : "tsv" } ?? "json")
      let bytes: [UInt8]
      if chosen == "json" {
        bytes = Array(ExtendOutput.json(candidates).utf8)
      } else {
        var document: GlossaryDocument
        if let target, !(chosen == "tbx") == !target.lowercased().hasSuffix(".tbx") {
          document = try GlossaryDocument.load(path: target)
        } else {
          document = GlossaryDocument(newFileAt: output ?? "-", format: chosen == "tbx" ? .tbx : .tsv)
        }
        for candidate in candidates { document.append(ExtendOutput.concept(candidate, tbx: chosen == "tbx")) }
        bytes = try document.serialized()
      }
      if inPlace, let target {
        let old = try Data(contentsOf: URL(fileURLWithPath: target))
        try OutputFile(path: target + ".bak").write(old)
        try OutputFile(path: target).write(Data(bytes))
      } else {
        try OutputFile(path: output ?? "-").write(Data(bytes))
      }
      Diagnostics.note("\(candidates.count) candidate\(candidates.count == 1 ? "" : "s") from \(unit) units")
    }

    /// Sentence pairs of TH and EN aligned with the glossary (as `thaitm align` does, with the
    /// shipped lexicon when it is found); beads with both sides, in order.
    func alignedPairs(glossary: Glossary, lexicon: Lexicon) async throws -> [(String, String)] {
      var thaiLines = try TextFile.lines(path: inputs[0])
      let englishLines = try TextFile.lines(path: inputs[1])
      try ScriptTally.lines(thai: thaiLines, english: englishLines).requireNotSwapped(inputs[0], "TH and EN")
      if let first = thaiLines.first, let header = DocumentHeader(parsing: first) { thaiLines[0] = header.headline }
      let documents: [DocumentPair]
      if documentsPerLine {
        guard thaiLines.count == englishLines.count else {
          throw JobFailed("\(inputs[1]): \(englishLines.count) lines, but \(inputs[0]) has \(thaiLines.count)")
        }
        documents = zip(thaiLines, englishLines).enumerated().map {
          DocumentPair(name: String($0.offset + 1), thai: [$0.element.0], english: [$0.element.1])
        }
      } else {
        documents = [DocumentPair(name: inputs[0], thai: thaiLines, english: englishLines)]
      }
      let aligner = try Aligner(glossary: glossary, lexicon: lexicon)
      return await aligner.align(documents).flatMap { document in
        document.beads.filter(\.isPair).map { (String($0.thai), String($0.english)) }
      }
    }

    /// Rows of a names-dev style file: `th<TAB>en|en…`, header skipped.
    func readNames(_ path: String) throws -> [(thai: String, english: [String])] {
      var rows: [(thai: String, english: [String])] = []
      try TextFile.forEachLine(path: path) { number, line in
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count >= 2, !(number == 1 && fields[0] == "th") else { return }
        rows.append((String(fields[0]), fields[1].split(separator: "|").map(String.init)))
      }
      return rows
    }

    /// Trains on the names-dev rows outside the held-out part plus the glossary pairs (those
    /// whose Thai is a held-out name left out), and writes the generated Swift table.
    func trainModel(namesPath: String) throws {
      let rows = try readNames(namesPath)
      let pairs = TransliterationEvaluation.trainingPairs(
        rows: rows, glossary: try glossaries.load(), leftOut: TransliterationEvaluation.isHeldOut)
      var trainer = TransliterationTrainer()
      let model = trainer.train(pairs)
      Diagnostics.note("trained on \(trainer.usedPairs) of \(pairs.count) pairs")
      let source = """
        // Generated by scripts/extend/train-transliteration.sh (thaitm extend
        // --train-transliteration): learned Thai unit → English chunk log-probabilities, trained
        // on the train part of names-dev (held-out part excluded by hash) and the shipped
        // glossary. Do not edit by hand.

        /// The shipped transliteration table (`TransliterationModel(table:)` format).
        let transliterationTable = #\"\"\"
        \(model.tableText)\"\"\"#

        """
      try OutputFile(path: output ?? "-").write(source)
    }

    /// Prints the names-dev ranking accuracy of the shipped model on the held-out part.
    func evaluateModel(namesPath: String) throws {
      let rows = try readNames(namesPath)
      guard let constants = TransliterationScorer.Constants(parsing: constants) else {
        throw ValidationError("--constants: name=value,… expected")
      }
      let excluded = TransliterationEvaluation.excludedThai(rows: rows, leftOut: TransliterationEvaluation.isHeldOut)
      let scorer = try makeScorer(model: .shipped, excluding: excluded, constants: constants)
      if !inputs.isEmpty {
        TransliterationScorer.debug = true
        let prepared = scorer.prepare(inputs[0])
        for english in inputs.dropFirst() { print(english, scorer.score(prepared, english: english)) }
        return
      }
      let outcomes = TransliterationEvaluation.rank(rows: rows, scorer: scorer)
      let right = outcomes.filter { $0.beatenBy == nil }.count
      if verbose {
        for o in outcomes where o.beatenBy != nil {
          print("MISS\t\(o.thai)\t\(o.english[0])\t\(o.score)\t\(o.beatenBy!.english)\t\(o.beatenBy!.score)")
        }
      }
      print("names-dev held-out: \(right)/\(outcomes.count) ranked first among 100 = \(Double(right) / Double(outcomes.count))")
    }

    /// Cross-validation inside the training part: trains on the training rows outside fold 0,
    /// ranks fold 0 among training rows only, for each `;`-separated constants setting.
    func tuneModel(namesPath: String) throws {
      let rows = try readNames(namesPath).filter { !TransliterationEvaluation.isHeldOut($0.thai) }
      let inFold = { (thai: String) in TransliterationEvaluation.fold(thai) == 0 }
      let glossary = try glossaries.load()
      let excluded = TransliterationEvaluation.excludedThai(rows: try readNames(namesPath)) {
        TransliterationEvaluation.isHeldOut($0) || inFold($0)
      }
      let pairs = TransliterationEvaluation.trainingPairs(rows: rows, glossary: glossary, leftOut: inFold)
        .filter { !excluded.contains($0.thai) }
      var trainer = TransliterationTrainer()
      let model = trainer.train(pairs, rounds: rounds)
      for setting in constants.split(separator: ";", omittingEmptySubsequences: false) {
        guard let c = TransliterationScorer.Constants(parsing: String(setting)) else {
          throw ValidationError("--constants: name=value,… expected")
        }
        let scorer = try makeScorer(model: model, excluding: excluded, constants: c)
        let outcomes = TransliterationEvaluation.rank(rows: rows, scorer: scorer, evaluated: inFold)
        let right = outcomes.filter { $0.beatenBy == nil }.count
        if verbose {
          for o in outcomes where o.beatenBy != nil {
            print("MISS\t\(o.thai)\t\(o.english[0])\t\(o.score)\t\(o.beatenBy!.english)\t\(o.beatenBy!.score)")
          }
        }
        print("fold 0 (\(channels); \(c.description)): \(right)/\(outcomes.count) = \(Double(right) / Double(outcomes.count))")
      }
    }

    /// A scorer with the channels of `--channels`, the shipped lexicon and the glossary (Thai in
    /// `excluding` never used).
    func makeScorer(model: TransliterationModel, excluding: Set<String>, constants: TransliterationScorer.Constants) throws -> TransliterationScorer {
      var set: TransliterationScorer.Channels = []
      for name in channels.split(separator: ",") {
        switch name {
        case "all": set.formUnion(.all)
        case "standard": set.formUnion(.standard)
        case "transliteration": set.insert(.transliteration)
        case "translation": set.insert(.translation)
        case "affixes": set.insert(.affixes)
        case "abbreviation": set.insert(.abbreviation)
        case "taxon": set.insert(.taxon)
        case "spelled": set.insert(.spelled)
        case "symbols": set.insert(.symbols)
        case "numbers": set.insert(.numbers)
        default: throw ValidationError("--channels: unknown channel \(name)")
        }
      }
      let usesLexicon = set.contains(.translation) || set.contains(.abbreviation)
      let lexicon = usesLexicon ? try ThaiTM.Align.loadShippedLexicon() ?? Lexicon() : Lexicon()
      let dictionary = TransliterationDictionary(lexicon: lexicon, glossary: try glossaries.load(), excluding: excluding)
      return TransliterationScorer(model: model, dictionary: dictionary, channels: set, constants: constants)
    }
  }
}
