import ImpactModel

/// The reporting period asked for with `--period`, before the data are read.
///
/// Quarters, years and ranges are fixed by their text; `latest` and a year to date need the
/// data to say where they end, so they are resolved with ``resolve(in:latestAttendedDay:)``.
public enum PeriodSelection: Hashable, Sendable {
  /// A quarter, a financial year or a date range.
  case fixed(Period)
  /// `2025-26 YTD`: the year to date of the financial year starting in the given calendar year.
  case yearToDate(financialYear: Int)
  /// `latest`: the latest quarter holding any attended session.
  case latest

  /// Reads a `--period` value. Accepted, ignoring case and surrounding spaces:
  /// - a quarter: `2025-26 Q2`, `2025-26-Q2`, `2025/26 Q2`, `2025-2026 Q2` (with a January
  ///   start, `2025 Q2`); the separator before `Q` is spaces, `-`, `_` or nothing;
  /// - a financial year: `2025-26`, `2025/26`, `2025-2026` (with a January start, `2025`);
  /// - a year to date: `2025-26 YTD`, separated like a quarter;
  /// - a range of ISO dates `FROM..TO`, both included, FROM no later than TO
  ///   (a range that is exactly a quarter or a year is that quarter or year);
  /// - `latest`.
  ///
  /// A year written for another financial year start (`2025-26` with a January start, `2025`
  /// with any other) is an error, as is anything else.
  public init(parsing text: String, calendar: PeriodCalendar) throws(PeriodParseError) {
    let start = calendar.financialYearStart
    let given = PeriodText.trimmed(text)
    let lowered = given.lowercased()
    if lowered == "latest" {
      self = .latest
      return
    }
    if let range = given.firstRange(of: "..") {
      let first = try Self.rangeEnd(given[..<range.lowerBound], of: given, calendar: calendar)
      let last = try Self.rangeEnd(given[range.upperBound...], of: given, calendar: calendar)
      guard first <= last else {
        throw .endsBeforeItStarts(given: given, financialYearStart: start)
      }
      self = .fixed(calendar.period(from: first, through: last))
      return
    }
    let (yearText, suffix) = PeriodText.splitSuffix(lowered)
    guard let year = PeriodText.financialYear(yearText) else {
      throw .unrecognised(given: given, financialYearStart: start)
    }
    guard year.spansTwoCalendarYears == calendar.yearSpansTwoCalendarYears else {
      throw .yearDoesNotFitFinancialYearStart(given: given, financialYearStart: start)
    }
    switch suffix {
    case .none:
      self = .fixed(calendar.period(ofYear: year.firstCalendarYear))
    case .quarter(let number):
      self = .fixed(
        calendar.period(
          of: FinancialQuarter(financialYear: year.firstCalendarYear, number: number)))
    case .yearToDate:
      self = .yearToDate(financialYear: year.firstCalendarYear)
    }
  }

  /// One end of a `FROM..TO` range, read as an ISO date.
  private static func rangeEnd(
    _ part: Substring, of given: String, calendar: PeriodCalendar
  ) throws(PeriodParseError) -> Day {
    let text = PeriodText.trimmed(String(part))
    if let day = PeriodText.isoDay(text) { return day }
    let start = calendar.financialYearStart
    throw text.isEmpty || text.contains("..")
      ? .unrecognised(given: given, financialYearStart: start)
      : .notADate(given: given, date: text, financialYearStart: start)
  }

  /// The reporting period, given the latest day holding an attended session (`nil` when none).
  ///
  /// A fixed period is itself. `latest` is the quarter holding the latest attended day. A year
  /// to date runs from the year's start to the end of the quarter holding the latest attended
  /// day; when that day is after the year, it is the whole year (the year itself). Returns
  /// `nil` when the data cannot place it: `latest` or a year to date with nothing attended,
  /// or a year to date whose year starts after the latest attended day.
  public func resolve(in calendar: PeriodCalendar, latestAttendedDay: Day?) -> Period? {
    switch self {
    case .fixed(let period):
      return period
    case .latest:
      return calendar.resolveLatest(latestAttendedDay: latestAttendedDay)
    case .yearToDate(let financialYear):
      let year = calendar.period(ofYear: financialYear)
      guard let latest = latestAttendedDay, let yearStart = year.start, let yearEnd = year.end,
        yearStart <= latest
      else { return nil }
      guard latest <= yearEnd else { return year }
      return calendar.period(of: calendar.quarter(containing: latest)).end.map {
        calendar.yearToDate(through: $0)
      }
    }
  }
}
