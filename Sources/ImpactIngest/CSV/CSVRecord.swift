/// One record of a CSV file: its fields as UTF-8, and the line where it starts.
///
/// The reader fills one `CSVRecord` again and again (its storage is reused, not allocated per
/// record); copy the values you need inside the callback.
struct CSVRecord: Sendable {
  /// The physical line where the record starts, 1-based, as a text editor counts lines.
  private(set) var line = 0
  /// Set when the record's quoting is malformed; its fields are then empty.
  private(set) var problem: CSVRecordProblem?
  /// All fields' UTF-8 bytes, one after another.
  private var bytes: [UInt8] = []
  /// Where each field ends in `bytes`.
  private var fieldEnds: [Int] = []
  /// The start line as written (without its line break), at most `rawTextLimit` bytes.
  private var rawBytes: [UInt8] = []
  /// Whether `rawBytes` has been cut at the limit (nothing more is appended).
  private var rawTextIsCut = false

  /// How many bytes of the record's first line `rawText` keeps.
  static let rawTextLimit = 300

  /// The number of fields.
  var count: Int { fieldEnds.count }

  /// The text of field `index` (0-based), as written: not trimmed beyond what CSV quoting does.
  subscript(index: Int) -> String {
    withFieldBytes(index) { String(decoding: $0, as: UTF8.self) }
  }

  /// The length in UTF-8 bytes of field `index` (0-based).
  func fieldLength(_ index: Int) -> Int {
    fieldEnds[index] - (index == 0 ? 0 : fieldEnds[index - 1])
  }

  /// Calls `body` with the UTF-8 bytes of field `index`; the buffer is valid only inside `body`.
  func withFieldBytes<Result>(
    _ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    let start = index == 0 ? 0 : fieldEnds[index - 1]
    let end = fieldEnds[index]
    return try bytes.withUnsafeBufferPointer { all in
      try body(UnsafeBufferPointer(rebasing: all[start..<end]))
    }
  }

  /// The record's first physical line as written, cut at a few hundred characters; for reports.
  var rawText: String {
    String(decoding: rawBytes, as: UTF8.self)
  }

  /// Empties the record for a new one starting at `line`.
  mutating func begin(atLine line: Int) {
    self.line = line
    problem = nil
    bytes.removeAll(keepingCapacity: true)
    fieldEnds.removeAll(keepingCapacity: true)
    rawBytes.removeAll(keepingCapacity: true)
    rawTextIsCut = false
  }

  /// Makes this record a copy of `other`, reusing this record's storage (no allocation once
  /// it has held a record as long).
  mutating func assign(_ other: borrowing CSVRecord) {
    line = other.line
    problem = other.problem
    bytes.removeAll(keepingCapacity: true)
    bytes.append(contentsOf: other.bytes)
    fieldEnds.removeAll(keepingCapacity: true)
    fieldEnds.append(contentsOf: other.fieldEnds)
    rawBytes.removeAll(keepingCapacity: true)
    rawBytes.append(contentsOf: other.rawBytes)
    rawTextIsCut = other.rawTextIsCut
  }

  /// Moves the record's start line on by `lines`: a record read from a part of the file that
  /// was numbered from 1 gets its line in the whole file.
  mutating func moveLine(by lines: Int) {
    line += lines
  }

  /// Appends a field copied from `field`.
  mutating func appendField(_ field: UnsafeRawBufferPointer) {
    bytes.append(contentsOf: field)
    fieldEnds.append(bytes.count)
  }

  /// Appends text of the start line to `rawText`, up to the limit (cut at a character boundary).
  mutating func appendRawText(_ text: UnsafeBufferPointer<UInt8>) {
    guard !rawTextIsCut else { return }
    var take = min(Self.rawTextLimit - rawBytes.count, text.count)
    if take < text.count {
      rawTextIsCut = true
      // Do not cut a multi-byte character: back up over continuation bytes.
      while take > 0 && text[take] & 0xC0 == 0x80 { take -= 1 }
    }
    rawBytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[..<take]))
  }

  /// Marks the record as malformed, dropping the fields read so far.
  mutating func markProblem(_ problem: CSVRecordProblem) {
    self.problem = problem
    bytes.removeAll(keepingCapacity: true)
    fieldEnds.removeAll(keepingCapacity: true)
  }
}
