import ImpactModel

/// The text a cell's stored value reads as, so that a sheet reads like a CSV file: numbers as
/// their shortest decimal text (`45200`, `0.1`, never an exponent), dates as ISO `2023-10-01`
/// or `2023-10-01T14:30`, times as `14:30`, booleans as `TRUE`/`FALSE`.
enum XlsxCellText {
  /// Day 0 of the 1900 date system for serials from 61 (1899-12-30, as Excel's serial 60 is
  /// the 29 February 1900 that never was).
  static let epoch1900 = Day(year: 1899, month: 12, day: 30)!
  /// Day 0 of the 1904 date system.
  static let epoch1904 = Day(year: 1904, month: 1, day: 1)!
  /// The last serial Excel shows as a date, 9999-12-31 in the 1900 system.
  static let lastSerial = 2_958_465.0

  /// The text of a number `value` (as stored) of a cell whose format is `kind`.
  static func number(_ value: String, kind: NumberFormatKind, uses1904Dates: Bool) -> String {
    if kind == .number, isPlainWhole(value) { return value }
    guard let number = Double(value), number.isFinite else { return value }
    if kind != .number, let text = date(serial: number, kind: kind, uses1904Dates: uses1904Dates) {
      return text
    }
    return shortest(number)
  }

  /// The ISO text of an Excel serial date, or `nil` when it is not one Excel shows as a date.
  static func date(serial: Double, kind: NumberFormatKind, uses1904Dates: Bool) -> String? {
    guard serial >= 0, serial <= lastSerial else { return nil }
    var days = Int(serial.rounded(.down))
    var seconds = Int(((serial - Double(days)) * 86_400).rounded())
    if seconds >= 86_400 {
      days += 1
      seconds -= 86_400
    }
    let time = pad(seconds / 3600) + ":" + pad(seconds / 60 % 60)
    if kind == .time { return time }
    let day: String
    if uses1904Dates {
      day = epoch1904.adding(days: days).description
    } else if days == 60 {
      day = "1900-02-29"  // Excel's day that never was: read and reported as not a date
    } else if days < 1 {
      return kind == .dateTime ? time : nil
    } else {
      day = epoch1900.adding(days: days < 60 ? days + 1 : days).description
    }
    return kind == .dateTime ? day + "T" + time : day
  }

  /// The text of a date cell (`t="d"`) written as ISO 8601 (`2023-10-01T14:30:00Z`).
  static func isoDate(_ value: String, kind: NumberFormatKind) -> String {
    let characters = Array(value)
    switch kind {
    case .time where characters.count >= 16: return String(characters[11..<16])
    case .dateTime where characters.count >= 16: return String(characters[0..<16])
    default: return String(characters.prefix(10))
    }
  }

  /// The shortest decimal text that reads back as `number`, without an exponent.
  static func shortest(_ number: Double) -> String {
    if number == 0 { return "0" }
    let written = number.description  // shortest round-trip digits, maybe with an exponent
    guard let e = written.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
      return written.hasSuffix(".0") ? String(written.dropLast(2)) : written
    }
    let exponent = Int(written[written.index(after: e)...]) ?? 0
    var mantissa = String(written[..<e])
    let negative = mantissa.hasPrefix("-")
    if negative { mantissa.removeFirst() }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let whole = String(parts[0])
    var digits = whole + (parts.count > 1 ? String(parts[1]) : "")
    while digits.count > 1, digits.hasSuffix("0") { digits.removeLast() }
    let point = whole.count + exponent  // digits before the decimal point
    let text: String
    if point <= 0 {
      text = "0." + String(repeating: "0", count: -point) + digits
    } else if point >= digits.count {
      text = digits + String(repeating: "0", count: point - digits.count)
    } else {
      let split = digits.index(digits.startIndex, offsetBy: point)
      text = digits[..<split] + "." + digits[split...]
    }
    return negative ? "-" + text : text
  }

  /// Whether `value` is a whole number written plainly (`45200`, `-3`): kept as it is.
  private static func isPlainWhole(_ value: String) -> Bool {
    let digits = value.utf8.drop { $0 == UInt8(ascii: "-") }
    guard !digits.isEmpty, digits.count <= 15, value.utf8.count - digits.count <= 1 else {
      return false
    }
    guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
    return digits.count == 1 || digits.first != 0x30
  }

  private static func pad(_ value: Int) -> String {
    value < 10 ? "0" + String(value) : String(value)
  }
}
