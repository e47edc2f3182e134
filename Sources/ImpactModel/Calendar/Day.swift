/// A calendar date, stored as the number of days since 1970-01-01 (proleptic Gregorian).
///
/// `Day` is the compact date type of the model: four bytes, totally ordered, cheap to
/// subtract. Date-times in the data count by their date, so no time of day is kept.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01.
  public var ordinal: Int32

  /// Creates a day from its ordinal (days since 1970-01-01).
  public init(ordinal: Int32) {
    self.ordinal = ordinal
  }

  /// Creates a day from a year, month (1–12) and day of month, or `nil` when no such date exists.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysInMonth(year: year, month: month)).contains(day)
    else { return nil }
    ordinal = Int32(Day.daysFromCivil(year: year, month: month, day: day))
  }

  /// The year, month (1–12) and day of month.
  public var components: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days.
    let z = Int(ordinal) + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// The calendar year.
  public var year: Int { components.year }

  /// The day `count` days later (or earlier, when negative).
  public func adding(days count: Int) -> Day {
    Day(ordinal: ordinal + Int32(count))
  }

  /// The number of days from `self` to `other` (positive when `other` is later).
  public func days(to other: Day) -> Int {
    Int(other.ordinal) - Int(ordinal)
  }

  /// The same day of the month `count` calendar months later (or earlier, when negative),
  /// moved back to the last day of the month when that month is shorter: 31 January plus
  /// one month is 28 (or 29) February, and 29 February 2024 plus twelve months is
  /// 28 February 2025.
  public func adding(months count: Int) -> Day {
    let (year, month, day) = components
    let index = year * 12 + (month - 1) + count
    let newYear = Day.floorDivide(index, 12)
    let newMonth = index - newYear * 12 + 1
    let newDay = min(day, Day.daysInMonth(year: newYear, month: newMonth))
    return Day(ordinal: Int32(Day.daysFromCivil(year: newYear, month: newMonth, day: newDay)))
  }

  /// Whole years from `self` to `other`, as an age in years: one more on each anniversary
  /// of the month and day (negative when `other` is earlier). Someone born on 29 February
  /// turns a year older on 1 March in a common year.
  public func wholeYears(to other: Day) -> Int {
    let start = components
    let end = other.components
    let years = end.year - start.year
    return (end.month, end.day) < (start.month, start.day) ? years - 1 : years
  }

  /// `numerator ÷ denominator` rounded towards negative infinity.
  public static func floorDivide(_ numerator: Int, _ denominator: Int) -> Int {
    let quotient = numerator / denominator
    return numerator % denominator < 0 ? quotient - 1 : quotient
  }

  /// ISO 8601 text, `2025-07-14`.
  public var description: String {
    let (y, m, d) = components
    return "\(Day.pad(y, 4))-\(Day.pad(m, 2))-\(Day.pad(d, 2))"
  }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  /// Whether `year` is a Gregorian leap year.
  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month of a year.
  public static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = floorDivide(y, 400)
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }
}
