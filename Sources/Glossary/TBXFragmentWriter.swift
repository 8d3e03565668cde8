internal import CLibXML2

/// Writes TBX entries with libxml2's `xmlTextWriter` (which escapes `&<>"` for us) into
/// memory: the text of `conceptEntry` (v3) or `termEntry` (v2) elements, for insertion into an
/// existing file before `</body>`, or into a new file.
enum TBXFragmentWriter {
  /// The entry for `concept`, indented by two spaces a level, lines joined with `\n`, without a
  /// final line end.
  static func entry(for concept: Concept, id: String, version2: Bool) throws(GlossaryError) -> String {
    guard let buffer = xmlBufferCreate() else { throw GlossaryError(path: nil, "cannot allocate an XML buffer") }
    defer { xmlBufferFree(buffer) }
    guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
      throw GlossaryError(path: nil, "cannot start the XML writer")
    }
    var ok = true
    func check(_ result: Int32) { if result < 0 { ok = false } }
    func start(_ name: String) { check(xmlTextWriterStartElement(writer, name)) }
    func end() { check(xmlTextWriterEndElement(writer)) }
    func attribute(_ name: String, _ value: String) { check(xmlTextWriterWriteAttribute(writer, name, value)) }
    func element(_ name: String, type: String? = nil, _ text: String) {
      start(name)
      if let type { attribute("type", type) }
      check(xmlTextWriterWriteString(writer, text))
      end()
    }

    check(xmlTextWriterSetIndent(writer, 1))
    check(xmlTextWriterSetIndentString(writer, "  "))
    start(version2 ? "termEntry" : "conceptEntry")
    attribute("id", id)
    var conceptComment = GlossaryComment()
    conceptComment.origin = concept.origin
    if let evidence = concept.evidence { conceptComment.evidence = [evidence] }
    conceptComment.type = concept.type
    if let note = concept.note { conceptComment.note = [note] }
    if !conceptComment.formatted.isEmpty { element("note", conceptComment.formatted) }
    for (language, terms) in [("th", concept.thai), ("en", concept.english)] {
      start(version2 ? "langSet" : "langSec")
      attribute("xml:lang", language)
      for term in terms {
        start(version2 ? "tig" : "termSec")
        element("term", term.text)
        element("termNote", type: "partOfSpeech", "properNoun")
        element("termNote", type: "administrativeStatus", TBXStatus.value(term.status))
        var termComment = GlossaryComment()
        termComment.caseSensitive = term.caseSensitive
        if let note = term.note { termComment.note = [note] }
        if !termComment.formatted.isEmpty { element("note", termComment.formatted) }
        end()
      }
      end()
    }
    end()
    check(xmlTextWriterFlush(writer))
    xmlFreeTextWriter(writer)
    guard ok, let content = xmlBufferContent(buffer) else {
      throw GlossaryError(path: nil, "cannot write a TBX entry for '\(concept.thai.first?.text ?? "")'")
    }
    var text = String(cString: content)
    while text.last == "\n" { text.removeLast() }
    return text
  }

  /// A new, empty TBX-Basic v3 file whose `<body>` receives appended entries.
  static let emptyDocument = """
    <?xml version="1.0" encoding="UTF-8"?>
    <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
      <tbxHeader>
        <fileDesc>
          <sourceDesc>
            <p>Thai–English glossary of names, written by thaitm</p>
          </sourceDesc>
        </fileDesc>
      </tbxHeader>
      <text>
        <body>
        </body>
      </text>
    </tbx>

    """
}
