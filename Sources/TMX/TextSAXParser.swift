internal import CLibXML2

/// The SAX2 side of `TMXTextReader`: owns one libxml2 push parser and the `TextSAXState` its
/// callbacks work on (`userData` points at it: no reference counting or exclusivity checks per
/// event).
final class TextSAXParser {
  let ctxt: xmlParserCtxtPtr
  let state: UnsafeMutablePointer<TextSAXState>

  init(path: String, languages: [String]) throws(TMXError) {
    var handler = xmlSAXHandler()
    handler.initialized = 0xDEED_BEAF  // XML_SAX2_MAGIC: the SAX2 fields below are read
    handler.startElementNs = saxStartElement
    handler.endElementNs = saxEndElement
    handler.characters = saxCharacters
    // The same function: libxml2 then never asks whether blanks are ignorable.
    handler.ignorableWhitespace = saxCharacters
    handler.cdataBlock = saxCDATA
    handler.comment = saxComment
    handler.processingInstruction = saxProcessingInstruction
    handler.reference = saxReference
    handler.entityDecl = saxEntityDecl
    handler.unparsedEntityDecl = saxUnparsedEntityDecl
    handler.serror = saxError
    let state = UnsafeMutablePointer<TextSAXState>.allocate(capacity: 1)
    guard let ctxt = xmlCreatePushParserCtxt(&handler, state, nil, 0, path == "-" ? "stdin" : path) else {
      state.deallocate()
      throw TMXError(.cannotOpen, path: path, message: "cannot create an XML parser")
    }
    xmlCtxtUseOptions(ctxt, TextReaderHandle.options)
    state.initialize(to: TextSAXState(path: path, languages: languages, ctxt: ctxt))
    self.ctxt = ctxt
    self.state = state
  }

  deinit {
    xmlFreeParserCtxt(ctxt)
    state.deinitialize(count: 1)
    state.deallocate()
  }

  /// Parses `count` bytes (or, with `terminate`, the end of the input); afterwards
  /// `state.error` holds the first error if there was one.
  func parse(_ bytes: UnsafePointer<CChar>?, _ count: Int, terminate: Bool) {
    if state.pointee.isOver { return }
    xmlParseChunk(ctxt, bytes, Int32(count), terminate ? 1 : 0)
    state.pointee.afterChunk()
  }
}

// MARK: - C callbacks (`userData` is the state)

@inline(__always)
private func state(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<TextSAXState> {
  context.unsafelyUnwrapped.assumingMemoryBound(to: TextSAXState.self)
}

private let saxStartElement: startElementNsSAX2Func = { context, local, prefix, uri, _, _, count, _, attributes in
  state(context).pointee.startElement(local, prefix, uri, count, attributes)
}

private let saxEndElement: endElementNsSAX2Func = { context, _, _, _ in
  state(context).pointee.endElement()
}

private let saxCharacters: charactersSAXFunc = { context, bytes, count in
  state(context).pointee.characters(bytes, count, kind: 1)
}

private let saxCDATA: cdataBlockSAXFunc = { context, bytes, count in
  state(context).pointee.characters(bytes, count, kind: 2)
}

private let saxComment: commentSAXFunc = { context, _ in
  state(context).pointee.otherNode()
}

private let saxProcessingInstruction: processingInstructionSAXFunc = { context, _, _ in
  state(context).pointee.otherNode()
}

private let saxReference: referenceSAXFunc = { context, name in
  state(context).pointee.reference(name)
}

private let saxEntityDecl: entityDeclSAXFunc = { context, _, _, _, _, _ in
  state(context).pointee.declaredEntity()
}

private let saxUnparsedEntityDecl: unparsedEntityDeclSAXFunc = { context, _, _, _, _ in
  state(context).pointee.declaredEntity()
}

private let saxError: xmlStructuredErrorFunc = { context, error in
  guard let error else { return }
  state(context).pointee.recordError(error.pointee)
}
