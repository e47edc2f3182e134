import ImpactModel

/// The `all` figures of consecutive financial years, oldest first, for the bid evidence pack's
/// "three years side by side".
///
/// The last year is the one holding the reporting period's last day: the whole year when the
/// reporting period reaches its end, else the year to date. The rows are computed by the same
/// ``IndicatorEngine`` as the run's table (suppressed, with targets), so every figure matches
/// what `indicators.csv` would print for those periods. They are not part of `indicators.csv`.
public struct YearSeries: Sendable {
  /// The years, oldest first; the last may be a year to date.
  public let years: [Period]
  /// Every `all` row of every year.
  public let rows: [IndicatorRow]
  private let index: [YearKey: Int]

  /// Creates a series from its years and their rows.
  public init(years: [Period], rows: [IndicatorRow]) {
    self.years = years
    self.rows = rows
    var index: [YearKey: Int] = [:]
    for (position, row) in rows.enumerated() where row.groupBy == .all {
      index[YearKey(period: row.period.label, indicator: row.indicator)] = position
    }
    self.index = index
  }

  /// The `all` row of an indicator in one of the years, if there is one.
  public func row(_ indicator: IndicatorID, in year: Period) -> IndicatorRow? {
    index[YearKey(period: year.label, indicator: indicator)].map { rows[$0] }
  }

  /// The years a series ending at `last` covers: `count` financial years, oldest first, the
  /// last being the whole year when `last` is its final day and the year to date otherwise.
  public static func years(endingAt last: Day, count: Int, calendar: PeriodCalendar) -> [Period] {
    let lastYear = calendar.financialYear(containing: last)
    return (0..<max(count, 1)).reversed().map { back in
      let whole = calendar.period(ofYear: lastYear - back)
      if back == 0, whole.end != last { return calendar.yearToDate(through: last) }
      return whole
    }
  }
}

private struct YearKey: Hashable {
  var period: String
  var indicator: IndicatorID
}
