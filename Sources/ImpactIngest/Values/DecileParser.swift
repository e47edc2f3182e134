/// Reads `imd_decile`: an Index of Multiple Deprivation decile, a whole number 1–10
/// (1 = the most deprived 10% of neighbourhoods).
enum DecileParser {
  /// The decile a cell gives; outside 1–10 the reason is "`11` is outside 1–10".
  static func parse(_ text: String) -> ParsedValue<Int> {
    NumberParser.integer(text, in: 1...10)
  }

  /// The decile trimmed UTF-8 bytes give.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Int> {
    NumberParser.integer(bytes, in: 1...10)
  }
}
