import ThaiText
public import Glossary

/// The JSON report of an alignment: every bead with its score and terms, the beads to review
/// (score under the threshold) first, then the rest in document order.
///
///     let json = AlignmentReport(results: results, glossary: glossary, reviewThreshold: 0.5).json()
public struct AlignmentReport: Sendable {
  /// The aligned documents.
  public var results: [DocumentAlignment]
  /// The glossary the term indices refer to.
  public var glossary: Glossary
  /// Beads scoring below this are listed first, marked `"review": true`.
  public var reviewThreshold: Double

  /// Creates a report.
  public init(results: [DocumentAlignment], glossary: Glossary, reviewThreshold: Double) {
    self.results = results
    self.glossary = glossary
    self.reviewThreshold = reviewThreshold
  }

  /// Counts for a summary line.
  public struct Summary: Sendable, Hashable {
    /// Beads with both sides (translation units).
    public var pairs = 0
    /// Beads with text on one side only (untranslated).
    public var unpaired = 0
    /// Pairs under the review threshold.
    public var review = 0
    /// Glossary terms aligned on both sides.
    public var termsAligned = 0
    /// Thai glossary terms without their English in the bead.
    public var termsMissing = 0

    /// No documents counted yet.
    public init() {}

    /// Counts one document's beads in (pairs scoring under `reviewThreshold` are to review).
    public mutating func add(_ document: DocumentAlignment, reviewThreshold: Double) {
      for bead in document.beads {
        if bead.isPair {
          pairs += 1
          if bead.score < reviewThreshold { review += 1 }
          termsAligned += bead.terms.count - bead.missingTerms.count
          termsMissing += bead.missingTerms.count
        } else {
          unpaired += 1
        }
      }
    }
  }

  /// The summary counts.
  public var summary: Summary {
    var s = Summary()
    for doc in results { s.add(doc, reviewThreshold: reviewThreshold) }
    return s
  }

  /// The preferred Thai and English spellings of concept `index`.
  func conceptName(_ index: Int) -> (String, String) {
    guard glossary.concepts.indices.contains(index) else { return ("", "") }
    let c = glossary.concepts[index]
    return (c.thai.first?.text ?? "", c.preferredEnglish?.text ?? "")
  }

  /// The report as pretty-printed JSON.
  public func json() -> String {
    var entries: [(review: Bool, text: String)] = []
    for doc in results {
      for (n, bead) in doc.beads.enumerated() {
        let review = !bead.isPair || bead.score < reviewThreshold
        entries.append((review, beadJSON(doc, n, bead, review: review)))
      }
    }
    let ordered = entries.filter(\.review) + entries.filter { !$0.review }
    let s = summary
    var out = "{\n"
    out += "  \"summary\": {\"pairs\": \(s.pairs), \"unpaired\": \(s.unpaired), \"review\": \(s.review), "
    out += "\"termsAligned\": \(s.termsAligned), \"termsMissing\": \(s.termsMissing), "
    out += "\"reviewThreshold\": \(Self.number(reviewThreshold))},\n"
    out += "  \"beads\": [\n"
    out += ordered.map(\.text).joined(separator: ",\n")
    out += "\n  ]\n}\n"
    return out
  }

  func beadJSON(_ doc: DocumentAlignment, _ n: Int, _ bead: Bead, review: Bool) -> String {
    let kind = bead.isPair ? "pair" : bead.thai.isEmpty ? "english-only" : "thai-only"
    var fields: [String] = [
      "\"document\": \(JSONString.quoted(doc.name))",
      "\"bead\": \(n + 1)",
      "\"kind\": \(JSONString.quoted(kind))",
      "\"thaiParagraph\": \(bead.thaiParagraph.map { String($0 + 1) } ?? "null")",
      "\"englishParagraph\": \(bead.englishParagraph.map { String($0 + 1) } ?? "null")",
      "\"score\": \(Self.number(bead.score))",
      "\"review\": \(review)",
      "\"th\": \(JSONString.quoted(String(bead.thai)))",
      "\"en\": \(JSONString.quoted(String(bead.english)))",
    ]
    let terms = bead.terms.map { t -> String in
      let english = t.english.map { JSONString.quoted(String(bead.english[$0])) } ?? "null"
      return "{\"th\": \(JSONString.quoted(String(bead.thai[t.thai]))), \"en\": \(english), "
        + "\"glossary\": \(JSONString.quoted(conceptName(t.concept).1))}"
    }
    fields.append("\"terms\": [" + terms.joined(separator: ", ") + "]")
    let missing = bead.missingTerms.map { t in
      "{\"th\": \(JSONString.quoted(String(bead.thai[t.thai]))), \"expected\": \(JSONString.quoted(conceptName(t.concept).1))}"
    }
    fields.append("\"missingTerms\": [" + missing.joined(separator: ", ") + "]")
    return "    {" + fields.joined(separator: ", ") + "}"
  }

  /// A number with three decimals.
  static func number(_ x: Double) -> String {
    guard x.isFinite else { return "0" }
    let scaled = (x * 1000).rounded()
    let sign = scaled < 0 ? "-" : ""
    let v = Int(abs(scaled))
    let frac = String(v % 1000)
    return "\(sign)\(v / 1000).\(String(repeating: "0", count: 3 - frac.count))\(frac)"
  }
}

/// Formatting of scores for TMX properties and reports (three decimals, no Foundation).
public enum AlignmentReportNumber {
  /// `0.873`.
  public static func format(_ x: Double) -> String { AlignmentReport.number(x) }
}
