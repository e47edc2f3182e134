/// Reads amounts of money (`amount`).
///
/// Accepted: `12500`, `12,500.00`, `12 500` (commas or spaces between thousands), with a
/// currency before or after: `£12,500`, `€500`, `$500`, `GBP 12500`, `12500 GBP`, `EUR`,
/// `USD` (any case). `-500`, `£-500`, `-£500` and `(1,200)` in accounting brackets are
/// negative: they are returned as negative values, and the caller rejects them (an amount
/// is never negative). The value is the `Double` the decimal text reads.
enum MoneyParser {
  private static let currencyCodes: [UInt64] = ["gbp", "eur", "usd"].map { code in
    code.utf8.reduce(UInt64(0)) { $0 << 5 | UInt64($1 & 0x1F) }
  }

  /// The amount a cell gives; negative amounts are values below 0.
  static func parse(_ text: String) -> ParsedValue<Double> {
    CellText.withTrimmedBytes(text) { parse($0) }
  }

  /// Reads trimmed UTF-8 bytes.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Double> {
    if bytes.isEmpty { return .unknown }
    guard let value = amount(bytes) else {
      return .invalid(CellText.quoted(bytes) + " is not an amount of money")
    }
    return .value(value)
  }

  /// The reason a negative amount is rejected.
  static func negativeReason(_ text: String) -> String {
    CellText.withTrimmedBytes(text) { negativeReason($0) }
  }

  /// The reason a negative amount, as trimmed UTF-8 bytes, is rejected.
  static func negativeReason(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    CellText.quoted(bytes) + " is a negative amount; amounts are never negative"
  }

  private static func amount(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var start = 0
    var end = bytes.count
    var bracketed = false
    if bytes[start] == UInt8(ascii: "("), bytes[end - 1] == UInt8(ascii: ")") {
      bracketed = true
      start += 1
      end -= 1
    }
    var negative = false
    var currencySeen = false
    // Peel a sign and a currency mark off each end, in any order (`-£5`, `£-5`, `£5 GBP`).
    var changed = true
    while changed && start < end {
      changed = false
      let trimmed = CellText.trimmed(UnsafeBufferPointer(rebasing: bytes[start..<end]))
      start = trimmed.baseAddress! - bytes.baseAddress!
      end = start + trimmed.count
      guard start < end else { break }
      if !negative, let length = minusLength(bytes, at: start) {
        negative = true
        start += length
        changed = true
      }
      if !currencySeen, let length = currencyLength(bytes, from: start, to: end) {
        currencySeen = true
        start += length
        changed = true
      }
      if !currencySeen, let length = currencyLengthEnding(bytes, from: start, at: end) {
        currencySeen = true
        end -= length
        changed = true
      }
      if !bracketed, !negative, start < end, bytes[start] == UInt8(ascii: "("),
        bytes[end - 1] == UInt8(ascii: ")")
      {
        bracketed = true
        start += 1
        end -= 1
        changed = true
      }
    }
    guard start < end, minusLength(bytes, at: start) == nil, bytes[start] != UInt8(ascii: "+"),
      let number = DecimalText(
        UnsafeBufferPointer(rebasing: bytes[start..<end]), spaceGroups: true),
      let value = number.double
    else { return nil }
    if negative && bracketed { return nil }
    return negative || bracketed ? -value : value
  }

  /// The length of a minus sign (`-` or `−`) at `index`, if there is one.
  private static func minusLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    if bytes[index] == UInt8(ascii: "-") { return 1 }
    if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x88,
      bytes[index + 2] == 0x92
    {
      return 3
    }
    return nil
  }

  /// The length of a currency mark starting at `start` (`£`, `€`, `$`, or a code followed by
  /// a non-letter), if there is one.
  private static func currencyLength(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Int? {
    if bytes[start] == UInt8(ascii: "$") { return 1 }
    if end - start >= 2, bytes[start] == 0xC2, bytes[start + 1] == 0xA3 { return 2 }  // £
    if end - start >= 3, bytes[start] == 0xE2, bytes[start + 1] == 0x82,
      bytes[start + 2] == 0xAC
    {
      return 3  // €
    }
    guard end - start >= 3, isCode(bytes, at: start),
      end - start == 3 || !ByteCursor.isLetter(bytes[start + 3])
    else { return nil }
    return 3
  }

  /// The length of a currency mark ending just before `end`, if there is one.
  private static func currencyLengthEnding(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, at end: Int
  ) -> Int? {
    if bytes[end - 1] == UInt8(ascii: "$") { return 1 }
    if end - start >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA3 { return 2 }
    if end - start >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x82, bytes[end - 1] == 0xAC {
      return 3
    }
    guard end - start >= 3, isCode(bytes, at: end - 3),
      end - start == 3 || !ByteCursor.isLetter(bytes[end - 4])
    else { return nil }
    return 3
  }

  /// Whether the three bytes at `index` are `GBP`, `EUR` or `USD` in any case.
  private static func isCode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    var packed: UInt64 = 0
    for offset in 0..<3 {
      let byte = bytes[index + offset]
      guard ByteCursor.isLetter(byte) else { return false }
      packed = packed << 5 | UInt64(byte & 0x1F)
    }
    return currencyCodes.contains(packed)
  }
}
