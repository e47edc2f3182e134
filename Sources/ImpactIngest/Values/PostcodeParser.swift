/// Reads UK postcodes and writes them the standard way: capitals, one space before the
/// last three characters (`sw1a1aa` and `SW1A  1AA` are `SW1A 1AA`).
///
/// A full postcode is an outward code of the form A9, A99, AA9, AA99, A9A or AA9A, then an
/// inward code 9AA (A a letter, 9 a digit); `GIR 0AA` is accepted too. An outward code alone
/// (`SW1A`) is invalid: it can't be placed in a neighbourhood, which is what the IMD lookup
/// needs. Letters are not checked against the Royal Mail's per-position restrictions.
enum PostcodeParser {
  /// The postcode a cell gives, normalised.
  static func parse(_ text: String) -> ParsedValue<String> {
    CellText.withTrimmedBytes(text) { parse($0) }
  }

  /// Reads trimmed UTF-8 bytes.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<String> {
    if bytes.isEmpty { return .unknown }
    var compact: [UInt8] = []
    compact.reserveCapacity(8)
    var index = 0
    while index < bytes.count {
      let space = CellText.spaceLength(bytes, at: index)
      if space > 0 {
        index += space
        continue
      }
      let byte = bytes[index]
      guard byte < 0x80, compact.count < 8 else { return invalid(bytes) }
      compact.append(ByteCursor.isLetter(byte) ? byte & ~0x20 : byte)
      index += 1
    }
    guard compact.count >= 5, compact.count <= 7 else {
      if (2...4).contains(compact.count), isOutward(compact[...]) {
        return .invalid(
          CellText.quoted(bytes) + " is only the first half of a postcode; a full one is needed")
      }
      return invalid(bytes)
    }
    let split = compact.count - 3
    let outward = compact[..<split]
    let inward = compact[split...]
    let isGirobank = compact == Array("GIR0AA".utf8)
    guard isGirobank || (isOutward(outward) && isInward(inward)) else { return invalid(bytes) }
    return .value(
      String(decoding: outward, as: UTF8.self) + " " + String(decoding: inward, as: UTF8.self))
  }

  /// Whether upper-case ASCII bytes form an outward code: A9, A99, AA9, AA99, A9A, AA9A.
  private static func isOutward(_ code: ArraySlice<UInt8>) -> Bool {
    var shape = ""
    for byte in code {
      shape.append(ByteCursor.isLetter(byte) ? "A" : ByteCursor.digit(byte) != nil ? "9" : "?")
    }
    switch shape {
    case "A9", "A99", "AA9", "AA99", "A9A", "AA9A": return true
    default: return false
    }
  }

  /// Whether upper-case ASCII bytes form an inward code: 9AA.
  private static func isInward(_ code: ArraySlice<UInt8>) -> Bool {
    let bytes = Array(code)
    return bytes.count == 3 && ByteCursor.digit(bytes[0]) != nil && ByteCursor.isLetter(bytes[1])
      && ByteCursor.isLetter(bytes[2])
  }

  private static func invalid(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<String> {
    .invalid(CellText.quoted(bytes) + " is not a UK postcode")
  }
}
