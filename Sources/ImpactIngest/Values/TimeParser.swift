/// Reads times of day (`start_time`) as minutes since midnight.
///
/// Accepted: 24-hour `14:00`, `14:00:00` (seconds and fractions ignored), `14.30`, `1400`
/// and `930` (three or four digits, hours then minutes); 12-hour `2pm`, `2 pm`, `2:30 pm`,
/// `2.30pm`, `2:30 p.m.` (`12am` is 00:00, `12pm` is 12:00); and `noon`, `midday`,
/// `midnight`. A bare hour without am or pm (`2`) is invalid: it could be 02:00 or 14:00.
enum TimeParser {
  private static let meridiemNoon = ByteCursor.pack("noon")
  private static let meridiemMidday = ByteCursor.pack("midday")
  private static let meridiemMidnight = ByteCursor.pack("midnight")

  /// The minutes since midnight a cell names.
  static func parse(_ text: String) -> ParsedValue<Int> {
    CellText.withTrimmedBytes(text) { parse($0) }
  }

  /// Reads trimmed UTF-8 bytes.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Int> {
    if bytes.isEmpty { return .unknown }
    if let minutes = minutes(bytes) { return .value(minutes) }
    return .invalid(CellText.quoted(bytes) + " is not a time of day (such as 14:00 or 2pm)")
  }

  private static func minutes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var cursor = ByteCursor(bytes)
    guard let first = cursor.readNumber() else {
      guard let word = cursor.readWord(), cursor.isAtEnd else { return nil }
      switch word.packed {
      case meridiemNoon where word.length == 4, meridiemMidday where word.length == 6: return 720
      case meridiemMidnight where word.length == 8: return 0
      default: return nil
      }
    }
    var hour = first.value
    var minute = 0
    var hasMinutes = false
    if first.digits == 3 || first.digits == 4 {
      hour = first.value / 100
      minute = first.value % 100
      hasMinutes = true
    } else if first.digits > 2 {
      return nil
    } else if let separator = cursor.next,
      separator == UInt8(ascii: ":") || separator == UInt8(ascii: ".")
    {
      cursor.position += 1
      guard let minutes = cursor.readNumber(), minutes.digits == 2 else { return nil }
      minute = minutes.value
      hasMinutes = true
      if cursor.read(UInt8(ascii: ":")) {
        guard let seconds = cursor.readNumber(), seconds.digits == 2, seconds.value <= 59 else {
          return nil
        }
        if cursor.read(UInt8(ascii: ".")) { guard cursor.readNumber() != nil else { return nil } }
      }
    }
    guard minute <= 59 else { return nil }
    cursor.skipSpaces()
    if cursor.isAtEnd {
      guard hasMinutes, hour <= 23 else { return nil }
      return hour * 60 + minute
    }
    guard let afternoon = readMeridiem(&cursor), cursor.isAtEnd, hour <= 12 else { return nil }
    return (hour % 12 + (afternoon ? 12 : 0)) * 60 + minute
  }

  /// Reads `am` or `pm` (any case, dots allowed: `p.m.`); returns whether it is pm.
  private static func readMeridiem(_ cursor: inout ByteCursor) -> Bool? {
    guard let letter = cursor.next.map({ $0 | 0x20 }),
      letter == UInt8(ascii: "a") || letter == UInt8(ascii: "p")
    else { return nil }
    cursor.position += 1
    _ = cursor.read(UInt8(ascii: "."))
    guard let m = cursor.next, m | 0x20 == UInt8(ascii: "m") else { return nil }
    cursor.position += 1
    _ = cursor.read(UInt8(ascii: "."))
    return letter == UInt8(ascii: "p")
  }
}
