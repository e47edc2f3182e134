import ImpactModel

/// Reads date cells as people and spreadsheets write them.
///
/// Accepted forms:
/// - ISO, year first whatever the order: `2025-07-14`, `2025/07/14`, `2025.07.14`, and
///   `20250714` (eight digits);
/// - numeric day and month in the configured order: `14/07/2025`, `14-07-2025`,
///   `14.07.2025`, `14/7/25` (day first) or `07/14/2025` (month first);
/// - month names: `14 Jul 2025`, `14 July 2025`, `14-Jul-2025`, `14th July 2025`,
///   `Jul 14, 2025`, `July 14 2025`;
/// - any of these after a weekday (`Mon 14 Jul 2025`, `Monday, 14 July 2025`) and before a
///   time, which is ignored (`2025-07-14T10:30:00Z`, `14/07/2025 10:30`, `07/14/2025 10:30 AM`);
/// - Excel serial numbers in the 1900 date system, 1 (1900-01-01) to 73415 (2100-12-31)
///   (9999-12-31), with any fraction (the time) ignored: `45852` and `45852.5` are
///   2025-07-14. Serial 60 is Excel's 29 February 1900, a day that never existed, and is
///   invalid.
///
/// A time zone after the time is ignored: the date is the one written, not moved by the zone.
///
/// Two-digit years follow Excel: `00`–`29` are 2000–2029, `30`–`99` are 1930–1999.
struct DateParser: Sendable {
  /// How numeric dates with the day and month both ≤ 12 are read.
  let order: DateOrder
  /// The order of each date column (by position) whose values settle it (DATA.md "Dates are
  /// read per column"); a column not listed follows `order`.
  var columnOrders: [Int: DateOrder] = [:]
  /// Whether `order` was settled by the column's own values rather than `date_order`.
  private(set) var settledByColumn = false

  /// A parser reading numeric dates in `order` (day first by default).
  init(order: DateOrder = .dayFirst) {
    self.order = order
  }

  /// The parser for the date column at `position`: in the order its values settle, else in
  /// `order`.
  func forColumn(at position: Int?) -> DateParser {
    guard let position, let settled = columnOrders[position] else { return self }
    var parser = DateParser(order: settled)
    parser.settledByColumn = true
    return parser
  }

  /// Reads a date cell.
  func parse(_ text: String) -> ParsedValue<Day> {
    CellText.withTrimmedBytes(text) { parse($0) }
  }

  /// Reads trimmed UTF-8 bytes.
  func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Day> {
    if bytes.isEmpty { return .unknown }
    if let serial = Self.excelSerial(bytes) { return serial }
    var cursor = ByteCursor(bytes)
    skipWeekday(&cursor)
    guard let fields = readFields(&cursor), Self.isTimeOrEnd(cursor) else {
      return .invalid(CellText.quoted(bytes) + " is not a date")
    }
    if let day = Day(year: fields.year, month: fields.month, day: fields.day) {
      return .value(day)
    }
    if fields.numericOrder,
      Day(year: fields.year, month: fields.day, day: fields.month) != nil
    {
      let written = order == .dayFirst ? "day" : "month"
      let hint =
        settledByColumn
        ? " read \(written) first, as the other dates of its column are written"
        : order == .dayFirst
          ? " read day first (for month-first dates, set date_order: MDY in impact.yml)"
          : " read month first (date_order is MDY in impact.yml)"
      return .invalid(CellText.quoted(bytes) + " is not a date" + hint)
    }
    return .invalid(CellText.quoted(bytes) + " is not a date")
  }

  /// The year, month and day written; `numericOrder` tells whether the day and month were
  /// placed by `order`.
  private typealias Fields = (year: Int, month: Int, day: Int, numericOrder: Bool)
  private typealias Number = (value: Int, digits: Int)

  private static let dateSeparators = ByteSet("-/.")
  private static let nameSeparators = ByteSet(" ,-/.")
  /// What may follow a time of day: seconds, fractions, `AM`/`PM` and a time zone (`Z`, `UTC`,
  /// `GMT+1`, `+01:00`, `(British Summer Time)`).
  private static let timeCharacters = ByteSet(
    "0123456789:.+- ()abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

  private func readFields(_ cursor: inout ByteCursor) -> Fields? {
    guard let first = cursor.readNumber() else {
      guard let word = cursor.readWord(), let month = CalendarNames.month(word) else {
        return nil
      }
      Self.skipNameSeparators(&cursor)
      guard let day = cursor.readNumber(), day.digits <= 2 else { return nil }
      Self.skipOrdinalSuffix(&cursor)
      Self.skipNameSeparators(&cursor)
      guard let year = Self.readYear(&cursor) else { return nil }
      return (year, month, day.value, false)
    }
    if let separator = cursor.next, Self.dateSeparators.contains(separator) {
      let afterFirst = cursor.position
      cursor.position += 1
      if let second = cursor.readNumber() {
        guard cursor.read(separator), let third = cursor.readNumber() else { return nil }
        return numericFields(first, second, third)
      }
      cursor.position = afterFirst
    }
    guard first.digits <= 2 else { return nil }
    Self.skipOrdinalSuffix(&cursor)
    Self.skipNameSeparators(&cursor)
    guard let word = cursor.readWord(), let month = CalendarNames.month(word) else { return nil }
    Self.skipNameSeparators(&cursor)
    guard let year = Self.readYear(&cursor) else { return nil }
    return (year, month, first.value, false)
  }

  /// The fields of an all-numeric date: year first when the first number has four digits,
  /// else day and month in `order` then the year (two or four digits).
  private func numericFields(_ first: Number, _ second: Number, _ third: Number) -> Fields? {
    if first.digits == 4 {
      guard second.digits <= 2, third.digits <= 2 else { return nil }
      return (first.value, second.value, third.value, false)
    }
    guard first.digits <= 2, second.digits <= 2, let year = Self.year(third) else { return nil }
    switch order {
    case .dayFirst: return (year, second.value, first.value, true)
    case .monthFirst: return (year, first.value, second.value, true)
    }
  }

  /// A year of four digits, or of two read the Excel way (00–29 → 2000s, 30–99 → 1900s).
  private static func year(_ number: Number) -> Int? {
    switch number.digits {
    case 4: return number.value
    case 2: return number.value + (number.value < 30 ? 2000 : 1900)
    default: return nil
    }
  }

  private static func readYear(_ cursor: inout ByteCursor) -> Int? {
    cursor.readNumber().flatMap(year)
  }

  private static func skipNameSeparators(_ cursor: inout ByteCursor) {
    while cursor.skip(nameSeparators) > 0 || cursor.skipSpaces() {}
  }

  private static let ordinalSuffixes = ["st", "nd", "rd", "th"].map { word in
    word.utf8.reduce(UInt64(0)) { $0 << 5 | UInt64($1 & 0x1F) }
  }

  /// Skips `st`, `nd`, `rd` or `th` after a day number.
  private static func skipOrdinalSuffix(_ cursor: inout ByteCursor) {
    let start = cursor.position
    guard let word = cursor.readWord(), word.length == 2, ordinalSuffixes.contains(word.packed)
    else {
      cursor.position = start
      return
    }
  }

  /// Skips a leading day of the week and what follows it (`Monday, `).
  private func skipWeekday(_ cursor: inout ByteCursor) {
    guard let word = cursor.readWord() else { return }
    guard CalendarNames.isWeekday(word) else {
      cursor.position = 0
      return
    }
    Self.skipNameSeparators(&cursor)
  }

  /// Whether what follows the date is nothing or a time of day (`T10:30:00Z`, ` 10:30`,
  /// ` 10:30 AM`, `, 2pm`).
  private static func isTimeOrEnd(_ cursor: ByteCursor) -> Bool {
    var cursor = cursor
    if cursor.isAtEnd { return true }
    let start = cursor.position
    _ = cursor.read(UInt8(ascii: ","))
    cursor.skipSpaces()
    if !cursor.read(UInt8(ascii: "T")) { _ = cursor.read(UInt8(ascii: "t")) }
    guard cursor.position > start, let hour = cursor.readNumber(), hour.digits <= 2 else {
      return false
    }
    let afterHour = cursor.position
    cursor.skipSpaces()
    guard let next = cursor.next else { return false }
    let isClock =
      (next == UInt8(ascii: ":") || next == UInt8(ascii: "."))
      && cursor.position == afterHour && cursor.position + 1 < cursor.bytes.count
      && ByteCursor.digit(cursor.bytes[cursor.position + 1]) != nil
    let isMeridiem = "aApP".utf8.contains(next)
    guard isClock || isMeridiem else { return false }
    return cursor.rest.allSatisfy { timeCharacters.contains($0) }
  }

  /// The day of an Excel serial number (or of eight digits `yyyymmdd`), or `nil` when the
  /// text is not all digits with an optional fraction.
  private static func excelSerial(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Day>? {
    var cursor = ByteCursor(bytes)
    guard let whole = cursor.readNumber() else { return nil }
    if cursor.read(UInt8(ascii: ".")) { _ = cursor.readNumber() }
    guard cursor.isAtEnd else { return nil }
    if whole.digits == 8, bytes.count == 8 {
      let day = Day(
        year: whole.value / 10_000, month: whole.value / 100 % 100, day: whole.value % 100)
      return day.map { .value($0) } ?? .invalid(CellText.quoted(bytes) + " is not a date")
    }
    switch whole.value {
    case 1..<60: return .value(Day(ordinal: Int32(excelDayZero + whole.value)))
    case 60:
      return .invalid(
        CellText.quoted(bytes) + " is Excel's 29 February 1900, a day that did not exist")
    case 61...latestSerial: return .value(Day(ordinal: Int32(excelDayZero - 1 + whole.value)))
    case (latestSerial + 1)...:
      return .invalid(
        CellText.quoted(bytes) + " is not a date (as an Excel date number it would fall after 2100)"
      )
    default:
      return .invalid(CellText.quoted(bytes) + " is not a date")
    }
  }

  /// The last Excel serial read as a date, 2100-12-31: a larger number in a date column is a
  /// count or an id typed in the wrong place, not a date (999999 would be the year 4637).
  private static let latestSerial = 73_415

  /// The ordinal of 1899-12-31, Excel's day 0 (serial 1 is 1900-01-01).
  private static let excelDayZero = -25_568
}

extension DateParser {
  /// What a numeric date's written form says about its column's order.
  enum OrderEvidence: Equatable {
    /// It reads one way only (`14/07/2025` is day first).
    case demands(DateOrder)
    /// It reads either way, as two different days (`03/04/2025`), so `date_order` decides.
    case either
  }

  /// The order a numeric date demands, if its written form settles it: day first when its
  /// first part is above 12, month first when its second part is (`14/07/2025`, `07/14/2025`);
  /// `nil` for ambiguous, year-first, named-month and other forms.
  static func demandedOrder(_ bytes: UnsafeBufferPointer<UInt8>) -> DateOrder? {
    if case .demands(let order) = orderEvidence(bytes) { return order }
    return nil
  }

  /// What a date says about its order: ``OrderEvidence/demands(_:)`` as in
  /// ``demandedOrder(_:)``, ``OrderEvidence/either`` when both its first parts are months
  /// and differ (`03/04/2025`); `nil` for the same day either way (`03/03/2025`), year-first,
  /// named-month and other forms.
  static func orderEvidence(_ bytes: UnsafeBufferPointer<UInt8>) -> OrderEvidence? {
    var cursor = ByteCursor(bytes)
    guard let first = cursor.readNumber(), first.digits <= 2, let separator = cursor.next,
      dateSeparators.contains(separator)
    else { return nil }
    cursor.position += 1
    guard let second = cursor.readNumber(), second.digits <= 2, cursor.read(separator),
      let third = cursor.readNumber(), third.digits == 2 || third.digits == 4
    else { return nil }
    if first.value > 12, first.value <= 31, second.value >= 1, second.value <= 12 {
      return .demands(.dayFirst)
    }
    if second.value > 12, second.value <= 31, first.value >= 1, first.value <= 12 {
      return .demands(.monthFirst)
    }
    if (1...12).contains(first.value), (1...12).contains(second.value),
      first.value != second.value
    {
      return .either
    }
    return nil
  }
}

extension DateParser {
  /// Whether a header cell may be a register grid's date: it holds a digit and is not a bare
  /// number (which would read as an Excel serial), unless eight digits (`20250701`).
  static func mayBeGridDate(_ text: String) -> Bool {
    text.contains(where: \.isNumber) && (text.contains { !$0.isNumber } || text.count == 8)
  }
}
