/// English month and weekday names as dates are written: in full or shortened to at least
/// three letters (`Jul`, `Sept`, `Thurs`), matched ignoring case.
enum CalendarNames {
  private static let months: [(packed: UInt64, length: Int)] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ].map(packed)

  private static let weekdays: [(packed: UInt64, length: Int)] = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ].map(packed)

  private static let weds = ByteCursor.pack("weds")

  /// The month (1–12) a word read by ``ByteCursor/readWord()`` names, or `nil`.
  static func month(_ word: (packed: UInt64, length: Int)) -> Int? {
    months.firstIndex { isAbbreviation(word, of: $0) }.map { $0 + 1 }
  }

  /// Whether a word read by ``ByteCursor/readWord()`` names a day of the week.
  static func isWeekday(_ word: (packed: UInt64, length: Int)) -> Bool {
    (word.length == 4 && word.packed == weds) || weekdays.contains { isAbbreviation(word, of: $0) }
  }

  /// Whether `word` is `name` or its first three letters or more.
  private static func isAbbreviation(
    _ word: (packed: UInt64, length: Int), of name: (packed: UInt64, length: Int)
  ) -> Bool {
    word.length >= 3 && word.length <= name.length
      && name.packed >> UInt64(5 * (name.length - word.length)) == word.packed
  }

  private static func packed(_ name: String) -> (packed: UInt64, length: Int) {
    var packed: UInt64 = 0
    for byte in name.utf8 { packed = packed << 5 | UInt64(byte & 0x1F) }
    return (packed, name.utf8.count)
  }
}
