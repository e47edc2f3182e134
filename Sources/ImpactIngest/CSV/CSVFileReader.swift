import ImpactFiles
import ImpactModel

/// Reads one CSV file as a stream of records, with libcsv in strict mode.
///
/// Opening the reader finds the encoding (see `TextEncoding.detect(in:chunkSize:)`); each read
/// opens the file again and streams it in chunks, so memory does not grow with the file's size.
/// Records are found line by line: each physical line is decoded to UTF-8 and fed to libcsv,
/// which says after each line whether a record is still open (a quoted field may span lines);
/// that gives every record its start line. Malformed quoting never swallows the rest of the
/// file: the record is reported with its problem, and reading resumes at the line after the
/// one where the record started.
struct CSVFileReader: Sendable {
  /// The file's path, as given.
  let path: String
  /// The encoding the file is read with.
  let encoding: TextEncoding
  /// The file's size in bytes, for progress (`forEachRecord` reports bytes read so far).
  let fileSize: Int
  /// Where the text starts: the byte after the byte-order mark, if any.
  let textStart: Int
  private let libcsv: LibCSV
  private let chunkSize: Int
  private let recordBytes: Int

  /// The longest sample line `sampleLines(_:)` returns, in UTF-8 bytes; the rest is cut.
  static let sampleLineLimit = 65_536

  /// Opens the file at `path` and finds its encoding, reading `chunkSize` bytes at a time
  /// (tests use tiny chunks; at least 4); a record longer than `recordBytes` (its lines
  /// together, as decoded) stops the reading with ``CSVReadError/recordTooLong(path:line:limit:)``.
  init(
    path: String, libcsv: LibCSV = .live, chunkSize: Int = 1 << 20,
    recordBytes: Int = InputLimits.standard.recordBytes
  ) throws(CSVReadError) {
    let file = try SourceFile(path: path)
    let detection = try TextEncoding.detect(in: file, chunkSize: chunkSize)
    self.path = path
    self.encoding = detection.encoding
    self.fileSize = file.size
    self.textStart = detection.textStart
    self.libcsv = libcsv
    self.chunkSize = chunkSize
    self.recordBytes = recordBytes
  }

  /// The first `maximum` physical lines, decoded, without line breaks (empty lines included,
  /// so line `n` of the file is element `n - 1`); for finding the delimiter and the header.
  func sampleLines(_ maximum: Int) throws(CSVReadError) -> [String] {
    let lines = try openLines()
    var result: [String] = []
    var current: [UInt8] = []
    var lineIsOpen = false
    while result.count < maximum, let piece = try lines.nextPiece() {
      lineIsOpen = true
      let room = Self.sampleLineLimit - current.count
      current.append(contentsOf: piece.content.prefix(max(room, 0)))
      if piece.endsLine {
        result.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
        lineIsOpen = false
      }
    }
    if lineIsOpen && result.count < maximum {
      result.append(String(decoding: current, as: UTF8.self))
    }
    return result
  }

  /// Reads every record of the file in order, calling `body` with each.
  ///
  /// Empty lines give no record. A record with malformed quoting comes with its `problem` set
  /// and no fields. `progress` is called with the bytes read so far after each chunk. The record
  /// passed to `body` is reused for the next one. Throws `CSVReadError` when the file cannot be
  /// read or libcsv fails (memory), and whatever `body` throws.
  func forEachRecord(
    delimiter: Delimiter, progress: ((Int) -> Void)? = nil, _ body: (CSVRecord) throws -> Void
  ) throws {
    _ = try forEachRecord(delimiter: delimiter, in: nil, progress: progress, body)
  }

  /// Reads the records of `part` of the file (the whole file when nil) in order, calling
  /// `body` with each, as `forEachRecord(delimiter:progress:_:)` does; returns where the
  /// reading ended.
  ///
  /// The part starts at a line start, read as a reading of the whole file reads on from there
  /// when it is between records. At a stop where the reading is between records, it ends. A
  /// record still open at a stop is not delivered: the reading ends with the record's start
  /// (``FilePart/Ending/openRecord(at:)``), or, when the part ``FilePart/readsOnPastOpenRecords``,
  /// reads on to the next stop (the file's end after the last), as a whole reading would.
  func forEachRecord(
    delimiter: Delimiter, in part: FilePart?, progress: ((Int) -> Void)? = nil,
    _ body: (CSVRecord) throws -> Void
  ) throws -> FilePart.Ending {
    try takeEachRecord(delimiter: delimiter, in: part, progress: progress) { try body($0) }
  }

  /// Reads the records of `part` as `forEachRecord(delimiter:in:progress:_:)` does, lending
  /// `body` each record to keep: it may take the record's storage (by swapping in another
  /// record, whose storage the reader then reuses).
  func takeEachRecord(
    delimiter: Delimiter, in part: FilePart?, progress: ((Int) -> Void)? = nil,
    _ body: (inout CSVRecord) throws -> Void
  ) throws -> FilePart.Ending {
    let allStops = part?.stops ?? []
    var stops = allStops[...]
    let lines = try openLines(from: part?.start, limit: stops.popFirst(), onRead: progress)
    let parser = LibCSVParser(libcsv: libcsv, delimiter: delimiter.rawValue)
    guard parser.start() else { throw CSVReadError.parserUnavailable(path: path) }
    // The line after the open record's start line: where reading resumes if the record fails.
    var resumePosition: LinePosition?
    var skippingRestOfLine = false
    // The bytes fed to libcsv since the open record began, and where it began.
    var openRecordBytes = 0
    var openRecordStart = lines.position

    while true {
      let pieceStart = lines.position
      guard let piece = try lines.nextPiece() else {
        if lines.isAtLimit {
          if parser.isBetweenRecords && !skippingRestOfLine {
            return .betweenRecords(at: lines.position)
          }
          guard part?.readsOnPastOpenRecords == true else {
            return .openRecord(at: openRecordStart)
          }
          lines.setLimit(stops.popFirst())
          continue
        }
        if skippingRestOfLine {
          skippingRestOfLine = false
          try body(&parser.record)
        }
        switch parser.finish() {
        case .parsed:
          if parser.recordIsComplete {
            parser.recordIsComplete = false
            try body(&parser.record)
          }
          return .endOfFile
        case .malformed:
          parser.record.markProblem(.unclosedQuote)
          try body(&parser.record)
          try restart(parser)
          guard let resume = resumePosition else { return .endOfFile }
          resumePosition = nil
          try lines.rewind(to: resume)
          if part?.readsOnPastOpenRecords == true {
            // Reading on from the line after the failed record's start: stop again at the
            // first stop after it, not where the record ran on to.
            stops = allStops[...].drop { $0 <= resume.offset }
            lines.setLimit(stops.popFirst())
          }
          continue
        case .failed(let status):
          throw failure(status, line: parser.record.line)
        }
      }
      if skippingRestOfLine {
        // The rest of a line with malformed quoting: kept for the report, not parsed.
        parser.record.appendRawText(piece.content)
        if piece.endsLine {
          skippingRestOfLine = false
          try body(&parser.record)
        }
        continue
      }
      if piece.startsLine && parser.isBetweenRecords {
        parser.record.begin(atLine: piece.line)
        resumePosition = nil
        openRecordBytes = 0
        openRecordStart = pieceStart
      }
      openRecordBytes += piece.text.count
      if openRecordBytes > recordBytes {
        throw CSVReadError.recordTooLong(path: path, line: parser.record.line, limit: recordBytes)
      }
      let onStartLine = piece.line == parser.record.line
      if onStartLine {
        parser.record.appendRawText(piece.content)
      }
      switch parser.parse(piece.text) {
      case .parsed:
        break
      case .malformed(let insideUnquotedValue):
        // On the start line, libcsv tells the problem apart; a record that goes wrong on a
        // later line is taken to have an opening quote that never closed on its start line.
        let problem: CSVRecordProblem =
          !onStartLine
          ? .unclosedQuote
          : insideUnquotedValue ? .quoteInsideUnquotedValue : .textAfterClosingQuote
        parser.record.markProblem(problem)
        try restart(parser)
        if onStartLine && !piece.endsLine {
          skippingRestOfLine = true  // delivered at the end of the line, with all its text
          continue
        }
        try body(&parser.record)
        if !onStartLine, let resume = resumePosition {
          resumePosition = nil
          try lines.rewind(to: resume)
          if part?.readsOnPastOpenRecords == true {
            // Reading on from the line after the failed record's start: stop again at the
            // first stop after it, not where the record ran on to.
            stops = allStops[...].drop { $0 <= resume.offset }
            lines.setLimit(stops.popFirst())
          }
        }
        continue
      case .failed(let status):
        throw failure(status, line: parser.record.line)
      }
      if piece.endsLine && onStartLine {
        resumePosition = lines.position
      }
      if parser.recordIsComplete {
        parser.recordIsComplete = false
        try body(&parser.record)
      }
    }
  }

  private func openLines(
    from start: LinePosition? = nil, limit: Int? = nil, onRead: ((Int) -> Void)? = nil
  ) throws(CSVReadError) -> PhysicalLineReader {
    let file = try SourceFile(path: path)
    return try PhysicalLineReader(
      file: file, detection: TextEncoding.Detection(encoding: encoding, textStart: textStart),
      chunkSize: chunkSize, from: start, limit: limit, onRead: onRead)
  }

  private func restart(_ parser: LibCSVParser) throws(CSVReadError) {
    parser.recordIsComplete = false
    guard parser.start() else { throw .parserUnavailable(path: path) }
  }

  private func failure(_ status: Int32, line: Int) -> CSVReadError {
    if status == LibCSV.statusTooBig { return .valueTooLarge(path: path, line: line) }
    return .outOfMemory(path: path, line: line)
  }
}

extension CSVFileReader {
  /// Line starts about every `spacing` bytes of the text, where the file can be cut into parts
  /// read on their own (``FilePart``): for each `textStart + k × spacing` (k = 1, 2, …) the
  /// first line start at or after it, ascending and without repeats, none at the file's end.
  ///
  /// A line start is the code unit after an LF, or after a CR that no LF follows, as the line
  /// reader counts lines; in UTF-16 the units are counted in pairs of bytes from the text's
  /// start.
  func lineStarts(every spacing: Int) throws(CSVReadError) -> [Int] {
    guard spacing > 0 else { return [] }
    let file = try SourceFile(path: path)
    let window = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
    defer { window.deallocate() }
    let unitSize = encoding.codeUnitSize
    var starts: [Int] = []
    var wanted = textStart + spacing
    while wanted < fileSize {
      // The first unit at or after `wanted`.
      let unit = textStart + (wanted - textStart + unitSize - 1) / unitSize * unitSize
      guard
        let start = try lineStart(atOrAfter: unit, unitSize: unitSize, in: file, window: window),
        start < fileSize
      else { break }
      if start > (starts.last ?? textStart) { starts.append(start) }
      wanted = max(wanted + spacing, start + 1)
    }
    return starts
  }

  /// The first line start at or after `offset` (a unit's start past the text's first unit),
  /// or nil when no line break follows.
  private func lineStart(
    atOrAfter offset: Int, unitSize: Int, in file: SourceFile,
    window: UnsafeMutableRawBufferPointer
  ) throws(CSVReadError) -> Int? {
    // A line start is the unit after a line break: look from the unit before `offset`.
    var position = offset - unitSize
    try file.seek(to: position)
    var crBefore = false
    // The bytes read past the last whole unit (a short read may end inside one).
    var carried = 0
    while true {
      let count = try file.readChunk(
        into: UnsafeMutableRawBufferPointer(rebasing: window[carried...]))
      if count == 0 { return crBefore ? position : nil }
      let bytes = carried + count
      var index = 0
      while index + unitSize <= bytes {
        let unit = self.unit(in: window, at: index, size: unitSize)
        if crBefore {
          return unit == 0x0A ? position + index + unitSize : position + index
        }
        if unit == 0x0A { return position + index + unitSize }
        crBefore = unit == 0x0D
        index += unitSize
      }
      carried = bytes - index
      if carried > 0 {
        window.copyMemory(from: UnsafeRawBufferPointer(rebasing: window[index..<bytes]))
      }
      position += index
    }
  }

  /// The code unit at byte `index` of `window`: a byte, or a UTF-16 unit in the file's order.
  private func unit(in window: UnsafeMutableRawBufferPointer, at index: Int, size: Int) -> UInt16 {
    guard size == 2 else { return UInt16(window[index]) }
    let first = UInt16(window[index])
    let second = UInt16(window[index + 1])
    return encoding == .utf16BigEndian ? first << 8 | second : second << 8 | first
  }
}
