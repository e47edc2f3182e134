import ImpactAnalytics

/// How the comparison periods are named in sentences, by the kind of reporting period: for a
/// quarter, `last quarter` and `the same quarter last year`; for a year, `the previous year's
/// last quarter` and `last year`; otherwise the periods' labels.
struct PeriodNames: Sendable {
  let previousQuarter: String
  let lastYear: String
  let yearToDate: String

  init(_ periods: ReportingPeriods, labels: ReportLabels) {
    let kind: String?
    switch periods.reporting.kind {
    case .quarter: kind = "quarter"
    case .year: kind = "year"
    case .yearToDate: kind = "year_to_date"
    case .custom, .all: kind = nil
    }
    if let kind {
      previousQuarter = labels["word.previous_quarter." + kind]
      lastYear = labels["word.last_year." + kind]
    } else {
      previousQuarter = periods.previousQuarter.label
      lastYear = periods.samePeriodLastYear.label
    }
    yearToDate = periods.yearToDate.label
  }
}
