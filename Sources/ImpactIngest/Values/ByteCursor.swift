/// A reading position in a cell's UTF-8 bytes, for the hand-written value parsers.
struct ByteCursor {
  /// The bytes read.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The index of the next byte.
  var position = 0

  /// A cursor at the start of `bytes`.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Whether every byte has been read.
  var isAtEnd: Bool { position >= bytes.count }

  /// The next byte, or `nil` at the end.
  var next: UInt8? { position < bytes.count ? bytes[position] : nil }

  /// The bytes not yet read.
  var rest: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[min(position, bytes.count)...])
  }

  /// Reads a run of ASCII digits as a number; `nil` (reading nothing) when the next byte is
  /// not a digit or the run is longer than 18 digits.
  mutating func readNumber() -> (value: Int, digits: Int)? {
    var value = 0
    var index = position
    while index < bytes.count, let digit = ByteCursor.digit(bytes[index]) {
      value = value &* 10 &+ digit
      index += 1
    }
    let digits = index - position
    guard digits > 0, digits <= 18 else { return nil }
    position = index
    return (value, digits)
  }

  /// Reads a run of ASCII letters, lower-cased, packed into an integer (up to 12 letters;
  /// see ``ByteCursor/pack(_:)``), with its length; `nil` when the next byte is no letter.
  mutating func readWord() -> (packed: UInt64, length: Int)? {
    var index = position
    var packed: UInt64 = 0
    while index < bytes.count, ByteCursor.isLetter(bytes[index]) {
      if index - position < 12 { packed = packed << 5 | UInt64(bytes[index] & 0x1F) }
      index += 1
    }
    guard index > position else { return nil }
    defer { position = index }
    return (packed, index - position)
  }

  /// Skips the bytes in `set`; returns how many were skipped.
  @discardableResult
  mutating func skip(_ set: ByteSet) -> Int {
    let start = position
    while position < bytes.count, set.contains(bytes[position]) { position += 1 }
    return position - start
  }

  /// Skips ASCII and Unicode spaces; returns whether any were skipped.
  @discardableResult
  mutating func skipSpaces() -> Bool {
    let start = position
    while position < bytes.count {
      let length = CellText.spaceLength(bytes, at: position)
      if length == 0 { break }
      position += length
    }
    return position > start
  }

  /// Reads `byte` if it is next; returns whether it was.
  mutating func read(_ byte: UInt8) -> Bool {
    guard next == byte else { return false }
    position += 1
    return true
  }

  /// The value of an ASCII digit.
  static func digit(_ byte: UInt8) -> Int? {
    byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil
  }

  /// Whether a byte is an ASCII letter.
  static func isLetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= 0x61 && lower <= 0x7A
  }

  /// A lower-case ASCII word packed as ``readWord()`` packs it, for comparisons.
  static func pack(_ word: StaticString) -> UInt64 {
    var packed: UInt64 = 0
    word.withUTF8Buffer { buffer in
      for byte in buffer.prefix(12) { packed = packed << 5 | UInt64(byte & 0x1F) }
    }
    return packed
  }
}
