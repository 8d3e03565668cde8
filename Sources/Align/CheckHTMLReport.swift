public import Glossary

/// The HTML report: one self-contained page (inline CSS and JS, no network), streamed.
///
/// Each TU with findings is a card: its findings (badge, check, message) above the Thai and the
/// English side by side, glossary terms highlighted in both (green: rendered; red: the term a
/// finding is about; struck through: a forbidden rendering; amber: numbers and Latin tokens a
/// finding names). Check and severity checkboxes filter the findings; the summary, written last,
/// is shown first.
public struct CheckHTMLReport: CheckReport {
  let glossary: Glossary
  var cards = 0

  /// Creates the report; `glossary` names the matched terms (tooltips, statuses).
  public init(glossary: Glossary) {
    self.glossary = glossary
  }

  public mutating func begin<Out: TextOutputStream>(input: String, glossaries: [String], to out: inout Out) {
    out.write("""
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>thaitm check — \(HTML.escape(input))</title>
      <style>\(Self.css)</style></head>
      <body><main>
      <header><h1>thaitm check</h1><p class="meta"><b>\(HTML.escape(input))</b> · glossaries: \
      \(glossaries.map { HTML.escape($0) }.joined(separator: ", "))</p></header>
      <section id="cards">\n
      """)
  }

  public mutating func write<Out: TextOutputStream>(_ unit: CheckedUnit, to out: inout Out) {
    cards += 1
    let pair = unit.pair
    let checks = Set(unit.findings.map(\.check.rawValue)).sorted().joined(separator: " ")
    var s = "<article class=\"card\" data-checks=\"\(checks)\"><div class=\"tu\">TU \(pair.position)"
    if let tuid = pair.tuid { s += " <span class=\"tuid\">tuid \(HTML.escape(tuid))</span>" }
    if let line = pair.line { s += " <span class=\"tuid\">line \(line)</span>" }
    s += "</div><ul>"
    for f in unit.findings {
      s += "<li class=\"f\" data-check=\"\(f.check.rawValue)\" data-sev=\"\(f.severity.rawValue)\">"
      s += "<span class=\"sev \(f.severity.rawValue)\">\(f.severity.rawValue)</span>"
      s += "<code>\(f.check.rawValue)</code> \(HTML.escape(f.message))"
      if !f.renderings.isEmpty {
        s += "<table class=\"counts\">"
        for r in f.renderings {
          s += "<tr><td>\(HTML.escape(r.text))</td><td>\(r.count)×</td><td>TU \(r.tus.map(String.init).joined(separator: ", "))</td></tr>"
        }
        s += "</table>"
      }
      s += "</li>"
    }
    s += "</ul><div class=\"pair\"><div class=\"th\" lang=\"th\">\(thaiHTML(unit))</div>"
    s += "<div class=\"en\" lang=\"en\">\(englishHTML(unit))</div></div></article>\n"
    out.write(s)
  }

  public mutating func end<Out: TextOutputStream>(_ summary: CheckSummary, to out: inout Out) {
    if cards == 0 { out.write("<p class=\"clean\">No findings.</p>\n") }
    out.write("</section>\n<section id=\"summary\"><div class=\"totals\">")
    out.write("<span class=\"big\">\(summary.tus)</span> TUs checked · ")
    for severity in FindingSeverity.allCases.reversed() {
      out.write("<label class=\"chip\"><input type=\"checkbox\" data-filter=\"sev\" value=\"\(severity.rawValue)\" checked>")
      out.write("<span class=\"sev \(severity.rawValue)\">\(severity.rawValue)</span> \(summary.count(severity))</label>")
    }
    if summary.ignored > 0 { out.write(" · \(summary.ignored) ignored") }
    out.write("</div><div class=\"checks\">")
    for check in CheckName.allCases {
      let n = summary.byCheck[check] ?? 0
      out.write("<label class=\"chip\(n == 0 ? " zero" : "")\"><input type=\"checkbox\" data-filter=\"check\" value=\"\(check.rawValue)\" checked>")
      out.write("<code>\(check.rawValue)</code> \(n)</label>")
    }
    out.write("</div></section>\n</main><script>\(Self.script)</script></body></html>\n")
  }

  // MARK: highlighting

  func thaiHTML(_ unit: CheckedUnit) -> String {
    let flagged = Set(unit.findings.compactMap(\.thTerm))
    var spans: [HTML.Span] = unit.thaiMatches.map { m in
      let concept = glossary.concepts[m.concept]
      let text = concept.thai[m.term].text
      let english = concept.allowedEnglish.map(\.text).joined(separator: " / ")
      return HTML.Span(range: m.range, cls: flagged.contains(text) ? "term bad" : "term ok", title: english)
    }
    for f in unit.findings where f.check == .numberMismatch || f.check == .latinMismatch {
      for token in f.expected { spans += unit.pair.th.ranges(of: token).map { HTML.Span(range: $0, cls: "tok", title: f.check.rawValue) } }
    }
    return HTML.highlight(unit.pair.th, spans)
  }

  func englishHTML(_ unit: CheckedUnit) -> String {
    // Forbidden by the findings (a later glossary may forbid what an earlier one admits).
    let forbidden = Set(unit.findings.filter { $0.check == .forbiddenTerm }.flatMap(\.found).map { $0.lowercased() })
    var spans: [HTML.Span] = unit.englishMatches.map { m in
      let term = glossary.concepts[m.concept].english[m.term]
      let thai = glossary.concepts[m.concept].thai.map(\.text).joined(separator: " / ")
      let bad = term.status == .forbidden || forbidden.contains(term.text.lowercased())
      return HTML.Span(range: m.range, cls: bad ? "term forbidden" : "term ok", title: thai)
    }
    for f in unit.findings where f.check == .numberMismatch {
      for token in f.found { spans += unit.pair.en.ranges(of: token).map { HTML.Span(range: $0, cls: "tok", title: f.check.rawValue) } }
    }
    return HTML.highlight(unit.pair.en, spans)
  }
}

/// HTML escaping and span highlighting.
enum HTML {
  struct Span {
    var range: Range<String.Index>
    var cls: String
    var title: String
  }

  static func escape(_ s: some StringProtocol) -> String {
    var out = ""
    for c in s {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(c)
      }
    }
    return out
  }

  /// `text` escaped, with non-overlapping spans wrapped in `<mark>` (earlier spans win).
  static func highlight(_ text: String, _ spans: [Span]) -> String {
    var out = ""
    var position = text.startIndex
    for span in spans.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where span.range.lowerBound >= position {
      out += escape(text[position..<span.range.lowerBound])
      out += "<mark class=\"\(span.cls)\" title=\"\(escape(span.title))\">\(escape(text[span.range]))</mark>"
      position = span.range.upperBound
    }
    return out + escape(text[position...])
  }
}
