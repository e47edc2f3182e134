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
    func number(_ value: Double?) -> Cell { value.map(Cell.number) ?? .empty }
    func plain(_ text: String?) -> Cell { text.map { .text($0, fromData: false) } ?? .empty }
    // Groups of free-text fields (programme, venue, art form, funder) come from the data.
    let groupFromData = ["programme", "venue", "art_form", "funder"].contains(row.groupBy)
    return [
      plain(row.period.label), plain(row.period.start?.description),
      plain(row.period.end?.description), .text(row.indicator, fromData: false),
      .text(row.groupBy, fromData: false), .text(row.group, fromData: groupFromData),
      number(row.value), number(row.numerator), number(row.denominator),
      .text(row.unit.rawValue, fromData: false), number(row.ciLow), number(row.ciHigh),
      number(row.pValue), number(row.effectSize), number(row.n.map(Double.init)),
      number(row.target), number(row.benchmark), plain(row.status?.rawValue),
      .text(row.suppressed.rawValue, fromData: false),
    ]
  }
}
