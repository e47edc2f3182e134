import ImpactAnalytics
import ImpactModel

@testable import ImpactExport

/// A small hand-made run for 2025-26 Q2 (July–September 2025), every figure chosen so the
/// wording can be checked by hand:
///
/// - 1,204 people now, 1,075 last quarter (12% more), 1,300 a year earlier (7% fewer), 2,279
///   in the year to date, against a quarter target of 1,500 (not met);
/// - two programmes, one of them with a suppressed SWEMWBS change;
/// - SWEMWBS: 24 pairs, +1.7 (−0.1 to 3.5), p = 0.06 — too few, not significant;
/// - one funder, £12,500 for Youth Theatre and £2,500 unrestricted.
enum TextFixture {
  static let calendar = PeriodCalendar()
  static let q2 = calendar.period(of: FinancialQuarter(financialYear: 2025, number: 2))
  static let q1 = calendar.period(of: FinancialQuarter(financialYear: 2025, number: 1))
  static let lastYear = calendar.period(of: FinancialQuarter(financialYear: 2024, number: 2))

  static var periods: ReportingPeriods {
    ReportingPeriods(
      reporting: q2, calendar: calendar,
      attendedQuarters: [
        FinancialQuarter(financialYear: 2024, number: 2),
        FinancialQuarter(financialYear: 2025, number: 1),
        FinancialQuarter(financialYear: 2025, number: 2),
      ])
  }

  static func row(
    _ period: Period, _ id: String, _ value: Double?, unit: IndicatorUnit = .people,
    by groupBy: String = "all", group: String = "All", n: Int? = nil,
    _ change: (inout IndicatorRow) -> Void = { _ in }
  ) -> IndicatorRow {
    var row = IndicatorRow(
      period: period, indicator: IndicatorID(id), groupBy: GroupBy(groupBy), group: Group(group),
      unit: unit, value: value,
      n: n ?? value.map { Int($0) })
    change(&row)
    return row
  }

  static var rows: [IndicatorRow] {
    let ytd = periods.yearToDate
    var rows = [
      row(q2, "unique_participants", 1204) {
        $0.target = 1500
        $0.status = .notMet
      },
      row(q1, "unique_participants", 1075), row(lastYear, "unique_participants", 1300),
      row(ytd, "unique_participants", 2279),
      row(q2, "new_participants", 310), row(q1, "new_participants", 290),
      row(q2, "attendances", 5120, unit: .count), row(q1, "attendances", 5120, unit: .count),
      row(q2, "sessions", 240, unit: .count),
      row(q2, "priority_share:any", 0.38, unit: .share),
      row(lastYear, "priority_share:any", 0.34, unit: .share),
      row(q2, "priority_share:imd_1_3", 0.36, unit: .share) {
        $0.target = 0.4
        $0.benchmark = 0.3
        $0.status = .notMet
      },
      row(q2, "priority_share:disabled", nil, unit: .share, n: nil) { $0.suppressed = .primary },
      row(q2, "representation_index", 1.2, unit: .ratio, by: "priority_group", group: "imd_1_3"),
      row(q2, "satisfied_share", 0.91, unit: .share) {
        $0.target = 0.9
        $0.status = .met
      },
      row(q2, "swemwbs_change", 1.7, unit: .score, n: 24) {
        $0.ciLow = -0.1
        $0.ciHigh = 3.5
        $0.pValue = 0.06
        $0.effectSize = 0.4
      },
      row(q2, "income", 15000, unit: .currency, n: nil),
      row(q1, "income", 20000, unit: .currency, n: nil),
      row(q2, "income", 15000, unit: .currency, by: "funder", group: "Arts & Co", n: nil),
      row(q2, "participant_share", 0.027, unit: .share, by: "ethnicity_group", group: "Mixed") {
        $0.benchmark = 0.03
      },
      row(q2, "participant_share", 0.973, unit: .share, by: "ethnicity_group", group: "White") {
        $0.benchmark = 0.97
      },
      row(q2, "unique_participants", 30, by: "ethnicity_group", group: "Mixed"),
      row(q2, "unique_participants", 1081, by: "ethnicity_group", group: "White"),
      row(
        q2, "representation_index", 0.9, unit: .ratio, by: "ethnicity_group", group: "Mixed", n: 30
      ) { $0.benchmark = 0.03 },
      row(
        q2, "representation_index", 1.003, unit: .ratio, by: "ethnicity_group", group: "White",
        n: 1081
      ) { $0.benchmark = 0.97 },
      row(q2, "retained_share", 0.5, unit: .share),
      row(q2, "retained_share", 0.4, unit: .share, by: "priority_group", group: "imd_1_3"),
    ]
    for (programme, people) in [("Youth Theatre", 60.0), ("Memory Café", 4.0)] {
      let hidden = people < 5
      rows.append(
        row(q2, "unique_participants", hidden ? nil : people, by: "programme", group: programme) {
          if hidden { $0.suppressed = .primary }
        })
    }
    rows.append(
      row(q2, "swemwbs_change", 2.4, unit: .score, by: "programme", group: "Youth Theatre", n: 31) {
        $0.ciLow = 1.1
        $0.ciHigh = 3.7
        $0.pValue = 0.0004
        $0.effectSize = 0.7
      })
    rows.append(
      row(
        q2, "funding_per_participant", 208.333, unit: .currency, by: "programme",
        group: "Youth Theatre"))
    return rows
  }

  static var configuration: ImpactConfiguration {
    var configuration = ImpactConfiguration()
    configuration.organisation = "Riverside <Arts> & Co"
    configuration.priorityGroups = Array(PriorityGroupRule.defaults.prefix(2))
    configuration.priorityGroups[0].target = 0.4
    configuration.priorityGroups[0].benchmark = 0.3
    configuration.benchmarks = [.ethnicityGroup: ["Mixed": 0.03, "White": 0.97]]
    return configuration
  }

  static var context: ReportContext {
    let quotes = [
      Quote(text: "I found my voice | again", programme: "Youth Theatre", day: q2.start!),
      Quote(text: "Lovely *people*", programme: nil, day: q2.start!),
    ]
    return ReportContext(
      table: IndicatorTable(periods: periods, rows: rows, quotes: quotes, minCount: 5),
      configuration: configuration, generatedAt: "2025-10-02T08:00:00Z", toolVersion: "9.9.9",
      dataset: Dataset())
  }

  static var years: YearSeries {
    let years = [2023, 2024, 2025].map { calendar.period(ofYear: $0) }
    let last = calendar.yearToDate(through: q2.end!)
    let periods = Array(years.prefix(2)) + [last]
    return YearSeries(
      years: periods,
      rows: [
        row(periods[0], "unique_participants", 1800), row(periods[1], "unique_participants", 2400),
        row(periods[2], "unique_participants", 2279),
        row(periods[1], "swemwbs_change", 2.2, unit: .score, n: 80) {
          $0.ciLow = 1.5
          $0.ciHigh = 2.9
          $0.pValue = 0.00001
          $0.effectSize = 0.6
        },
      ])
  }

  static var funders: [FunderIncome] {
    [
      FunderIncome(
        funder: "Arts & Co",
        lines: [
          .init(
            reference: "AC-1", programme: "Youth Theatre", type: .grant, status: .awarded,
            amount: 50000, inPeriod: 12500, start: Day(year: 2025, month: 4, day: 1),
            end: Day(year: 2026, month: 3, day: 31)),
          .init(
            reference: nil, programme: nil, type: .donation, status: .received, amount: 2500,
            inPeriod: 2500, start: Day(year: 2025, month: 8, day: 1), end: nil),
        ],
        programmes: [.init(programme: "Youth Theatre", amount: 12500)], unrestricted: 2500)
    ]
  }

  static var exporter: TextReportExporter {
    TextReportExporter(context: context, yearSeries: years, funders: funders)
  }
}
