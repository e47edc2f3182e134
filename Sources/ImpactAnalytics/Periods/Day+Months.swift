import ImpactModel

/// Month arithmetic on days, for building periods.
///
/// A month is numbered by its *month index*, `year × 12 + (month − 1)`, so consecutive months
/// have consecutive indexes across year ends and quarter arithmetic is integer arithmetic.
extension Day {
  /// The month index of the month holding this day.
  var monthIndex: Int {
    let (year, month, _) = components
    return year * 12 + month - 1
  }

  /// The first day of the month with the given month index.
  init(firstDayOfMonthIndex monthIndex: Int) {
    let year = Day.floorDivide(monthIndex, 12)
    let month = monthIndex - year * 12 + 1
    self.init(ordinal: Int32(Day.ordinal(year: year, month: month, day: 1)))
  }

  /// The last day of the month with the given month index.
  init(lastDayOfMonthIndex monthIndex: Int) {
    self = Day(firstDayOfMonthIndex: monthIndex + 1).adding(days: -1)
  }

  /// Whether this day is the last day of its month.
  var isLastDayOfMonth: Bool {
    let (year, month, day) = components
    return day == Day.daysInMonth(year: year, month: month)
  }

  /// The same date one calendar year earlier.
  ///
  /// 29 February becomes 28 February. With `keepingMonthEnd`, the last day of a month becomes
  /// the last day of that month a year earlier, so 28 February 2025 becomes 29 February 2024:
  /// this is how the end of a period moves, so that a period ending with a month still ends
  /// with it.
  func oneYearEarlier(keepingMonthEnd: Bool) -> Day {
    let (year, month, day) = components
    let earlierMonthLength = Day.daysInMonth(year: year - 1, month: month)
    let earlierDay =
      keepingMonthEnd && isLastDayOfMonth ? earlierMonthLength : min(day, earlierMonthLength)
    return Day(ordinal: Int32(Day.ordinal(year: year - 1, month: month, day: earlierDay)))
  }

  /// `numerator ÷ denominator` rounded towards negative infinity.
  static func floorDivide(_ numerator: Int, _ denominator: Int) -> Int {
    let quotient = numerator / denominator
    return numerator % denominator < 0 ? quotient - 1 : quotient
  }

  /// Days since 1970-01-01 of a civil date, with no range check (Hinnant's days-from-civil).
  private static func ordinal(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = floorDivide(shiftedYear, 400)
    let yearOfEra = shiftedYear - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
