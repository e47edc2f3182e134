import ImpactAnalytics

/// The cells of rows taken one after another, as ``IndicatorColumns/cells(_:)`` gives them,
/// keeping the cells of the period last met: rows come a period at a time, so each period's
/// dates are written out once, not once a row.
struct IndicatorCells {
  private var period: Period?
  private var periodCells: [IndicatorColumns.Cell] = []

  /// No period met yet.
  init() {}

  /// The cells of `row`, in column order.
  mutating func cells(_ row: IndicatorRow) -> [IndicatorColumns.Cell] {
    if row.period != period {
      period = row.period
      periodCells = IndicatorColumns.periodCells(row.period)
    }
    return IndicatorColumns.cells(row, period: periodCells)
  }
}
