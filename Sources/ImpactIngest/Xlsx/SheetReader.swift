import ImpactModel

/// Reads one worksheet part as a stream of rows, each a ``CSVRecord`` of cell texts (see
/// ``XlsxCellText``) whose line is the row's number as Excel shows it, so that the rows go
/// through the same header search and row handling as a CSV file's records.
///
/// Memory holds one row at a time: the sheet's `dimension` (which may claim any size) is never
/// read, a gap of missing cells becomes empty fields only up to the cell that follows it,
/// rows without cells give no record, and a cell's value is bounded by ``InputLimits``.
final class SheetReader: XMLEventHandler {
  /// The sheet as named in messages, `file.xlsx [Sheet name]`.
  let source: String
  private let sharedStrings: SharedStrings
  private let styles: XlsxStyles
  private let uses1904Dates: Bool
  private let limits: InputLimits
  private var deliver: (CSVRecord) throws -> Void = { _ in }

  private var record = CSVRecord()
  private var rowNumber = 0
  private var inRow = false
  // The cell being read.
  private var column = -1
  private var type = CellType.number
  private var style = 0
  private var reference: String?
  private var value: [UInt8] = []
  private var inValue = false
  private var inInline = false
  private var inText = false
  private var phoneticDepth = 0
  private var cell: [UInt8] = []

  private(set) var stopReason: (any Error)?

  private enum CellType {
    case number, shared, inline, boolean, error, formulaText, date
  }

  /// Creates a reader for a sheet of a workbook with these shared strings and styles.
  init(
    source: String, sharedStrings: SharedStrings, styles: XlsxStyles, uses1904Dates: Bool,
    limits: InputLimits
  ) {
    self.source = source
    self.sharedStrings = sharedStrings
    self.styles = styles
    self.uses1904Dates = uses1904Dates
    self.limits = limits
  }

  /// Parses `part` of `package`, calling `body` with each row that has a cell, in order; the
  /// record is reused for the next row. Throws ``XlsxError`` and whatever `body` throws.
  func read(
    _ part: String, in package: XlsxPackage, progress: ((Int) -> Void)? = nil,
    _ body: (CSVRecord) throws -> Void
  ) throws {
    try withoutActuallyEscaping(body) { body in
      deliver = body
      defer { deliver = { _ in } }
      try package.parse(part, into: self, progress: progress)
    }
  }

  func start(_ name: XMLName, _ attributes: XMLAttributes) {
    if name.is("c") {
      startCell(attributes)
    } else if name.is("v") {
      inValue = true
    } else if name.is("is") {
      inInline = true
    } else if name.is("t") {
      inText = inInline && phoneticDepth == 0
    } else if name.is("rPh") {
      phoneticDepth += 1
    } else if name.is("row") {
      rowNumber = attributes.value("r").flatMap(XMLBytes.unsigned) ?? rowNumber + 1
      inRow = true
      record.begin(atLine: rowNumber)
    }
  }

  func end(_ name: XMLName) {
    if name.is("c") {
      endCell()
    } else if name.is("v") {
      inValue = false
    } else if name.is("t") {
      inText = false
    } else if name.is("is") {
      inInline = false
    } else if name.is("rPh") {
      phoneticDepth -= 1
    } else if name.is("row") {
      inRow = false
      guard record.count > 0 else { return }
      do { try deliver(record) } catch { stopReason = error }
    }
  }

  func text(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard inValue || inText else { return }
    value.append(contentsOf: bytes)
    if value.count > limits.cellBytes {
      stopReason = XlsxError.cellTooLong(source: source, row: rowNumber)
    }
  }

  private func startCell(_ attributes: XMLAttributes) {
    value.removeAll(keepingCapacity: true)
    inValue = false
    inInline = false
    inText = false
    phoneticDepth = 0
    style = attributes.value("s").flatMap(XMLBytes.unsigned) ?? 0
    type = Self.type(attributes.value("t"))
    reference = nil
    column = record.count
    if let r = attributes.value("r") {
      var letters = 0
      var index = 0
      for byte in r {
        let upper = byte & ~0x20
        guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { break }
        letters = letters * 26 + Int(upper - UInt8(ascii: "A") + 1)
        index += 1
        if index > 3 { break }
      }
      reference = String(decoding: r, as: UTF8.self)
      if letters > 0 { column = letters - 1 }
    }
    if column >= limits.columns {
      stopReason = XlsxError.cellOutOfRange(
        source: source, cell: reference ?? "column \(column + 1) of row \(rowNumber)")
    }
  }

  private func endCell() {
    guard inRow, stopReason == nil, column >= record.count else { return }
    cell.removeAll(keepingCapacity: true)
    switch type {
    case .shared:
      let text = String(decoding: value, as: UTF8.self)
      let index = XMLBytes.unsignedText(text)
      let found: Void? = index.flatMap { index in
        sharedStrings.withString(index) { cell.append(contentsOf: $0) }
      }
      guard found != nil || value.isEmpty else {
        stopReason = XlsxError.sharedStringOutOfRange(
          source: source, cell: reference ?? "row \(rowNumber)", index: text,
          count: sharedStrings.count)
        return
      }
    case .boolean:
      if value == [UInt8(ascii: "1")] {
        cell.append(contentsOf: "TRUE".utf8)
      } else if value == [UInt8(ascii: "0")] {
        cell.append(contentsOf: "FALSE".utf8)
      } else {
        cell.append(contentsOf: value)
      }
    case .inline, .error, .formulaText:
      cell.append(contentsOf: value)
    case .date:
      let text = XlsxCellText.isoDate(
        String(decoding: value, as: UTF8.self), kind: styles.kind(ofStyle: style))
      cell.append(contentsOf: text.utf8)
    case .number:
      if !value.isEmpty {
        let text = XlsxCellText.number(
          String(decoding: value, as: UTF8.self), kind: styles.kind(ofStyle: style),
          uses1904Dates: uses1904Dates)
        cell.append(contentsOf: text.utf8)
      }
    }
    while record.count < column { record.appendField(UnsafeRawBufferPointer(start: nil, count: 0)) }
    cell.withUnsafeBytes { record.appendField($0) }
  }

  private static func type(_ bytes: UnsafeBufferPointer<UInt8>?) -> CellType {
    guard let bytes else { return .number }
    if XMLBytes.equal(bytes, "s") { return .shared }
    if XMLBytes.equal(bytes, "inlineStr") { return .inline }
    if XMLBytes.equal(bytes, "b") { return .boolean }
    if XMLBytes.equal(bytes, "e") { return .error }
    if XMLBytes.equal(bytes, "str") { return .formulaText }
    if XMLBytes.equal(bytes, "d") { return .date }
    return .number
  }
}
