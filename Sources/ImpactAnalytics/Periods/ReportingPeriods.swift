import ImpactModel

/// The periods one run computes, in the row order of `indicators.csv` (OUTPUTS.md): the
/// reporting period, the quarter before it, the same period a year earlier, the year to date,
/// the trend quarters oldest first, then `all`. A period appears once, at its first place:
/// when a trend quarter is also a comparison period (or two comparison periods coincide, as
/// the year to date of a whole year is the year itself), the later place is dropped.
///
/// The comparison periods follow ``PeriodCalendar``: the quarter before is the quarter just
/// before the one holding the reporting period's first day; the same period a year earlier
/// moves both ends back a year; the year to date runs from the start of the financial year
/// holding the reporting period's last day to that day. So for a quarter they are the previous
/// quarter, the same quarter last year and the year up to the quarter's end; for a whole year,
/// the previous year's Q4, the previous year and the year itself; for a year to date, the
/// previous year's Q4, the previous year's year to date to the same point, and itself; for a
/// custom range, the last whole quarter before it, the range a year earlier and the year to
/// date to its last day. When the reporting period is `all` (not a `--period` choice), every
/// comparison is `all` too, so the set is `all` followed by every trend quarter.
public struct ReportingPeriods: Hashable, Sendable {
  /// The reporting period (`--period`).
  public let reporting: Period
  /// The quarter before the reporting period.
  public let previousQuarter: Period
  /// The same period a year earlier.
  public let samePeriodLastYear: Period
  /// The year to date, to the end of the reporting period.
  public let yearToDate: Period
  /// The trend series, oldest first: every quarter holding an attended attendance row that
  /// ends no later than the reporting period (a quarter running past the end of a custom
  /// range is left out). These are computed for the `all` breakdown only.
  public let trend: [Period]
  /// Every period to compute, each once, in row order; `all` last.
  public let ordered: [Period]

  /// The periods of a run, given the quarters that hold an attended attendance row.
  public init(
    reporting: Period, calendar: PeriodCalendar,
    attendedQuarters: some Sequence<FinancialQuarter>
  ) {
    self.reporting = reporting
    previousQuarter = calendar.previousQuarter(before: reporting) ?? reporting
    samePeriodLastYear = calendar.samePeriodOneYearEarlier(reporting)
    yearToDate = calendar.yearToDate(of: reporting) ?? reporting
    trend = Set(attendedQuarters).sorted().map { calendar.period(of: $0) }.filter { quarter in
      guard let reportingEnd = reporting.end, let quarterEnd = quarter.end else { return true }
      return quarterEnd <= reportingEnd
    }
    var seen = Set<Period>()
    ordered = ([reporting, previousQuarter, samePeriodLastYear, yearToDate] + trend + [.all])
      .filter { seen.insert($0).inserted }
  }

  /// The periods of a run, given the days holding an attended attendance row (pass distinct
  /// days: the quarter of each is worked out once per element).
  public init(
    reporting: Period, calendar: PeriodCalendar, attendedDays: some Sequence<Day>
  ) {
    self.init(
      reporting: reporting, calendar: calendar,
      attendedQuarters: attendedDays.lazy.map { calendar.quarter(containing: $0) })
  }

  /// The place of `period` in the row order (0 for the reporting period), or `nil` when the
  /// run does not compute it.
  public func position(of period: Period) -> Int? {
    ordered.firstIndex(of: period)
  }
}
