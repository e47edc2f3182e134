/// Byte-level access to a cell's text, trimmed of white space, for the value parsers.
enum CellText {
  /// Calls `body` with the UTF-8 bytes of `text` without leading and trailing white space
  /// (ASCII and Unicode spaces, line breaks and a byte-order mark).
  static func withTrimmedBytes<Result>(
    _ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable({ body(trimmed($0)) }) {
      return result
    }
    return Array(text.utf8).withUnsafeBufferPointer { body(trimmed($0)) }
  }

  /// The text without leading and trailing white space.
  static func trimmed(_ text: String) -> String {
    withTrimmedBytes(text) { String(decoding: $0, as: UTF8.self) }
  }

  /// The value quoted for a reason: `` `text` ``.
  static func quoted(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    "`" + String(decoding: bytes, as: UTF8.self) + "`"
  }

  /// The bytes without leading and trailing white space.
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = bytes.count
    while start < end {
      let length = spaceLength(bytes, at: start)
      if length == 0 { break }
      start += length
    }
    while end > start {
      let length = spaceLengthEnding(bytes, at: end)
      if length == 0 { break }
      end -= length
    }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }

  /// The length of the white-space character starting at `index`, or 0.
  static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte == 0x20 || (0x09...0x0D).contains(byte) { return 1 }
    if byte < 0x80 { return 0 }
    return unicodeSpaceLength(bytes, at: index)
  }

  /// The length of the white-space character ending just before `end`, or 0.
  private static func spaceLengthEnding(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> Int {
    let byte = bytes[end - 1]
    if byte == 0x20 || (0x09...0x0D).contains(byte) { return 1 }
    if byte < 0x80 { return 0 }
    if end >= 2, unicodeSpaceLength(bytes, at: end - 2) == 2 { return 2 }
    if end >= 3, unicodeSpaceLength(bytes, at: end - 3) == 3 { return 3 }
    return 0
  }

  /// The length of the Unicode space starting at `index` (U+0085, U+00A0, U+1680,
  /// U+2000–U+200B, U+2028, U+2029, U+202F, U+205F, U+3000 or U+FEFF), or 0.
  static func unicodeSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    guard index + 1 < bytes.count else { return 0 }
    let b0 = bytes[index]
    let b1 = bytes[index + 1]
    if b0 == 0xC2 { return b1 == 0x85 || b1 == 0xA0 ? 2 : 0 }
    guard index + 2 < bytes.count else { return 0 }
    let b2 = bytes[index + 2]
    switch (b0, b1, b2) {
    case (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0x80...0x8B), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9),
      (0xE2, 0x80, 0xAF), (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80), (0xEF, 0xBB, 0xBF):
      return 3
    default: return 0
    }
  }
}
