import ImpactAnalytics
import ImpactModel
import Testing

private typealias Support = PeriodTestSupport
private let day = PeriodTestSupport.day
private let summary = PeriodTestSupport.summary

@Test func quarterComparisonSetInRowOrder() {
  let april = Support.april
  let q2 = april.period(of: FinancialQuarter(financialYear: 2025, number: 2))
  // Attended in 2024-25 Q1 and Q2, 2025-26 Q1, Q2 and Q3 (after the reporting period), not in
  // between; unsorted, with repeats.
  let days = [
    day(2025, 7, 10), day(2024, 5, 1), day(2025, 11, 1), day(2024, 8, 1), day(2025, 6, 15),
    day(2025, 7, 11), day(2024, 5, 2),
  ]
  let periods = ReportingPeriods(reporting: q2, calendar: april, attendedDays: days)
  #expect(summary(periods.reporting) == "2025-26 Q2 [2025-07-01 2025-09-30 quarter]")
  #expect(summary(periods.previousQuarter) == "2025-26 Q1 [2025-04-01 2025-06-30 quarter]")
  #expect(summary(periods.samePeriodLastYear) == "2024-25 Q2 [2024-07-01 2024-09-30 quarter]")
  #expect(summary(periods.yearToDate) == "2025-26 YTD [2025-04-01 2025-09-30 yearToDate]")
  #expect(
    periods.trend.map(\.label) == ["2024-25 Q1", "2024-25 Q2", "2025-26 Q1", "2025-26 Q2"])
  // The trend quarters that are also comparison periods keep their first place.
  #expect(
    periods.ordered.map(\.label) == [
      "2025-26 Q2", "2025-26 Q1", "2024-25 Q2", "2025-26 YTD", "2024-25 Q1", "all",
    ])
  #expect(periods.position(of: q2) == 0)
  #expect(periods.position(of: .all) == 5)
  #expect(periods.position(of: april.period(ofYear: 2025)) == nil)
}

@Test func quarterKeysGiveTheSameSetAsDays() {
  let april = Support.april
  let q2 = april.period(of: FinancialQuarter(financialYear: 2025, number: 2))
  let fromQuarters = ReportingPeriods(
    reporting: q2, calendar: april,
    attendedQuarters: [
      FinancialQuarter(financialYear: 2025, number: 1),
      FinancialQuarter(financialYear: 2024, number: 2),
    ])
  let fromDays = ReportingPeriods(
    reporting: q2, calendar: april, attendedDays: [day(2025, 4, 1), day(2024, 9, 30)])
  #expect(fromQuarters == fromDays)
  #expect(
    fromDays.ordered.map(\.label) == [
      "2025-26 Q2", "2025-26 Q1", "2024-25 Q2", "2025-26 YTD", "all",
    ])
}

@Test func firstQuarterKeepsItsYearToDateApart() {
  // Q1 and its year to date cover the same days but are different periods (their labels and
  // targets differ), so both are computed.
  let april = Support.april
  let q1 = april.period(of: FinancialQuarter(financialYear: 2025, number: 1))
  let periods = ReportingPeriods(reporting: q1, calendar: april, attendedDays: [day(2025, 5, 5)])
  #expect(
    periods.ordered.map(summary) == [
      "2025-26 Q1 [2025-04-01 2025-06-30 quarter]",
      "2024-25 Q4 [2025-01-01 2025-03-31 quarter]",
      "2024-25 Q1 [2024-04-01 2024-06-30 quarter]",
      "2025-26 YTD [2025-04-01 2025-06-30 yearToDate]",
      "all [- - all]",
    ])
}

@Test func fourthQuarterYearToDateCoversTheWholeYear() {
  let january = Support.january
  let q4 = january.period(of: FinancialQuarter(financialYear: 2025, number: 4))
  let days = [day(2024, 12, 1), day(2025, 2, 1), day(2025, 10, 1)]
  let periods = ReportingPeriods(reporting: q4, calendar: january, attendedDays: days)
  #expect(
    periods.ordered.map(\.label) == ["2025 Q4", "2025 Q3", "2024 Q4", "2025 YTD", "2025 Q1", "all"])
  #expect(periods.yearToDate.kind == .yearToDate)
  #expect(periods.yearToDate.start == day(2025, 1, 1))
  #expect(periods.yearToDate.end == day(2025, 12, 31))
}

@Test func wholeYearComparisonSet() {
  let april = Support.april
  let year = april.period(ofYear: 2025)
  let days = [day(2025, 5, 1), day(2026, 3, 1), day(2026, 5, 1)]
  let periods = ReportingPeriods(reporting: year, calendar: april, attendedDays: days)
  #expect(summary(periods.previousQuarter) == "2024-25 Q4 [2025-01-01 2025-03-31 quarter]")
  #expect(summary(periods.samePeriodLastYear) == "2024-25 [2024-04-01 2025-03-31 year]")
  // The year to date of a whole year spans the same days but keeps its own label and targets.
  #expect(summary(periods.yearToDate) == "2025-26 YTD [2025-04-01 2026-03-31 yearToDate]")
  #expect(periods.trend.map(\.label) == ["2025-26 Q1", "2025-26 Q4"])
  #expect(
    periods.ordered.map(\.label) == [
      "2025-26", "2024-25 Q4", "2024-25", "2025-26 YTD", "2025-26 Q1", "2025-26 Q4", "all",
    ])
}

@Test func yearToDateComparisonSet() {
  let april = Support.april
  let ytd = april.yearToDate(through: day(2025, 12, 31))
  let periods = ReportingPeriods(
    reporting: ytd, calendar: april, attendedDays: [day(2025, 1, 20), day(2025, 10, 2)])
  #expect(
    periods.ordered.map(summary) == [
      "2025-26 YTD [2025-04-01 2025-12-31 yearToDate]",
      "2024-25 Q4 [2025-01-01 2025-03-31 quarter]",
      "2024-25 YTD [2024-04-01 2024-12-31 yearToDate]",
      "2025-26 Q3 [2025-10-01 2025-12-31 quarter]",
      "all [- - all]",
    ])
}

@Test func customRangeComparisonSet() {
  let april = Support.april
  let range = april.period(from: day(2025, 8, 15), through: day(2025, 11, 20))
  // Q3 2025-26 runs past the end of the range, so it is not a trend quarter.
  let days = [day(2025, 5, 1), day(2025, 9, 1), day(2025, 11, 1)]
  let periods = ReportingPeriods(reporting: range, calendar: april, attendedDays: days)
  #expect(
    periods.ordered.map(summary) == [
      "2025-08-15..2025-11-20 [2025-08-15 2025-11-20 custom]",
      "2025-26 Q1 [2025-04-01 2025-06-30 quarter]",
      "2024-08-15..2024-11-20 [2024-08-15 2024-11-20 custom]",
      "2025-26 YTD [2025-04-01 2025-11-20 yearToDate]",
      "2025-26 Q2 [2025-07-01 2025-09-30 quarter]",
      "all [- - all]",
    ])
}

@Test func noAttendanceMeansNoTrend() {
  let april = Support.april
  let q2 = april.period(of: FinancialQuarter(financialYear: 2025, number: 2))
  let periods = ReportingPeriods(reporting: q2, calendar: april, attendedDays: [])
  #expect(periods.trend.isEmpty)
  #expect(periods.ordered.count == 5)
}
