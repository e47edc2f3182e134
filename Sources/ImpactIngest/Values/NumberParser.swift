/// Reads numeric cells: durations, headcounts, capacities, ages, deciles and scores.
///
/// A number is an optional sign, digits (thousands may be grouped with commas:
/// `1,200`), and an optional decimal point with digits (`1.5`, `.5`). A whole number may be
/// written with a zero fraction (`12.0`). Reasons quote the value: "`abc` is not a number",
/// "`2.5` is not a whole number", "`7` is outside 1–5".
enum NumberParser {
  /// Any finite number.
  static func decimal(_ text: String) -> ParsedValue<Double> {
    CellText.withTrimmedBytes(text) { decimal($0) }
  }

  /// Any finite number, from trimmed UTF-8 bytes.
  static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Double> {
    if bytes.isEmpty { return .unknown }
    if let digits = plainDigits(bytes) { return .value(Double(digits)) }
    guard let value = DecimalText(bytes)?.double else { return notANumber(bytes) }
    return .value(value)
  }

  /// A duration: a number of 0 or more.
  static func duration(_ text: String) -> ParsedValue<Double> {
    CellText.withTrimmedBytes(text) { duration($0) }
  }

  /// A duration, from trimmed UTF-8 bytes.
  static func duration(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Double> {
    switch decimal(bytes) {
    case .value(let value) where value < 0:
      return .invalid(CellText.quoted(bytes) + " is less than 0")
    case let other: return other
    }
  }

  /// Any whole number.
  static func integer(_ text: String) -> ParsedValue<Int> {
    CellText.withTrimmedBytes(text) { integer($0) }
  }

  /// A whole number of 0 or more (a capacity, a count).
  static func count(_ text: String) -> ParsedValue<Int> {
    integer(text, atLeast: 0)
  }

  /// A whole number of 0 or more, from trimmed UTF-8 bytes.
  static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Int> {
    integer(bytes, atLeast: 0)
  }

  /// A headcount: a whole number of 1 or more.
  static func headcount(_ text: String) -> ParsedValue<Int> {
    integer(text, atLeast: 1)
  }

  /// A headcount, from trimmed UTF-8 bytes.
  static func headcount(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Int> {
    integer(bytes, atLeast: 1)
  }

  /// A whole number of at least `minimum`.
  static func integer(_ text: String, atLeast minimum: Int) -> ParsedValue<Int> {
    CellText.withTrimmedBytes(text) { integer($0, atLeast: minimum) }
  }

  /// A whole number of at least `minimum`, from trimmed UTF-8 bytes.
  static func integer(
    _ bytes: UnsafeBufferPointer<UInt8>, atLeast minimum: Int
  ) -> ParsedValue<Int> {
    switch integer(bytes) {
    case .value(let value) where value < minimum:
      return .invalid(CellText.quoted(bytes) + " is less than \(minimum)")
    case let other: return other
    }
  }

  /// A whole number within `range`; outside it the reason is "`7` is outside 1–5".
  static func integer(_ text: String, in range: ClosedRange<Int>) -> ParsedValue<Int> {
    CellText.withTrimmedBytes(text) { integer($0, in: range) }
  }

  /// A whole number within `range`, from trimmed UTF-8 bytes.
  static func integer(
    _ bytes: UnsafeBufferPointer<UInt8>, in range: ClosedRange<Int>
  ) -> ParsedValue<Int> {
    switch integer(bytes) {
    case .value(let value) where !range.contains(value):
      return .invalid(
        CellText.quoted(bytes) + " is outside \(range.lowerBound)–\(range.upperBound)")
    case let other: return other
    }
  }

  /// A whole number from trimmed UTF-8 bytes.
  static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Int> {
    if bytes.isEmpty { return .unknown }
    if let digits = plainDigits(bytes) { return .value(digits) }
    guard let number = DecimalText(bytes), number.double != nil else { return notANumber(bytes) }
    guard let value = number.integer else {
      return .invalid(CellText.quoted(bytes) + " is not a whole number")
    }
    return .value(value)
  }

  /// The value of text that is only digits (the common case, read without allocating).
  private static func plainDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var cursor = ByteCursor(bytes)
    guard let number = cursor.readNumber(), cursor.isAtEnd else { return nil }
    return number.value
  }

  private static func notANumber<Value>(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Value> {
    .invalid(CellText.quoted(bytes) + " is not a number")
  }
}
