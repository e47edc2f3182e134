import ImpactAnalytics
import ImpactModel

/// Short ways to write the days and periods of the period tests.
enum PeriodTestSupport {
  /// A day that exists.
  static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
    Day(year: year, month: month, day: day)!
  }

  /// A period as one line, `label [start end kind]`, to compare with a hand-written line.
  static func summary(_ period: Period?) -> String {
    guard let period else { return "nil" }
    let start = period.start.map(\.description) ?? "-"
    let end = period.end.map(\.description) ?? "-"
    return "\(period.label) [\(start) \(end) \(period.kind)]"
  }

  static let april = PeriodCalendar()
  static let january = PeriodCalendar(financialYearStart: 1)
  static let july = PeriodCalendar(financialYearStart: 7)
  static let march = PeriodCalendar(financialYearStart: 3)
}
