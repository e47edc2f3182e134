import ImpactAnalytics
import ImpactModel
import Testing

private typealias Support = PeriodTestSupport
private let day = PeriodTestSupport.day
private let summary = PeriodTestSupport.summary

private func parsed(_ text: String, _ calendar: PeriodCalendar = Support.april) -> String {
  do {
    switch try PeriodSelection(parsing: text, calendar: calendar) {
    case .fixed(let period): return summary(period)
    case .yearToDate(let year): return "YTD of \(year)"
    case .latest: return "latest"
    }
  } catch {
    return "error: \(error)"
  }
}

private func parseError(_ text: String, _ calendar: PeriodCalendar = Support.april)
  -> PeriodParseError?
{
  do {
    _ = try PeriodSelection(parsing: text, calendar: calendar)
    return nil
  } catch {
    return error
  }
}

@Test(arguments: [
  "2025-26 Q2", "2025-26-Q2", "2025/26 Q2", "2025-26 q2", "  2025-26   Q2 ", "2025-2026 Q2",
  "2025/2026 q2", "2025-26Q2", "2025-26_Q2",
])
func quarterLabels(text: String) {
  #expect(parsed(text) == "2025-26 Q2 [2025-07-01 2025-09-30 quarter]")
}

@Test func quarterLabelsForOtherStarts() {
  #expect(parsed("2025 Q2", Support.january) == "2025 Q2 [2025-04-01 2025-06-30 quarter]")
  #expect(parsed("2025q4", Support.january) == "2025 Q4 [2025-10-01 2025-12-31 quarter]")
  #expect(parsed("2025-26 Q1", Support.july) == "2025-26 Q1 [2025-07-01 2025-09-30 quarter]")
  #expect(parsed("2099-00 Q4") == "2099-00 Q4 [2100-01-01 2100-03-31 quarter]")
  #expect(parsed("1999/00 Q1") == "1999-00 Q1 [1999-04-01 1999-06-30 quarter]")
}

@Test func yearLabels() {
  for text in ["2025-26", "2025/26", "2025-2026", " 2025-26 "] {
    #expect(parsed(text) == "2025-26 [2025-04-01 2026-03-31 year]")
  }
  #expect(parsed("2025", Support.january) == "2025 [2025-01-01 2025-12-31 year]")
  #expect(parsed("2025-26", Support.july) == "2025-26 [2025-07-01 2026-06-30 year]")
}

@Test func yearToDateLabels() {
  for text in ["2025-26 YTD", "2025-26 ytd", "2025-26-YTD", "2025/26 Ytd"] {
    #expect(parsed(text) == "YTD of 2025")
  }
  #expect(parsed("2025 YTD", Support.january) == "YTD of 2025")
}

@Test func dateRanges() {
  #expect(
    parsed("2025-07-01..2025-08-31") == "2025-07-01..2025-08-31 [2025-07-01 2025-08-31 custom]")
  #expect(
    parsed("2025-07-01 .. 2025-08-31") == "2025-07-01..2025-08-31 [2025-07-01 2025-08-31 custom]")
  #expect(
    parsed("2025-07-04..2025-07-04") == "2025-07-04..2025-07-04 [2025-07-04 2025-07-04 custom]")
  // A range that is exactly a quarter or a year keeps its dates as its label.
  #expect(
    parsed("2025-07-01..2025-09-30") == "2025-07-01..2025-09-30 [2025-07-01 2025-09-30 custom]")
  #expect(
    parsed("2025-01-01..2025-12-31", Support.january)
      == "2025-01-01..2025-12-31 [2025-01-01 2025-12-31 custom]")
}

@Test func latest() {
  for text in ["latest", "LATEST", " Latest "] {
    #expect(parsed(text) == "latest")
  }
}

@Test func malformedPeriodsAreRejected() {
  for text in [
    "", "Q2", "2025-27", "2025-26 Q5", "2025-26 Q0", "last quarter", "2025-26 YTD Q2",
    "2025-07-01..", "..2025-09-30", "2025-07-01..2025-08-01..2025-09-01", "0000", "25-26",
    "2025-26 Q2 extra",
  ] {
    #expect(parseError(text) == .unrecognised(given: text, financialYearStart: 4))
  }
}

@Test func yearsWrittenForAnotherStartAreRejected() {
  #expect(
    parseError("2025") == .yearDoesNotFitFinancialYearStart(given: "2025", financialYearStart: 4))
  #expect(
    parseError("2025 Q2")
      == .yearDoesNotFitFinancialYearStart(given: "2025 Q2", financialYearStart: 4))
  #expect(
    parseError("2025-26", Support.january)
      == .yearDoesNotFitFinancialYearStart(given: "2025-26", financialYearStart: 1))
  #expect(
    parseError("2025-26 YTD", Support.january)
      == .yearDoesNotFitFinancialYearStart(given: "2025-26 YTD", financialYearStart: 1))
}

@Test func badRangesAreRejected() {
  #expect(
    parseError("2025-09-30..2025-07-01")
      == .endsBeforeItStarts(given: "2025-09-30..2025-07-01", financialYearStart: 4))
  #expect(
    parseError("2025-02-30..2025-03-31")
      == .notADate(given: "2025-02-30..2025-03-31", date: "2025-02-30", financialYearStart: 4))
  #expect(
    parseError("01/07/2025..30/09/2025")
      == .notADate(given: "01/07/2025..30/09/2025", date: "01/07/2025", financialYearStart: 4))
  #expect(
    parseError("2025-07-01..2025-9-30")
      == .notADate(given: "2025-07-01..2025-9-30", date: "2025-9-30", financialYearStart: 4))
}

@Test func errorDescriptionsSayWhatWasGivenAndWhatIsAccepted() {
  let forms =
    "Use a quarter (e.g. 2025-26 Q2), a financial year (e.g. 2025-26), a year to date "
    + "(e.g. 2025-26 YTD), a date range, first and last day included "
    + "(e.g. 2025-07-01..2025-09-30), or latest (the latest quarter with attended sessions)."
  #expect(
    parseError("next year")?.description
      == "The period \"next year\" is not one impact understands. " + forms)
  #expect(
    parseError("2025-09-30..2025-07-01")?.description
      == "The period \"2025-09-30..2025-07-01\" ends before it starts: put the earlier date "
      + "first. " + forms)
  #expect(
    parseError("2025-02-30..2025-03-31")?.description
      == "The period \"2025-02-30..2025-03-31\" looks like a date range, but \"2025-02-30\" is "
      + "not a date written as YYYY-MM-DD. " + forms)
  #expect(
    parseError("2025")?.description
      == "The period \"2025\" names a calendar year, but the financial year starts in April, so "
      + "a year spans two calendar years, written like 2025-26 (financial_year_start in the "
      + "configuration). " + forms)
  let januaryForms =
    "Use a quarter (e.g. 2025 Q2), a financial year (e.g. 2025), a year to date "
    + "(e.g. 2025 YTD), a date range, first and last day included "
    + "(e.g. 2025-07-01..2025-09-30), or latest (the latest quarter with attended sessions)."
  #expect(
    parseError("2025-26", Support.january)?.description
      == "The period \"2025-26\" names a year spanning two calendar years, but the financial "
      + "year starts in January, so a year is a calendar year, written like 2025 "
      + "(financial_year_start in the configuration). " + januaryForms)
}

@Test func resolvingNeedsTheLatestAttendedDayOnlyForLatestAndYearToDate() throws {
  let april = Support.april
  let latest = try PeriodSelection(parsing: "latest", calendar: april)
  #expect(
    summary(latest.resolve(in: april, latestAttendedDay: day(2025, 8, 14)))
      == "2025-26 Q2 [2025-07-01 2025-09-30 quarter]")
  #expect(latest.resolve(in: april, latestAttendedDay: nil) == nil)

  let ytd = try PeriodSelection(parsing: "2025-26 YTD", calendar: april)
  #expect(
    summary(ytd.resolve(in: april, latestAttendedDay: day(2025, 8, 14)))
      == "2025-26 YTD [2025-04-01 2025-09-30 yearToDate]")
  #expect(
    summary(ytd.resolve(in: april, latestAttendedDay: day(2025, 4, 1)))
      == "2025-26 YTD [2025-04-01 2025-06-30 yearToDate]")
  #expect(
    summary(ytd.resolve(in: april, latestAttendedDay: day(2026, 2, 1)))
      == "2025-26 YTD [2025-04-01 2026-03-31 yearToDate]")
  #expect(
    summary(ytd.resolve(in: april, latestAttendedDay: day(2027, 1, 1)))
      == "2025-26 [2025-04-01 2026-03-31 year]")
  #expect(ytd.resolve(in: april, latestAttendedDay: day(2025, 3, 31)) == nil)
  #expect(ytd.resolve(in: april, latestAttendedDay: nil) == nil)

  let quarter = try PeriodSelection(parsing: "2024-25 Q3", calendar: april)
  #expect(
    summary(quarter.resolve(in: april, latestAttendedDay: nil))
      == "2024-25 Q3 [2024-10-01 2024-12-31 quarter]")
}
