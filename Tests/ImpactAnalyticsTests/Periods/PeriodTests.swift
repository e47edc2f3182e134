import ImpactAnalytics
import ImpactModel
import Testing

private typealias Support = PeriodTestSupport
private let day = PeriodTestSupport.day

@Test func fileSafeLabels() {
  let april = Support.april
  #expect(
    april.period(of: FinancialQuarter(financialYear: 2025, number: 2)).fileSafeLabel == "2025-26-Q2"
  )
  #expect(april.yearToDate(through: day(2025, 9, 30)).fileSafeLabel == "2025-26-YTD")
  #expect(april.period(ofYear: 2025).fileSafeLabel == "2025-26")
  #expect(Support.january.period(ofYear: 2025).fileSafeLabel == "2025")
  #expect(
    Support.january.period(of: FinancialQuarter(financialYear: 2025, number: 2)).fileSafeLabel
      == "2025-Q2")
  #expect(
    april.period(from: day(2025, 7, 1), through: day(2025, 9, 29)).fileSafeLabel
      == "2025-07-01--2025-09-29")
  #expect(Period.all.fileSafeLabel == "all")
}

@Test func containsCountsBothEnds() {
  let q2 = Support.april.period(of: FinancialQuarter(financialYear: 2025, number: 2))
  #expect(q2.contains(day(2025, 7, 1)))
  #expect(q2.contains(day(2025, 9, 30)))
  #expect(q2.contains(day(2025, 8, 15)))
  #expect(!q2.contains(day(2025, 6, 30)))
  #expect(!q2.contains(day(2025, 10, 1)))
  let oneDay = Support.april.period(from: day(2025, 7, 4), through: day(2025, 7, 4))
  #expect(oneDay.contains(day(2025, 7, 4)))
  #expect(!oneDay.contains(day(2025, 7, 5)))
}

@Test func allHoldsEveryDayAndHasNoDates() {
  #expect(Period.all.label == "all")
  #expect(Period.all.kind == .all)
  #expect(Period.all.start == nil && Period.all.end == nil)
  #expect(Period.all.contains(day(1900, 1, 1)))
  #expect(Period.all.contains(day(2999, 12, 31)))
}
