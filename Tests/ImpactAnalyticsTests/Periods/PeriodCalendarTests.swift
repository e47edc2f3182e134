import ImpactAnalytics
import ImpactModel
import Testing

private typealias Support = PeriodTestSupport
private let day = PeriodTestSupport.day
private let summary = PeriodTestSupport.summary

@Test func yearLabelsFollowTheStartMonth() {
  #expect(Support.april.yearLabel(2025) == "2025-26")
  #expect(Support.april.yearLabel(2099) == "2099-00")
  #expect(Support.april.yearLabel(1999) == "1999-00")
  #expect(Support.april.yearLabel(2009) == "2009-10")
  #expect(Support.july.yearLabel(2025) == "2025-26")
  #expect(Support.january.yearLabel(2025) == "2025")
  #expect(PeriodCalendar(configuration: ImpactConfiguration()).financialYearStart == 4)
}

@Test func financialYearOfADate() {
  #expect(Support.april.financialYear(containing: day(2025, 3, 31)) == 2024)
  #expect(Support.april.financialYear(containing: day(2025, 4, 1)) == 2025)
  #expect(Support.april.financialYear(containing: day(2026, 2, 15)) == 2025)
  #expect(Support.january.financialYear(containing: day(2025, 12, 31)) == 2025)
  #expect(Support.january.financialYear(containing: day(2025, 1, 1)) == 2025)
  #expect(Support.july.financialYear(containing: day(2025, 6, 30)) == 2024)
  #expect(Support.july.financialYear(containing: day(2025, 7, 1)) == 2025)
}

@Test func wholeYears() {
  #expect(summary(Support.april.period(ofYear: 2025)) == "2025-26 [2025-04-01 2026-03-31 year]")
  #expect(summary(Support.january.period(ofYear: 2025)) == "2025 [2025-01-01 2025-12-31 year]")
  #expect(summary(Support.july.period(ofYear: 2025)) == "2025-26 [2025-07-01 2026-06-30 year]")
  #expect(summary(Support.march.period(ofYear: 2023)) == "2023-24 [2023-03-01 2024-02-29 year]")
  #expect(summary(Support.april.period(ofYear: 2099)) == "2099-00 [2099-04-01 2100-03-31 year]")
}

@Test func aprilQuarterBoundaries() {
  let quarters = (1...4).map {
    summary(Support.april.period(of: FinancialQuarter(financialYear: 2025, number: $0)))
  }
  #expect(
    quarters == [
      "2025-26 Q1 [2025-04-01 2025-06-30 quarter]",
      "2025-26 Q2 [2025-07-01 2025-09-30 quarter]",
      "2025-26 Q3 [2025-10-01 2025-12-31 quarter]",
      "2025-26 Q4 [2026-01-01 2026-03-31 quarter]",
    ])
}

@Test func januaryAndJulyQuarterBoundaries() {
  #expect(
    summary(Support.january.period(of: FinancialQuarter(financialYear: 2025, number: 1)))
      == "2025 Q1 [2025-01-01 2025-03-31 quarter]")
  #expect(
    summary(Support.january.period(of: FinancialQuarter(financialYear: 2025, number: 4)))
      == "2025 Q4 [2025-10-01 2025-12-31 quarter]")
  #expect(
    summary(Support.july.period(of: FinancialQuarter(financialYear: 2025, number: 1)))
      == "2025-26 Q1 [2025-07-01 2025-09-30 quarter]")
  #expect(
    summary(Support.july.period(of: FinancialQuarter(financialYear: 2025, number: 3)))
      == "2025-26 Q3 [2026-01-01 2026-03-31 quarter]")
  #expect(
    summary(Support.july.period(of: FinancialQuarter(financialYear: 2025, number: 4)))
      == "2025-26 Q4 [2026-04-01 2026-06-30 quarter]")
}

@Test(arguments: [
  (4, 2025, 3, 31, 2024, 4), (4, 2025, 4, 1, 2025, 1), (4, 2025, 6, 30, 2025, 1),
  (4, 2025, 7, 1, 2025, 2), (4, 2025, 12, 31, 2025, 3), (4, 2026, 1, 1, 2025, 4),
  (1, 2025, 5, 10, 2025, 2), (1, 2025, 12, 31, 2025, 4), (7, 2026, 1, 15, 2025, 3),
  (7, 2025, 6, 30, 2024, 4), (12, 2025, 2, 28, 2024, 1), (12, 2025, 12, 1, 2025, 1),
])
func quarterOfADate(start: Int, year: Int, month: Int, dayOfMonth: Int, fy: Int, number: Int) {
  let calendar = PeriodCalendar(financialYearStart: start)
  #expect(
    calendar.quarter(containing: day(year, month, dayOfMonth))
      == FinancialQuarter(financialYear: fy, number: number))
}

@Test func quartersStepAcrossYearEnds() {
  let q1 = FinancialQuarter(financialYear: 2025, number: 1)
  #expect(q1.previous == FinancialQuarter(financialYear: 2024, number: 4))
  #expect(q1.previous.next == q1)
  #expect(FinancialQuarter(financialYear: 2025, number: 4).next.number == 1)
  #expect(FinancialQuarter(financialYear: 2025, number: 4) < q1.next.next.next.next)
}

@Test func quartersBetweenTwoDates() {
  #expect(
    Support.april.quarters(from: day(2025, 5, 20), through: day(2026, 1, 3)).map(\.label) == [
      "2025-26 Q1", "2025-26 Q2", "2025-26 Q3", "2025-26 Q4",
    ])
  #expect(
    Support.january.quarters(from: day(2024, 11, 30), through: day(2025, 2, 1)).map(\.label)
      == ["2024 Q4", "2025 Q1"])
  #expect(Support.april.quarters(from: day(2025, 7, 1), through: day(2025, 7, 1)).count == 1)
  #expect(Support.april.quarters(from: day(2025, 7, 1), through: day(2025, 3, 1)).isEmpty)
}

@Test func rangesKeepTheirDatesAsTheirLabel() {
  // INDICATORS.md's own example of a range label is a quarter's dates, so a range is never
  // renamed to the quarter or year it happens to span.
  let april = Support.april
  #expect(
    summary(april.period(from: day(2025, 7, 1), through: day(2025, 9, 30)))
      == "2025-07-01..2025-09-30 [2025-07-01 2025-09-30 custom]")
  #expect(
    summary(april.period(from: day(2025, 4, 1), through: day(2026, 3, 31)))
      == "2025-04-01..2026-03-31 [2025-04-01 2026-03-31 custom]")
  #expect(
    summary(april.period(from: day(2025, 7, 1), through: day(2025, 9, 29)))
      == "2025-07-01..2025-09-29 [2025-07-01 2025-09-29 custom]")
  #expect(
    summary(april.period(from: day(2025, 1, 1), through: day(2025, 3, 31)))
      == "2025-01-01..2025-03-31 [2025-01-01 2025-03-31 custom]")
}

@Test func yearToDate() {
  #expect(
    summary(Support.april.yearToDate(through: day(2025, 9, 30)))
      == "2025-26 YTD [2025-04-01 2025-09-30 yearToDate]")
  #expect(
    summary(Support.april.yearToDate(through: day(2026, 2, 10)))
      == "2025-26 YTD [2025-04-01 2026-02-10 yearToDate]")
  #expect(
    summary(Support.april.yearToDate(through: day(2025, 4, 1)))
      == "2025-26 YTD [2025-04-01 2025-04-01 yearToDate]")
  #expect(
    summary(Support.april.yearToDate(through: day(2026, 3, 31)))
      == "2025-26 YTD [2025-04-01 2026-03-31 yearToDate]")
  #expect(
    summary(Support.january.yearToDate(through: day(2025, 6, 30)))
      == "2025 YTD [2025-01-01 2025-06-30 yearToDate]")
  let q3 = Support.april.period(of: FinancialQuarter(financialYear: 2025, number: 3))
  #expect(
    summary(Support.april.yearToDate(of: q3)) == "2025-26 YTD [2025-04-01 2025-12-31 yearToDate]")
  #expect(Support.april.yearToDate(of: .all) == nil)
}

@Test func previousQuarter() {
  let april = Support.april
  let q1 = april.period(of: FinancialQuarter(financialYear: 2025, number: 1))
  #expect(
    summary(april.previousQuarter(before: q1)) == "2024-25 Q4 [2025-01-01 2025-03-31 quarter]")
  let q3 = april.period(of: FinancialQuarter(financialYear: 2025, number: 3))
  #expect(
    summary(april.previousQuarter(before: q3)) == "2025-26 Q2 [2025-07-01 2025-09-30 quarter]")
  let january = Support.january
  let januaryQ1 = january.period(of: FinancialQuarter(financialYear: 2025, number: 1))
  #expect(
    summary(january.previousQuarter(before: januaryQ1))
      == "2024 Q4 [2024-10-01 2024-12-31 quarter]")
  #expect(april.previousQuarter(before: april.period(ofYear: 2025))?.label == "2024-25 Q4")
  let custom = april.period(from: day(2025, 8, 15), through: day(2025, 11, 20))
  #expect(april.previousQuarter(before: custom)?.label == "2025-26 Q1")
  #expect(april.previousQuarter(before: .all) == nil)
}

@Test func samePeriodOneYearEarlier() {
  let april = Support.april
  let q2 = april.period(of: FinancialQuarter(financialYear: 2025, number: 2))
  #expect(
    summary(april.samePeriodOneYearEarlier(q2)) == "2024-25 Q2 [2024-07-01 2024-09-30 quarter]")
  #expect(
    summary(april.samePeriodOneYearEarlier(april.period(ofYear: 2025)))
      == "2024-25 [2024-04-01 2025-03-31 year]")
  #expect(
    summary(april.samePeriodOneYearEarlier(april.yearToDate(through: day(2025, 9, 30))))
      == "2024-25 YTD [2024-04-01 2024-09-30 yearToDate]")
  #expect(
    summary(
      april.samePeriodOneYearEarlier(
        april.period(from: day(2025, 8, 15), through: day(2025, 11, 20))))
      == "2024-08-15..2024-11-20 [2024-08-15 2024-11-20 custom]")
  #expect(april.samePeriodOneYearEarlier(.all) == .all)
}

@Test func samePeriodOneYearEarlierAroundLeapDays() {
  let april = Support.april
  // 29 February has no match a year earlier: it becomes 28 February, at either end.
  #expect(
    summary(
      april.samePeriodOneYearEarlier(
        april.period(from: day(2024, 2, 10), through: day(2024, 2, 29))))
      == "2023-02-10..2023-02-28 [2023-02-10 2023-02-28 custom]")
  #expect(
    summary(
      april.samePeriodOneYearEarlier(
        april.period(from: day(2024, 2, 29), through: day(2024, 3, 10))))
      == "2023-02-28..2023-03-10 [2023-02-28 2023-03-10 custom]")
  // A range ending with February still ends with February a year earlier.
  #expect(
    summary(
      april.samePeriodOneYearEarlier(
        april.period(from: day(2025, 1, 15), through: day(2025, 2, 28))))
      == "2024-01-15..2024-02-29 [2024-01-15 2024-02-29 custom]")
  // A start on 28 February stays 28 February.
  #expect(
    summary(
      april.samePeriodOneYearEarlier(april.period(from: day(2025, 2, 28), through: day(2025, 3, 5)))
    )
      == "2024-02-28..2024-03-05 [2024-02-28 2024-03-05 custom]")
  // With a March start, Q4 ends on the last day of February, 28th or 29th.
  let march = Support.march
  let q4 = march.period(of: FinancialQuarter(financialYear: 2024, number: 4))
  #expect(summary(q4) == "2024-25 Q4 [2024-12-01 2025-02-28 quarter]")
  #expect(
    summary(march.samePeriodOneYearEarlier(q4)) == "2023-24 Q4 [2023-12-01 2024-02-29 quarter]")
  #expect(
    summary(march.samePeriodOneYearEarlier(march.samePeriodOneYearEarlier(q4)))
      == "2022-23 Q4 [2022-12-01 2023-02-28 quarter]")
  // A year to date through 29 February goes to 28 February, and back.
  let january = Support.january
  #expect(
    summary(january.samePeriodOneYearEarlier(january.yearToDate(through: day(2024, 2, 29))))
      == "2023 YTD [2023-01-01 2023-02-28 yearToDate]")
  #expect(
    summary(january.samePeriodOneYearEarlier(january.yearToDate(through: day(2025, 2, 28))))
      == "2024 YTD [2024-01-01 2024-02-29 yearToDate]")
}

@Test func latestIsTheQuarterOfTheLatestAttendedDay() {
  #expect(
    summary(Support.april.resolveLatest(latestAttendedDay: day(2025, 8, 14)))
      == "2025-26 Q2 [2025-07-01 2025-09-30 quarter]")
  #expect(
    summary(Support.april.resolveLatest(latestAttendedDay: day(2026, 3, 31)))
      == "2025-26 Q4 [2026-01-01 2026-03-31 quarter]")
  #expect(
    summary(Support.january.resolveLatest(latestAttendedDay: day(2025, 12, 31)))
      == "2025 Q4 [2025-10-01 2025-12-31 quarter]")
  #expect(Support.april.resolveLatest(latestAttendedDay: nil) == nil)
}
