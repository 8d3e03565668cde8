import Align
import Foundation
import Glossary
import TMX

/// What `thaitm align` writes while documents come in: the TMX or TSV file, the summary counts,
/// the first glossary terms without an English rendering, and the alignments themselves only
/// when a JSON report or a debug dump needs them at the end.
final class AlignSink {
  /// The TMX being written (nil for TSV output, and once finished).
  var tmx: TMXWriter?
  /// The TSV being written (nil for TMX output).
  let tsv: StreamingOutput?
  /// The `creationDate` of every unit (from the input's metadata line).
  let unitDate: String?
  /// Translation units written so far.
  var units = 0
  /// The counts of the summary line.
  var summary = AlignmentReport.Summary()
  /// The first missing glossary terms, as printed under the warning.
  var missing: [String] = []
  /// Every document's alignment, kept only for `--report`.
  var kept: [DocumentAlignment] = []
  let keep: Bool

  init(tmx: consuming TMXWriter?, tsv: StreamingOutput?, unitDate: String?, keep: Bool) {
    self.tmx = tmx
    self.tsv = tsv
    self.unitDate = unitDate
    self.keep = keep
  }

  /// Finishes the output file (renamed into place).
  func finish() throws {
    if let writer = tmx.take() { _ = try writer.finish() }
    try tsv?.commit()
  }
}

extension ThaiTM.Align {
  /// Opens the output: TMX, or TSV when the path ends in `.tsv`.
  func openOutput(header: DocumentHeader?) throws -> AlignSink {
    if output.hasSuffix(".tsv") {
      let tsv = try StreamingOutput(path: output)
      return AlignSink(tmx: nil, tsv: tsv, unitDate: nil, keep: report != nil)
    }
    var tmxHeader = TMXHeader(creationDate: TMXDate.now())
    var unitDate: String? = nil
    if let header {
      let compact = header.isoDate.replacingOccurrences(of: "-", with: "")
      unitDate = compact + "T000000Z"
      tmxHeader.creationDate = unitDate
      tmxHeader.properties.append(TMXProperty(type: "x-date", value: header.isoDate))
    }
    do {
      let writer = try TMXWriter(path: output, header: tmxHeader, requiredLanguages: ["en"])
      return AlignSink(tmx: writer, tsv: nil, unitDate: unitDate, keep: report != nil)
    } catch let error as TMXError {
      throw JobFailed("\(error)")
    }
  }

  /// Writes one document's sentence pairs (one TU or TSV line each) and counts them.
  func emit(_ doc: DocumentAlignment, glossary: Glossary, into sink: AlignSink) throws {
    if debug { debugDump([doc]) }
    sink.summary.add(doc, reviewThreshold: reviewThreshold)
    for bead in doc.beads where bead.isPair {
      for t in bead.missingTerms where sink.missing.count < 5 {
        let english = glossary.concepts[t.concept].preferredEnglish?.text ?? "?"
        sink.missing.append("  \(doc.name): \(bead.thai[t.thai]) (expected \(english))\n")
      }
      if let tsv = sink.tsv {
        try tsv.write("\(bead.thai)\t\(bead.english)\n")
        continue
      }
      sink.units += 1
      let tu = unit(bead, document: doc, number: sink.units, date: sink.unitDate)
      do { try sink.tmx?.append(tu) } catch let error as TMXError { throw JobFailed("\(error)") }
    }
    if sink.keep { sink.kept.append(doc) }
  }
}
