import ArgumentParser
import TMX
import ThaiText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ThaiTM {
  /// `thaitm convert IN OUT`: translation pairs between TSV, JSONL and TMX, streamed.
  struct Convert: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "convert",
      abstract: "Convert translation pairs between TSV, JSONL and TMX.",
      discussion: """
        Formats come from the extensions (.tsv/.tab/.txt, .jsonl/.ndjson/.json, .tmx/.xml) unless \
        --from/--to say otherwise; an input with another extension is told by its first bytes. \
        '-' is stdin (needs --from) or stdout (TSV unless --to says otherwise, or \
        TMX when the input is not TMX). TSV rows are SOURCE<TAB>TARGET[<TAB>note]; JSONL lines are \
        {"th": …, "en": …, "note": …, "tuid": …}. TMX to TMX keeps every unit, property, note and \
        inline code.
        """)

    @Argument(help: "Input file, or '-' for stdin.", completion: .file()) var input: String
    @Argument(help: "Output file, or '-' for stdout.", completion: .file()) var output: String
    @Option(help: "Input format: tsv, jsonl or tmx (default: from the extension, else the first bytes).") var from: PairFileFormat?
    @Option(help: "Output format: tsv, jsonl or tmx (default: from the extension).") var to: PairFileFormat?
    @Option(help: "Source language code (TSV first column, JSONL key, TMX srclang).")
    var sourceLang = "th"
    @Option(help: "Target language code.") var targetLang = "en"

    func validate() throws {
      guard inputFormat != nil else {
        throw ValidationError("cannot tell the format of '\(input)': give --from tsv|jsonl|tmx")
      }
      guard outputFormat != nil else {
        throw ValidationError("cannot tell the format of '\(output)': give --to tsv|jsonl|tmx")
      }
      guard !sourceLang.isEmpty, !targetLang.isEmpty,
        LanguageTag.primary(sourceLang) != LanguageTag.primary(targetLang)
      else { throw ValidationError("--source-lang and --target-lang must be two different languages") }
    }

    var inputFormat: PairFileFormat? { from ?? (input == "-" ? nil : PairFileFormat.of(input: input)) }
    var outputFormat: PairFileFormat? {
      if let to { return to }
      if output == "-" || StreamingOutput.isSpecialFile(output) {
        return inputFormat == .tmx ? .tsv : .tmx
      }
      return PairFileFormat(extensionOf: output)
    }

    func run() async throws {
      var notes = ConversionNotes()
      var inputNotes = ConversionNotes()
      // Pairs labelled th → en whose Thai column is English would make a TMX with the languages
      // swapped, which a CAT tool then matches backwards.
      if inputFormat != .tmx, input != "-", LanguageTag.primary(sourceLang) == "th", LanguageTag.primary(targetLang) == "en" {
        try ScriptTally.sample(path: input, format: inputFormat!).requireNotSwapped(input, "the th and en columns")
      }
      switch inputFormat! {
      case .tmx:
        var reader = try TMXReader(path: input)
        var header = reader.header
        fillDefaults(&header)
        try withSink(header: header, fromTMX: true, notes: &notes) { emit in
          while let unit = try reader.next() { try emit(unit) }
        }
      case .tsv:
        try withSink(header: newHeader(), fromTMX: false, notes: &notes) { emit in
          try readTSV(notes: &inputNotes, emit)
        }
      case .jsonl:
        try withSink(header: newHeader(), fromTMX: false, notes: &notes) { emit in
          try readJSONL(notes: &inputNotes, emit)
        }
      }
      inputNotes.merge(notes)
      inputNotes.print()
    }

    // MARK: - Sinks

    private func withSink(
      header: TMXHeader, fromTMX: Bool, notes: inout ConversionNotes,
      _ body: (_ emit: (TranslationUnit) throws -> Void) throws -> Void
    ) throws {
      switch outputFormat! {
      case .tmx:
        var writer = try TMXWriter(
          path: output, header: header, requiredLanguages: fromTMX ? [] : [sourceLang, targetLang])
        try body { try writer.append($0) }
        notes.add(try writer.finish())
      case .tsv, .jsonl:
        let out = try StreamingOutput(path: output)
        let tsv = outputFormat == .tsv
        var local = ConversionNotes()
        var position = 0
        try body { unit in
          position += 1
          guard let row = PairRow(unit, source: sourceLang, target: targetLang) else {
            local.skip(unit.tuid.map { "tuid \($0)" } ?? "unit #\(position)")
            return
          }
          if tsv {
            try row.writeTSV(to: out, folded: &local.fieldsCleaned)
          } else {
            try out.write(row.jsonLine(source: sourceLang, target: targetLang))
          }
        }
        try out.commit()
        notes.merge(local)
      }
    }

    private func newHeader() -> TMXHeader {
      TMXHeader(
        sourceLanguage: sourceLang, creationToolVersion: ThaiTM.version, creationDate: TMXDate.now())
    }

    /// A TMX read from elsewhere keeps its header; required attributes it lacks get our values.
    private func fillDefaults(_ header: inout TMXHeader) {
      let ours = newHeader()
      if header.creationTool.isEmpty { header.creationTool = ours.creationTool }
      if header.creationToolVersion.isEmpty { header.creationToolVersion = ours.creationToolVersion }
      if header.segmentType.isEmpty { header.segmentType = ours.segmentType }
      if header.originalFormat.isEmpty { header.originalFormat = ours.originalFormat }
      if header.adminLanguage.isEmpty { header.adminLanguage = ours.adminLanguage }
      if header.sourceLanguage.isEmpty { header.sourceLanguage = sourceLang }
      if header.dataType.isEmpty { header.dataType = ours.dataType }
    }

    // MARK: - Sources

    private func readTSV(notes: inout ConversionNotes, _ emit: (TranslationUnit) throws -> Void) throws {
      let date = TMXDate.now()
      var count = 0
      try TextFile.forEachLineBytes(path: input) { number, line in
        if line.isEmpty { return }
        // Split on the tab byte: splitting Characters would run grapheme breaking over Thai.
        guard let fields = tabSeparatedFields(line) else {
          throw JobFailed("\(shown(input)):\(number): invalid UTF-8")
        }
        guard fields.count == 2 || fields.count == 3 else {
          throw JobFailed(
            "\(shown(input)):\(number): expected 2 or 3 tab-separated fields (\(sourceLang), \(targetLang), note), found \(fields.count)"
          )
        }
        let pair = (fields[0], fields[1])
        guard hasText(pair.0), hasText(pair.1) else {
          notes.skip("\(shown(input)):\(number)")
          return
        }
        count += 1
        try emit(unit(pair, note: fields.count == 3 ? fields[2] : nil, tuid: String(count), date: date))
      }
    }

    private func readJSONL(notes: inout ConversionNotes, _ emit: (TranslationUnit) throws -> Void) throws {
      let date = TMXDate.now()
      var count = 0
      let sourceKeys = [sourceLang, LanguageTag.primary(sourceLang)]
      let targetKeys = [targetLang, LanguageTag.primary(targetLang)]
      try TextFile.forEachLine(path: input) { number, line in
        if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
        let object: [String: String]
        do {
          object = try JSONLine.object(line)
        } catch let error as JSONLine.ParseError {
          throw JobFailed("\(shown(input)):\(number): column \(error.column): \(error.message)")
        }
        guard let source = sourceKeys.lazy.compactMap({ object[$0] }).first,
          let target = targetKeys.lazy.compactMap({ object[$0] }).first
        else {
          throw JobFailed("\(shown(input)):\(number): expected string fields \"\(sourceLang)\" and \"\(targetLang)\"")
        }
        guard hasText(source), hasText(target) else {
          notes.skip("\(shown(input)):\(number)")
          return
        }
        count += 1
        try emit(unit((source, target), note: object["note"], tuid: object["tuid"] ?? String(count), date: date))
      }
    }

    private func unit(_ pair: (String, String), note: String?, tuid: String, date: String) -> TranslationUnit {
      var unit = TranslationUnit(
        tuid: tuid, notes: note.map { $0.isEmpty ? [] : [$0] } ?? [],
        variants: [
          TranslationVariant(language: sourceLang, text: pair.0),
          TranslationVariant(language: targetLang, text: pair.1),
        ])
      unit.attributes = [TMXAttribute(name: "creationdate", value: date)]
      return unit
    }

    private func hasText(_ s: String) -> Bool { hasVisibleText(s) }
  }
}

/// The tab-separated fields of a line's bytes, split on the tab byte with `memchr` (no grapheme
/// breaking), each made a string straight from the bytes; nil if the bytes are not UTF-8.
func tabSeparatedFields(_ line: UnsafeBufferPointer<UInt8>) -> [String]? {
  guard let base = line.baseAddress else { return [""] }
  var fields: [String] = []
  var from = 0
  while true {
    let hit = memchr(base + from, 0x09, line.count - from)
    let end = hit.map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? line.count
    if fields.count < 3 {
      guard let field = String(validating: UnsafeBufferPointer(start: base + from, count: end - from), as: UTF8.self)
      else { return nil }
      fields.append(field)
    } else {
      fields.append("")  // only the count matters beyond three fields (the row is rejected)
    }
    guard hit != nil else { return fields }
    from = end + 1
  }
}

/// Whether `text` has a character that is not white space (Thai and printable ASCII decided
/// without a Unicode property lookup).
func hasVisibleText(_ text: String) -> Bool {
  text.unicodeScalars.contains { scalar in
    let v = scalar.value
    if v < 0x80 { return v > 0x20 && v != 0x7F }
    if v >= 0x0E01 && v <= 0x0E7F { return true }
    return !scalar.properties.isWhitespace
  }
}

/// `<stdin>` for `-`, else the path.
func shown(_ path: String) -> String { path == "-" ? "<stdin>" : path }
