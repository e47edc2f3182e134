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
    self = Day(ordinal: 0).adding(months: monthIndex - Day(ordinal: 0).monthIndex)
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
    keepingMonthEnd && isLastDayOfMonth
      ? Day(lastDayOfMonthIndex: monthIndex - 12) : adding(months: -12)
  }
}
