/// A fast, buffered CSV writer that puts its file in place only when it is complete.
///
/// Rules (RFC 4180, with the choices of OUTPUTS.md):
/// - fields are separated by the format's delimiter (a comma by default) and rows end with
///   `\n` (or `\r\n` when the format says so), including the last row;
/// - a field is quoted only when it holds the delimiter, a `"`, a carriage return or a line
///   feed; a `"` inside a quoted field is doubled;
/// - a spreadsheet-safe field (``CSVField/userText(_:)``) that starts with `=`, `+`, `-`, `@`,
///   a tab or a carriage return, also after leading spaces, gets a leading `'`; so does each
///   line of a multi-line field that starts so, for readers that take a line at a time;
/// - text is UTF-8 without a byte order mark unless the format chooses another encoding.
///
/// The file is written through an ``AtomicFileWriter``: nothing appears at `path` until
/// ``finish()`` succeeds, and a writer dropped before then (after an error) leaves the
/// previous file untouched.
///
/// Rows can be written whole (``writeRow(_:)``) or field by field (``writeField(_:spreadsheetSafe:)``
/// then ``endRow()``), which avoids building an array per row in hot loops.
public struct CSVWriter: ~Copyable {
  /// The layout of the file.
  public let format: CSVFormat
  /// The physical line (1-based, as a text editor counts) on which the next row starts.
  public private(set) var line = 1
  /// The number of rows ended so far (header rows included).
  public private(set) var rowsWritten = 0

  private var file: AtomicFileWriter
  private var fieldsInRow = 0
  private var scratch: [UInt8] = []

  /// Starts a CSV file that will be put at `path` by ``finish()``.
  public init(path: String, format: CSVFormat = CSVFormat()) throws(FileWriteError) {
    self.format = format
    file = try AtomicFileWriter(path: path)
    file.buffer.append(contentsOf: format.encoding.byteOrderMark)
  }

  /// The destination of the file.
  public var path: String { file.path }

  /// Writes one row.
  public mutating func writeRow(_ fields: [CSVField]) throws(FileWriteError) {
    for field in fields {
      try writeField(field.text, spreadsheetSafe: field.isSpreadsheetSafe)
    }
    try endRow()
  }

  /// Writes one row of fields that are all, or all not, spreadsheet-safe.
  public mutating func writeRow(_ fields: [String], spreadsheetSafe: Bool = false)
    throws(FileWriteError)
  {
    for field in fields {
      try writeField(field, spreadsheetSafe: spreadsheetSafe)
    }
    try endRow()
  }

  /// Writes the next field of the current row.
  public mutating func writeField(_ text: String, spreadsheetSafe: Bool = false)
    throws(FileWriteError)
  {
    startField()
    var text = text
    let delimiter = format.delimiter.rawValue
    if isUTF8 {
      let breaks = text.withUTF8 { bytes in
        Self.encode(bytes, delimiter: delimiter, safe: spreadsheetSafe, into: &file.buffer)
      }
      line += breaks
    } else {
      scratch.removeAll(keepingCapacity: true)
      let breaks = text.withUTF8 { bytes in
        Self.encode(bytes, delimiter: delimiter, safe: spreadsheetSafe, into: &scratch)
      }
      line += breaks
      try transcodeScratch()
    }
    try file.flushIfFull()
  }

  /// Writes the next field of the current row: a whole number in plain digits.
  public mutating func writeField(_ value: Int) throws(FileWriteError) {
    startField()
    if value < 0 { appendASCII(0x2D) }
    var magnitude = value.magnitude
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { scratchDigits in
      repeat {
        scratchDigits[count] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
        magnitude /= 10
        count += 1
      } while magnitude > 0 && count < 10
    }
    if magnitude > 0 {
      // More than ten digits: rare, so take the general path.
      var text = String(value.magnitude)
      text.withUTF8 { bytes in
        for byte in bytes { appendASCII(byte) }
      }
    } else {
      withUnsafeBytes(of: &digits) { scratchDigits in
        for index in stride(from: count - 1, through: 0, by: -1) {
          appendASCII(scratchDigits[index])
        }
      }
    }
    try file.flushIfFull()
  }

  /// Ends the current row with the format's line ending.
  public mutating func endRow() throws(FileWriteError) {
    if format.lineEnding == .crlf { appendASCII(0x0D) }
    appendASCII(0x0A)
    fieldsInRow = 0
    line += 1
    rowsWritten += 1
    try file.flushIfFull()
  }

  /// Writes `text` exactly as given, without quoting, followed by the line ending.
  ///
  /// Only for building deliberately faulty test and sample data (a malformed quote, a broken
  /// line); every real output goes through ``writeField(_:spreadsheetSafe:)``. Any row in
  /// progress is ended first.
  public mutating func writeVerbatimLine(_ text: String) throws(FileWriteError) {
    if fieldsInRow > 0 { try endRow() }
    var text = text
    if isUTF8 {
      file.buffer.append(contentsOf: text.utf8)
    } else {
      scratch.removeAll(keepingCapacity: true)
      text.withUTF8 { scratch.append(contentsOf: $0) }
      try transcodeScratch()
    }
    line += text.withUTF8 { Self.lineBreaks(in: $0) }
    try endRow()
  }

  /// Writes what is left and puts the file in place at ``path``, replacing any previous file.
  /// A row in progress is ended first.
  public consuming func finish() throws(FileWriteError) {
    if fieldsInRow > 0 { try endRow() }
    try file.commit()
  }

  // MARK: - Encoding

  private var isUTF8: Bool {
    switch format.encoding {
    case .utf8, .utf8WithBOM: return true
    case .utf16LittleEndian, .utf16BigEndian, .windows1252: return false
    }
  }

  private mutating func startField() {
    if fieldsInRow > 0 { appendASCII(format.delimiter.rawValue) }
    fieldsInRow += 1
  }

  private mutating func appendASCII(_ byte: UInt8) {
    switch format.encoding {
    case .utf16LittleEndian:
      file.buffer.append(byte)
      file.buffer.append(0)
    case .utf16BigEndian:
      file.buffer.append(0)
      file.buffer.append(byte)
    case .utf8, .utf8WithBOM, .windows1252:
      file.buffer.append(byte)
    }
  }

  /// Moves `scratch` (UTF-8) into the file buffer in the format's encoding.
  private mutating func transcodeScratch() throws(FileWriteError) {
    var unencodable: Unicode.Scalar?
    let encoding = format.encoding
    let text = String(decoding: scratch, as: UTF8.self)
    switch encoding {
    case .utf8, .utf8WithBOM:
      file.buffer.append(contentsOf: scratch)
    case .utf16LittleEndian:
      for unit in text.utf16 {
        file.buffer.append(UInt8(truncatingIfNeeded: unit))
        file.buffer.append(UInt8(truncatingIfNeeded: unit >> 8))
      }
    case .utf16BigEndian:
      for unit in text.utf16 {
        file.buffer.append(UInt8(truncatingIfNeeded: unit >> 8))
        file.buffer.append(UInt8(truncatingIfNeeded: unit))
      }
    case .windows1252:
      for scalar in text.unicodeScalars {
        guard let byte = Windows1252.byte(for: scalar) else {
          unencodable = scalar
          break
        }
        file.buffer.append(byte)
      }
    }
    if let scalar = unencodable {
      throw .notEncodable(
        path: file.path, character: String(Character(scalar)), encoding: encoding.name)
    }
  }

  /// Appends one field's UTF-8 bytes, quoted and prefixed as needed; returns the number of line
  /// breaks it holds.
  private static func encode(
    _ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, safe: Bool, into output: inout [UInt8]
  ) -> Int {
    let quote: UInt8 = 0x22
    var needsQuotes = false
    var hasQuote = false
    for byte in bytes where byte == delimiter || byte == quote || byte == 0x0A || byte == 0x0D {
      needsQuotes = true
      if byte == quote {
        hasQuote = true
        break
      }
    }
    let needsPrefix = safe && Self.opensFormula(bytes, at: 0)
    let prefixesLines = safe && needsQuotes && Self.hasFormulaLine(bytes)
    if !needsQuotes && !needsPrefix {
      output.append(contentsOf: bytes)
      return 0
    }
    if needsQuotes { output.append(quote) }
    if needsPrefix { output.append(0x27) }
    if hasQuote || prefixesLines {
      for index in bytes.indices {
        let byte = bytes[index]
        output.append(byte)
        if byte == quote { output.append(quote) }
        if prefixesLines && Self.endsLine(bytes, at: index)
          && Self.opensFormula(bytes, at: index + 1)
        {
          output.append(0x27)
        }
      }
    } else {
      output.append(contentsOf: bytes)
    }
    if needsQuotes { output.append(quote) }
    return needsQuotes ? lineBreaks(in: bytes) : 0
  }

  /// Whether the text from `index` opens a formula: after any spaces, `=`, `+`, `-`, `@`, a
  /// tab or a carriage return.
  private static func opensFormula(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    var index = index
    while index < bytes.count && bytes[index] == 0x20 { index += 1 }
    return index < bytes.count && startsFormula(bytes[index])
  }

  /// Whether a line after the first of a multi-line text opens a formula.
  private static func hasFormulaLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.indices.contains { endsLine(bytes, at: $0) && opensFormula(bytes, at: $0 + 1) }
  }

  /// Whether a line ends at `index`: a `\n`, or a `\r` not before a `\n`.
  private static func endsLine(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    bytes[index] == 0x0A
      || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A))
  }

  private static func startsFormula(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: return true
    default: return false
    }
  }

  /// The line breaks a text editor sees in `bytes`: each `\n`, and each `\r` not before a `\n`.
  private static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for index in bytes.indices {
      if bytes[index] == 0x0A {
        count += 1
      } else if bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A) {
        count += 1
      }
    }
    return count
  }
}
