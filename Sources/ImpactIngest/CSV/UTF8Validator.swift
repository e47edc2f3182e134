/// Checks bytes for well-formed UTF-8, fed in pieces: a character split between two pieces is
/// carried over.
///
/// Follows the Unicode table of well-formed byte sequences: no overlong forms, no surrogates,
/// nothing above U+10FFFF.
struct UTF8Validator: Sendable {
  /// Continuation bytes still expected for the current character.
  private var pending = 0
  /// The allowed range of the next continuation byte.
  private var lower: UInt8 = 0x80
  private var upper: UInt8 = 0xBF

  /// Whether the bytes so far end at a character boundary (no character is half read).
  var isAtCharacterBoundary: Bool { pending == 0 }

  /// Checks `bytes`, continuing from earlier pieces; false at the first ill-formed sequence.
  mutating func consume(_ bytes: UnsafeRawBufferPointer) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      if pending == 0 {
        // Fast path: skip ASCII eight bytes at a time.
        while index + 8 <= count
          && bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080
            == 0
        {
          index += 8
        }
        guard index < count else { break }
      }
      let byte = bytes[index]
      index += 1
      if pending > 0 {
        guard byte >= lower && byte <= upper else { return false }
        pending -= 1
        lower = 0x80
        upper = 0xBF
        continue
      }
      switch byte {
      case 0x00...0x7F: break
      case 0xC2...0xDF: pending = 1
      case 0xE0: (pending, lower) = (2, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: pending = 2
      case 0xED: (pending, upper) = (2, 0x9F)
      case 0xF0: (pending, lower) = (3, 0x90)
      case 0xF1...0xF3: pending = 3
      case 0xF4: (pending, upper) = (3, 0x8F)
      default: return false
      }
    }
    return true
  }
}
