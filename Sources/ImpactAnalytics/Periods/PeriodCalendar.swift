import ImpactModel

/// The financial calendar: which financial year and quarter a date falls in, how periods are
/// labelled, and the comparison periods of a reporting period (INDICATORS.md, "Periods").
///
/// A financial year is named by the calendar year it starts in. With the default April start,
/// financial year 2025 runs 2025-04-01..2026-03-31 and is labelled `2025-26`; with a January
/// start it is the calendar year, labelled `2025`. Quarter 1 is the first three months from
/// the start month.
public struct PeriodCalendar: Hashable, Sendable {
  /// The month (1–12) the financial year starts in.
  public let financialYearStart: Int

  /// Creates a calendar whose financial year starts in `financialYearStart` (1–12, default 4,
  /// April). The configuration has already checked the month.
  public init(financialYearStart: Int = 4) {
    precondition((1...12).contains(financialYearStart), "a month is 1-12")
    self.financialYearStart = financialYearStart
  }

  /// The calendar of a configuration (`financial_year_start`).
  public init(configuration: ImpactConfiguration) {
    self.init(financialYearStart: configuration.financialYearStart)
  }

  /// Whether a financial year spans two calendar years (every start but January), and so is
  /// labelled `2025-26` rather than `2025`.
  public var yearSpansTwoCalendarYears: Bool { financialYearStart != 1 }

  // MARK: Years

  /// The financial year (named by the calendar year it starts in) holding `day`.
  public func financialYear(containing day: Day) -> Int {
    Day.floorDivide(day.monthIndex - (financialYearStart - 1), 12)
  }

  /// The label of a financial year: `2025-26` (the first calendar year, a dash, the last two
  /// digits of the second, so `2099-00` across a century), or `2025` with a January start.
  public func yearLabel(_ financialYear: Int) -> String {
    guard yearSpansTwoCalendarYears else { return Self.digits(financialYear, width: 4) }
    let secondYear = (financialYear + 1) % 100
    return Self.digits(financialYear, width: 4) + "-" + Self.digits(secondYear, width: 2)
  }

  /// The whole financial year, as a period of kind `year`.
  public func period(ofYear financialYear: Int) -> Period {
    let firstMonth = financialYear * 12 + financialYearStart - 1
    return Period(
      label: yearLabel(financialYear), start: Day(firstDayOfMonthIndex: firstMonth),
      end: Day(lastDayOfMonthIndex: firstMonth + 11), kind: .year)
  }

  // MARK: Quarters

  /// The quarter holding `day`.
  public func quarter(containing day: Day) -> FinancialQuarter {
    let monthsIntoYears = day.monthIndex - (financialYearStart - 1)
    let year = Day.floorDivide(monthsIntoYears, 12)
    return FinancialQuarter(financialYear: year, number: (monthsIntoYears - year * 12) / 3 + 1)
  }

  /// A quarter as a period of kind `quarter`, labelled `2025-26 Q2`.
  public func period(of quarter: FinancialQuarter) -> Period {
    let firstMonth =
      quarter.financialYear * 12 + financialYearStart - 1 + (quarter.number - 1) * 3
    return Period(
      label: yearLabel(quarter.financialYear) + " Q" + String(quarter.number),
      start: Day(firstDayOfMonthIndex: firstMonth),
      end: Day(lastDayOfMonthIndex: firstMonth + 2), kind: .quarter)
  }

  /// Every quarter from the one holding `first` to the one holding `last`, oldest first
  /// (empty when `last` is before `first`).
  public func quarters(from first: Day, through last: Day) -> [Period] {
    let firstIndex = quarter(containing: first).sequenceIndex
    let lastIndex = quarter(containing: last).sequenceIndex
    guard firstIndex <= lastIndex else { return [] }
    return (firstIndex...lastIndex).map { period(of: FinancialQuarter(sequenceIndex: $0)) }
  }

  /// The `latest` reporting period: the quarter holding the latest attended day, or `nil` when
  /// nothing was attended.
  public func resolveLatest(latestAttendedDay: Day?) -> Period? {
    latestAttendedDay.map { period(of: quarter(containing: $0)) }
  }

  // MARK: Ranges

  /// The period running from `first` to `last`, both included: a `custom` period labelled
  /// `2025-07-01..2025-09-30`, whatever dates it spans (INDICATORS.md gives a quarter's dates
  /// as its example of a range label, so a range is never renamed).
  public func period(from first: Day, through last: Day) -> Period {
    Period(
      label: first.description + ".." + last.description, start: first, end: last, kind: .custom)
  }

  /// The year to date through `last`: from the start of the financial year holding `last` to
  /// `last`, labelled `2025-26 YTD` (through the year's last day too: it is still the year
  /// to date, with the year-to-date target).
  public func yearToDate(through last: Day) -> Period {
    let year = period(ofYear: financialYear(containing: last))
    return Period(label: year.label + " YTD", start: year.start, end: last, kind: .yearToDate)
  }

  // MARK: Comparison periods

  /// The quarter before `period`: the quarter just before the one holding the period's first
  /// day. For a quarter that is the previous quarter (Q4 of the previous year before a Q1);
  /// for a year or a year to date, the previous year's Q4; for a custom range, the last whole
  /// quarter before the range starts. `nil` for `all`.
  public func previousQuarter(before period: Period) -> Period? {
    period.start.map { self.period(of: quarter(containing: $0).previous) }
  }

  /// The same period a year earlier: the same quarter or financial year of the previous year;
  /// for a year to date, the previous year's year to date to the same point; for a custom
  /// range, both ends one year earlier. `all` stays `all`.
  ///
  /// One rule covers every kind: the first day moves back a year (29 February becomes
  /// 28 February) and the last day moves back a year keeping a month end a month end
  /// (29 February 2024 → 28 February 2023, and 28 February 2025 → 29 February 2024), and a
  /// range that lands exactly on a quarter or year is that quarter or year.
  public func samePeriodOneYearEarlier(_ period: Period) -> Period {
    guard let start = period.start, let end = period.end else { return period }
    let earlierEnd = end.oneYearEarlier(keepingMonthEnd: true)
    switch period.kind {
    case .quarter:
      let quarter = quarter(containing: start)
      return self.period(
        of: FinancialQuarter(financialYear: quarter.financialYear - 1, number: quarter.number))
    case .year: return self.period(ofYear: financialYear(containing: start) - 1)
    case .yearToDate: return yearToDate(through: earlierEnd)
    case .custom, .all:
      return self.period(from: start.oneYearEarlier(keepingMonthEnd: false), through: earlierEnd)
    }
  }

  /// The year to date of `period`: from the start of the financial year holding the period's
  /// last day to that day. For a quarter that is the year up to the quarter's end (for Q4, the
  /// whole year); for a whole year or a year to date, the period itself. `nil` for `all`.
  public func yearToDate(of period: Period) -> Period? {
    period.end.map { yearToDate(through: $0) }
  }

  private static func digits(_ value: Int, width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }
}
