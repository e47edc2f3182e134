import ImpactFiles

/// A piece of one physical line of the file, as UTF-8.
///
/// A line usually comes as one piece; a line longer than what is left of the read buffer comes
/// as several. The text is valid only until the next call to `PhysicalLineReader.nextPiece()`.
struct LinePiece {
  /// The text, ending with the line break if `endsLine`.
  var text: UnsafeBufferPointer<UInt8>
  /// The bytes of the line break at the end of `text` (1 for LF or CR, 2 for CRLF, else 0).
  var lineBreakLength: Int
  /// The physical line this piece belongs to, 1-based.
  var line: Int
  /// Whether this piece is the first of its line.
  var startsLine: Bool

  /// Whether this piece is the last of its line (the end of the file also ends a line, but
  /// without a line break, so such a last piece has this false).
  var endsLine: Bool { lineBreakLength > 0 }

  /// The text without the line break.
  var content: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: text.dropLast(lineBreakLength))
  }
}

/// The start of a physical line in the file, to come back to.
struct LinePosition: Hashable, Sendable {
  /// The byte offset in the file.
  var offset: Int
  /// The line number, 1-based.
  var line: Int
}

/// Splits a file into physical lines as a text editor does (LF, CRLF and a lone CR each end a
/// line), decoding them to UTF-8, with memory bounded by the chunk size.
///
/// Lines are found in the file's own code units (a UTF-16 unit, or a byte), so the byte offset
/// of every line start is known and reading can go back to any line (`rewind(to:)`). A CR at
/// the end of the buffer is held back until the next unit shows whether it is a CRLF.
///
/// A reader may start at any line start and stop at a byte offset short of the file's end,
/// its `limit`, which must be a line start too (so a CR just before it is a line break); the
/// limit can be moved (`setLimit(_:)`), so one part of a file can be read after another.
final class PhysicalLineReader {
  private let file: SourceFile
  private let unitSize: Int
  private let bigEndian: Bool
  private var transcoder: TextTranscoder?
  private let buffer: UnsafeMutableRawBufferPointer
  private let output: UnsafeMutablePointer<UInt8>?
  private let onRead: ((Int) -> Void)?
  /// The file offset of `buffer[0]`.
  private var bufferOffset: Int
  /// The next unread byte in `buffer`, and the end of the valid bytes.
  private var cursor = 0
  private var end = 0
  /// Set at the end of the file, or at `limit`.
  private var reachedEndOfFile = false
  private var line = 1
  private var atLineStart = true
  /// The byte offset where reading stops, if short of the file's end.
  private(set) var limit: Int?

  /// Where the next piece starts: after the last piece returned.
  var position: LinePosition {
    LinePosition(offset: bufferOffset + cursor, line: line)
  }

  /// Prepares to read `file` from `start` (a line start; by default `detection.textStart`, line
  /// 1) up to `limit` (by default the end), `chunkSize` bytes at a time (at least 4), calling
  /// `onRead` with the bytes read so far after each read.
  init(
    file: SourceFile, detection: TextEncoding.Detection, chunkSize: Int,
    from start: LinePosition? = nil, limit: Int? = nil, onRead: ((Int) -> Void)? = nil
  ) throws(CSVReadError) {
    self.file = file
    self.onRead = onRead
    let encoding = detection.encoding
    unitSize = encoding.codeUnitSize
    bigEndian = encoding == .utf16BigEndian
    let capacity = max(chunkSize, 4)
    buffer = .allocate(byteCount: capacity, alignment: 8)
    switch encoding {
    case .utf8, .utf8WithBOM:
      transcoder = nil
      output = nil
    case .utf16LittleEndian, .utf16BigEndian, .windows1252:
      transcoder = TextTranscoder(encoding: encoding)
      output = .allocate(capacity: TextTranscoder.outputCapacity(forSourceBytes: capacity))
    }
    let first = start ?? LinePosition(offset: detection.textStart, line: 1)
    bufferOffset = first.offset
    line = first.line
    self.limit = limit
    try file.seek(to: first.offset)
  }

  deinit {
    buffer.deallocate()
    output?.deallocate()
  }

  /// The next piece of text, or nil at the end of the file.
  func nextPiece() throws(CSVReadError) -> LinePiece? {
    while true {
      let wholeUnitsEnd = cursor + (end - cursor) / unitSize * unitSize
      let found = firstLineBreak(from: cursor, to: wholeUnitsEnd)
      if found < wholeUnitsEnd {
        var pieceEnd = found + unitSize
        if unit(at: found) == 0x0D {
          if pieceEnd < wholeUnitsEnd {
            if unit(at: pieceEnd) == 0x0A { pieceEnd += unitSize }
          } else if !reachedEndOfFile {
            // The CR is the last whole unit: read on to see whether an LF follows.
            if found > cursor { return piece(upTo: found, lineBreakUnits: 0) }
            try refill()
            continue
          }
        }
        return piece(upTo: pieceEnd, lineBreakUnits: (pieceEnd - found) / unitSize)
      }
      if !reachedEndOfFile && (cursor > 0 || end < buffer.count) {
        try refill()
        continue
      }
      if wholeUnitsEnd > cursor || (reachedEndOfFile && hasHalfReadCharacter) {
        return piece(upTo: wholeUnitsEnd, lineBreakUnits: 0)
      }
      if reachedEndOfFile { return nil }
    }
  }

  /// Goes back (or forward) to a line start found earlier through `position`.
  func rewind(to position: LinePosition) throws(CSVReadError) {
    if position.offset >= bufferOffset && position.offset <= bufferOffset + end {
      cursor = position.offset - bufferOffset
    } else {
      try file.seek(to: position.offset)
      bufferOffset = position.offset
      cursor = 0
      end = 0
      reachedEndOfFile = false
    }
    line = position.line
    atLineStart = true
    transcoder?.reset()
  }

  /// Whether reading has stopped at `limit` (`nextPiece()` returned nil there), not at the
  /// file's end.
  var isAtLimit: Bool {
    guard let limit, reachedEndOfFile else { return false }
    return bufferOffset + cursor >= limit
  }

  /// Moves `limit` to `newLimit` (nil: the file's end), a line start at or after the reading's
  /// position: on past the old limit, or back to one short of it after `rewind(to:)`.
  func setLimit(_ newLimit: Int?) {
    limit = newLimit
    if let newLimit, bufferOffset + end > newLimit { end = max(cursor, newLimit - bufferOffset) }
    reachedEndOfFile = false
  }

  /// Whether the end of the file leaves a character unfinished: an odd byte of UTF-16, or a high
  /// surrogate waiting for its low half.
  private var hasHalfReadCharacter: Bool {
    end > cursor || transcoder?.hasPendingSurrogate == true
  }

  /// Returns the text from `cursor` to `pieceEnd` and moves past it.
  private func piece(upTo pieceEnd: Int, lineBreakUnits: Int) -> LinePiece {
    let source = UnsafeRawBufferPointer(rebasing: buffer[cursor..<pieceEnd])
    let atEnd = reachedEndOfFile && lineBreakUnits == 0
    let text: UnsafeBufferPointer<UInt8>
    if let output, var transcoder {
      var count = transcoder.transcode(source, into: output)
      if atEnd {
        count += transcoder.flush(into: output + count, halfUnit: end > pieceEnd)
      }
      self.transcoder = transcoder
      text = UnsafeBufferPointer(start: output, count: count)
    } else {
      text = source.assumingMemoryBound(to: UInt8.self)
    }
    let result = LinePiece(
      text: text, lineBreakLength: lineBreakUnits, line: line, startsLine: atLineStart)
    cursor = atEnd ? end : pieceEnd
    if lineBreakUnits > 0 {
      line += 1
      atLineStart = true
    } else {
      atLineStart = false
    }
    return result
  }

  /// The code unit at byte `index` of the buffer.
  private func unit(at index: Int) -> UInt16 {
    if unitSize == 1 { return UInt16(buffer[index]) }
    let first = UInt16(buffer[index])
    let second = UInt16(buffer[index + 1])
    return bigEndian ? first << 8 | second : second << 8 | first
  }

  /// The byte index of the first CR or LF unit in `start..<limit`, or `limit`.
  private func firstLineBreak(from start: Int, to limit: Int) -> Int {
    var index = start
    if unitSize == 1 {
      while index < limit {
        let byte = buffer[index]
        if byte <= 0x0D && (byte == 0x0A || byte == 0x0D) { return index }
        index += 1
      }
      return limit
    }
    while index < limit {
      let value = unit(at: index)
      if value == 0x0A || value == 0x0D { return index }
      index += 2
    }
    return limit
  }

  /// Moves the unread bytes to the front of the buffer and reads more after them.
  private func refill() throws(CSVReadError) {
    let unread = end - cursor
    if cursor > 0, let base = buffer.baseAddress {
      base.copyMemory(from: base + cursor, byteCount: unread)
      bufferOffset += cursor
      cursor = 0
      end = unread
    }
    var room = buffer.count - end
    if let limit { room = min(room, limit - (bufferOffset + end)) }
    let count =
      room > 0
      ? try file.readChunk(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end..<end + room]))
      : 0
    if count == 0 {
      reachedEndOfFile = true
    } else {
      end += count
      onRead?(bufferOffset + end)
    }
  }
}
