import ImpactAnalytics

/// The columns of `indicators.csv` and `indicators.json`, in order, and each row's cells.
enum IndicatorColumns {
  static let names = [
    "period", "period_start", "period_end", "indicator", "group_by", "group", "value",
    "numerator", "denominator", "unit", "ci_low", "ci_high", "p_value", "effect_size", "n",
    "target", "benchmark", "status", "suppressed",
  ]

  /// A cell: text, a number, or empty.
  enum Cell: Equatable {
    case text(String, fromData: Bool)
    case number(Double)
    case empty
  }

  /// The cells of a row, in column order.
  static func cells(_ row: IndicatorRow) -> [Cell] {
    cells(row, period: periodCells(row.period))
  }

  /// The first three cells of a row of `period`: its label, start and end.
  static func periodCells(_ period: Period) -> [Cell] {
    func plain(_ text: String?) -> Cell { text.map { .text($0, fromData: false) } ?? .empty }
    return [plain(period.label), plain(period.start?.description), plain(period.end?.description)]
  }

  /// The cells of a row, in column order, its period's cells given (``periodCells(_:)``).
  static func cells(_ row: IndicatorRow, period: [Cell]) -> [Cell] {
    // A non-finite number is never written (it is not a number any reader accepts).
    func number(_ value: Double?) -> Cell {
      guard let value, value.isFinite else { return .empty }
      return .number(value)
    }
    func plain(_ text: String?) -> Cell { text.map { .text($0, fromData: false) } ?? .empty }
    // A group may come from the data or the config (programme, funder, priority-group id):
    // every group is written spreadsheet-safe; the tool's own labels never start with = + - @.
    return period + [
      .text(row.indicator.rawValue, fromData: false),
      .text(row.groupBy.rawValue, fromData: false), .text(row.group.label, fromData: true),
      number(row.value), number(row.numerator), number(row.denominator),
      .text(row.unit.rawValue, fromData: false), number(row.ciLow), number(row.ciHigh),
      number(row.pValue), number(row.effectSize), number(row.n.map(Double.init)),
      number(row.target), number(row.benchmark), plain(row.status?.rawValue),
      .text(row.suppressed.rawValue, fromData: false),
    ]
  }
}
