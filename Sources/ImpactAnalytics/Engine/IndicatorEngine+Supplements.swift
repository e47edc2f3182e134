import ImpactModel

/// What the text reports need beyond the run's table, computed by the same engine: the
/// financial years side by side (bid evidence) and each funder's lines (funder summaries).
/// Neither goes into `indicators.csv`.
extension IndicatorEngine {
  /// The `all` figures of the `count` financial years ending with the one that holds the
  /// reporting period's last day (for `all`, the latest attended day), computed as the run's
  /// own rows are: same definitions, suppression and targets.
  public func yearSeries(for periods: ReportingPeriods, count: Int = 3) -> YearSeries {
    guard let last = periods.reporting.end ?? latestAttendedDay else {
      return YearSeries(years: [], rows: [])
    }
    let years = YearSeries.years(endingAt: last, count: count, calendar: calendar)
    var rows = ParallelMap.map(years) { year in
      var sink = RowSink(period: year)
      compute(year, breakdowns: false, isReporting: false, into: &sink)
      return sink.rows.filter { $0.groupBy == .all }
    }.flatMap { $0 }
    SuppressionPolicy(minCount: configuration.suppressionMinCount)
      .apply(to: &rows, personBreakdowns: [])
    TargetPolicy(configuration: configuration).apply(to: &rows)
    RoundingPolicy(roundTo: configuration.suppressionRoundTo).apply(to: &rows)
    return YearSeries(years: years, rows: rows)
  }

  /// Every funder with income attributed to `period`, by name, with its lines and the
  /// programmes its restricted money paid for.
  public func funderIncome(in period: Period) -> [FunderIncome] {
    FunderIncome.funders(dataset.funding, text: dataset.text, in: period)
  }
}
