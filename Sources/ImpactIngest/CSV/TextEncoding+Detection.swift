import ImpactFiles

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
    for utf16 in [TextEncoding.utf16LittleEndian, .utf16BigEndian]
    where first.starts(with: utf16.byteOrderMark) {
      return Detection(encoding: utf16, textStart: utf16.byteOrderMark.count)
    }
    let utf8BOM = TextEncoding.utf8WithBOM.byteOrderMark
    let bomLength = first.starts(with: utf8BOM) ? utf8BOM.count : 0

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
