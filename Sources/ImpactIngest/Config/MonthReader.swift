/// Reads a month: a full English name or its first three letters in any case (`April`, `apr`,
/// also `Sept`), or a number from 1 to 12.
enum MonthReader {
  /// The month names, January first.
  static let names = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// The month number (1–12) the value names.
  static func month(_ value: ConfigValue) throws(ConfigError) -> Int {
    let advice = "use a month name such as April (or Apr, or its number 1-12)"
    let text = try value.text(expected: advice)
    if let number = Int(text), (1...12).contains(number) { return number }
    let written = text.lowercased()
    let index = names.firstIndex {
      $0 == written || $0.prefix(3) == written || (written == "sept" && $0 == "september")
    }
    guard let index else {
      throw .invalidValue(value.location, value: text, problem: "is not a month", advice: advice)
    }
    return index + 1
  }
}
