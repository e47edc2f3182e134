/// Reads `imd_decile`: an Index of Multiple Deprivation decile, a whole number 1–10
/// (1 = the most deprived 10% of neighbourhoods).
enum DecileParser {
  /// The decile a cell gives; outside 1–10 the reason is "`11` is outside 1–10".
  static func parse(_ text: String) -> ParsedValue<Int> {
    NumberParser.integer(text, in: 1...10)
  }
}
