import ImpactAnalytics
import ImpactModel
import Testing

@testable import ImpactExport

struct IndicatorCellsTests {
  @Test func eachRowGetsItsOwnPeriodsCellsWhenPeriodsAlternate() {
    let q2 = PeriodCalendar(financialYearStart: 4).period(
      of: FinancialQuarter(financialYear: 2025, number: 2))
    let rows = [q2, q2, .all, q2].map {
      IndicatorRow(period: $0, indicator: IndicatorID("sessions"), unit: .count, value: 3, n: nil)
    }
    var cells = IndicatorCells()
    let made = rows.map { cells.cells($0) }
    // Worked out by hand: 2025-26 Q2 runs from 1 July to 30 September 2025; `all` has no dates.
    let quarter: [IndicatorColumns.Cell] = [
      .text("2025-26 Q2", fromData: false), .text("2025-07-01", fromData: false),
      .text("2025-09-30", fromData: false),
    ]
    let all: [IndicatorColumns.Cell] = [.text("all", fromData: false), .empty, .empty]
    #expect(made.map { Array($0.prefix(3)) } == [quarter, quarter, all, quarter])
    #expect(made[0][3] == .text("sessions", fromData: false))
    #expect(made.map(\.count) == Array(repeating: IndicatorColumns.names.count, count: 4))
    #expect(made == rows.map(IndicatorColumns.cells))
  }
}
