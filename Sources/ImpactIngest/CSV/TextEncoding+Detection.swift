extension TextEncoding {
  /// What `detect(in:chunkSize:)` found: the encoding, and where the text starts (after a BOM).
  struct Detection: Hashable, Sendable {
    /// The encoding to read the file with.
    var encoding: TextEncoding
    /// The byte offset where the text starts: the length of the byte order mark, if any.
    var textStart: Int
  }

  /// Finds the encoding of `file`, reading it from the start.
  ///
  /// A UTF-16 byte order mark settles it. Otherwise the whole file is checked as UTF-8, chunk
  /// by chunk (a character split between chunks is carried over); if any byte sequence is not
  /// valid UTF-8 the file is Windows-1252 (after skipping a UTF-8 byte order mark, if there is
  /// one). Checking everything first means the encoding is known before any record is read,
  /// so no record is ever delivered twice.
  static func detect(in file: SourceFile, chunkSize: Int) throws(CSVReadError) -> Detection {
    try file.seek(to: 0)
    let buffer = UnsafeMutableRawBufferPointer.allocate(
      byteCount: max(chunkSize, 4), alignment: 8)
    defer { buffer.deallocate() }

    // Gather at least the first three bytes (tiny chunks may need several reads).
    var filled = 0
    while filled < 3 {
      let count = try file.readChunk(
        into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
      if count == 0 { break }
      filled += count
    }
    let first = UnsafeRawBufferPointer(rebasing: buffer[..<filled])
    if first.starts(with: [0xFF, 0xFE]) {
      return Detection(encoding: .utf16LittleEndian, textStart: 2)
    }
    if first.starts(with: [0xFE, 0xFF]) {
      return Detection(encoding: .utf16BigEndian, textStart: 2)
    }
    let bomLength = first.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0

    var validator = UTF8Validator()
    var valid = validator.consume(UnsafeRawBufferPointer(rebasing: first[bomLength...]))
    while valid {
      let count = try file.readChunk(into: buffer)
      if count == 0 { break }
      valid = validator.consume(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
    }
    if valid && validator.isAtCharacterBoundary {
      return Detection(encoding: bomLength == 0 ? .utf8 : .utf8WithBOM, textStart: bomLength)
    }
    return Detection(encoding: .windows1252, textStart: bomLength)
  }
}
