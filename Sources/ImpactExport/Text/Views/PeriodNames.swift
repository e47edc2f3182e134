import ImpactAnalytics

/// How the comparison periods are named in sentences, by the kind of reporting period: for a
/// quarter, `last quarter` and `the same quarter last year`; for a year, `the previous year's
/// last quarter` and `last year`; otherwise the periods' labels.
struct PeriodNames: Sendable {
  let previousQuarter: String
  let lastYear: String
  let yearToDate: String

  init(_ periods: ReportingPeriods) {
    switch periods.reporting.kind {
    case .quarter:
      previousQuarter = "last quarter"
      lastYear = "the same quarter last year"
    case .year:
      previousQuarter = "the previous year's last quarter"
      lastYear = "last year"
    case .yearToDate:
      previousQuarter = "the previous year's last quarter"
      lastYear = "the same point last year"
    case .custom, .all:
      previousQuarter = periods.previousQuarter.label
      lastYear = periods.samePeriodLastYear.label
    }
    yearToDate = periods.yearToDate.label
  }
}
