import CLibXML2
import Foundation

/// The one layer through which every call into libxml2 goes: a streaming (SAX2, push) parser
/// that hands a document's elements and text to an ``XMLEventHandler`` as UTF-8 bytes.
///
/// It never builds a tree, never loads anything from the network or the disk, and refuses a
/// document that declares a DTD (`<!DOCTYPE …>`): no part of a workbook has one, and a DTD is
/// how entity-expansion attacks begin, so parsing stops before any declaration is read. An
/// undeclared entity (`&name;`) is a well-formedness error. No other file imports `CLibXML2`.
final class XMLPushParser {
  /// Why a document could not be parsed.
  enum Failure: Error, Equatable {
    /// The document declares a DTD.
    case declaresDTD
    /// libxml2 found the document malformed, at a line, in its words.
    case malformed(line: Int, reason: String)
  }

  private let handler: XMLEventHandler
  private var context: xmlParserCtxtPtr?
  private var declaredDTD = false
  private var firstError: (line: Int, reason: String)?

  /// Creates a parser that calls `handler` with what it reads.
  init(handler: XMLEventHandler) {
    self.handler = handler
    var sax = xmlSAXHandler()
    sax.initialized = UInt32(XML_SAX2_MAGIC)
    sax.startElementNs = { context, name, _, _, _, _, count, _, attributes in
      let parser = XMLPushParser.from(context)
      parser.handler.start(
        XMLName(name), XMLAttributes(pointers: attributes, count: Int(count)))
      parser.stopIfAsked()
    }
    sax.endElementNs = { context, name, _, _ in
      let parser = XMLPushParser.from(context)
      parser.handler.end(XMLName(name))
      parser.stopIfAsked()
    }
    sax.characters = { context, bytes, count in
      guard let bytes else { return }
      XMLPushParser.from(context).handler.text(UnsafeBufferPointer(start: bytes, count: Int(count)))
    }
    sax.cdataBlock = sax.characters
    sax.internalSubset = { context, _, _, _ in XMLPushParser.from(context).refuseDTD() }
    sax.externalSubset = { context, _, _, _ in XMLPushParser.from(context).refuseDTD() }
    sax.entityDecl = { context, _, _, _, _, _ in XMLPushParser.from(context).refuseDTD() }
    sax.serror = { context, error in
      guard let error, let context else { return }
      XMLPushParser.from(context).noteError(error.pointee)
    }
    let me = Unmanaged.passUnretained(self).toOpaque()
    context = xmlCreatePushParserCtxt(&sax, me, nil, 0, nil)
    if let context {
      // No network, no DTD loading, no entity substitution; libxml2's own size limits stay on.
      xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
    }
  }

  deinit {
    if let context { xmlFreeParserCtxt(context) }
  }

  /// Parses the next bytes of the document; throws ``Failure`` or the handler's `stopReason`.
  func push(_ bytes: UnsafeRawBufferPointer) throws {
    try feed(bytes, last: false)
  }

  /// Ends the document; throws as `push` does (and when the document ends too early).
  func finish() throws {
    try feed(UnsafeRawBufferPointer(start: nil, count: 0), last: true)
  }

  private func feed(_ bytes: UnsafeRawBufferPointer, last: Bool) throws {
    guard let context else { throw Failure.malformed(line: 0, reason: "out of memory") }
    var offset = 0
    repeat {
      // xmlParseChunk takes an Int32 length: feed a large buffer in pieces.
      let length = min(bytes.count - offset, 1 << 30)
      let start = bytes.baseAddress.map { ($0 + offset).assumingMemoryBound(to: CChar.self) }
      let status = xmlParseChunk(
        context, start, Int32(length), last && offset + length == bytes.count ? 1 : 0)
      offset += length
      if let reason = handler.stopReason { throw reason }
      if declaredDTD { throw Failure.declaresDTD }
      if status != 0 || firstError != nil {
        let error = firstError ?? (Int(xmlSAX2GetLineNumber(context)), "malformed XML")
        throw Failure.malformed(line: error.line, reason: error.reason)
      }
    } while offset < bytes.count
  }

  private static func from(_ context: UnsafeMutableRawPointer?) -> XMLPushParser {
    Unmanaged<XMLPushParser>.fromOpaque(context!).takeUnretainedValue()
  }

  private func stopIfAsked() {
    if handler.stopReason != nil, let context { xmlStopParser(context) }
  }

  private func refuseDTD() {
    declaredDTD = true
    if let context { xmlStopParser(context) }
  }

  private func noteError(_ error: xmlError) {
    guard error.level.rawValue >= XML_ERR_ERROR.rawValue, firstError == nil else { return }
    let text = error.message.map { String(cString: $0) } ?? "malformed XML"
    firstError = (Int(error.line), text.trimmingCharacters(in: .whitespacesAndNewlines))
  }
}

/// An element's local name (without its namespace prefix), valid only during the callback.
struct XMLName {
  let bytes: UnsafeBufferPointer<UInt8>

  init(_ name: UnsafePointer<xmlChar>?) {
    guard let name else {
      bytes = UnsafeBufferPointer(start: nil, count: 0)
      return
    }
    bytes = UnsafeBufferPointer(
      start: name, count: strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self)))
  }

  /// Whether the name is `name`.
  func `is`(_ name: StaticString) -> Bool {
    XMLBytes.equal(bytes, name)
  }
}

/// An element's attributes as libxml2 gives them (values decoded, not NUL-terminated), valid
/// only during the callback.
struct XMLAttributes {
  /// Five pointers an attribute: local name, prefix, namespace, value start, value end.
  let pointers: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  let count: Int

  /// The value of the attribute whose local name is `name` (any namespace), or `nil`.
  func value(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
    guard let pointers else { return nil }
    for index in 0..<count {
      let base = pointers + index * 5
      guard XMLName(base[0]).is(name), let start = base[3], let end = base[4] else { continue }
      return UnsafeBufferPointer(start: start, count: end - start)
    }
    return nil
  }

  /// The value of attribute `name` as text, or `nil`.
  func text(_ name: StaticString) -> String? {
    value(name).map { String(decoding: $0, as: UTF8.self) }
  }
}
