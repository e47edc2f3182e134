import ImpactAnalytics
import ImpactModel

/// A figure answer: the one row of the indicator table it asks for (the row `indicators.csv`
/// writes, suppressed as everywhere), and its parts as the reports print them. Picks a row and
/// formats it; computes nothing.
struct ReturnFigure: Sendable {
  /// What the question asked for.
  let spec: ReturnAnswerSpec.Figure
  /// The period of the row.
  let period: Period
  /// The row, or `nil` when the table has none (printed `–`).
  let row: IndicatorRow?

  /// The row `spec` names in `table`.
  init(_ spec: ReturnAnswerSpec.Figure, table: IndicatorTable) {
    self.spec = spec
    period = Self.period(spec.period, of: table.periods)
    row = table.row(spec.indicator, in: period, groupBy: spec.groupBy, group: spec.group)
  }

  /// The table's period for a return's period name.
  static func period(_ period: ReturnPeriod, of periods: ReportingPeriods) -> Period {
    switch period {
    case .reporting: return periods.reporting
    case .previous: return periods.previousQuarter
    case .lastYear: return periods.samePeriodLastYear
    case .yearToDate: return periods.yearToDate
    }
  }

  /// Whether a part is hidden with the row: every number that rests on the people counted.
  static func isSuppressedWithRow(_ field: ReturnField) -> Bool {
    switch field {
    case .value, .ciLow, .ciHigh, .n, .numerator, .denominator: return true
    case .target, .status: return false
    }
  }

  /// The style a part is written in: the value's, for the value, its interval and target;
  /// whole numbers for counts; amounts of money as money.
  func style(of field: ReturnField, _ number: Double) -> FigureStyle {
    let unit = row?.unit ?? .count
    let valueStyle = FigureStyle.of(spec.indicator, unit: unit)
    switch field {
    case .value, .ciLow, .ciHigh, .target: return valueStyle
    case .n: return .whole
    case .numerator, .denominator, .status:
      if number == number.rounded() { return .whole }
      return unit == .currency ? .money : .decimal(places: 2)
    }
  }

  /// The number of a part, when the row has one.
  func number(_ field: ReturnField) -> Double? {
    guard let row else { return nil }
    switch field {
    case .value: return row.value
    case .ciLow: return row.ciLow
    case .ciHigh: return row.ciHigh
    case .n: return row.n.map(Double.init)
    case .numerator: return row.numerator
    case .denominator: return row.denominator
    case .target: return row.target
    case .status: return nil
    }
  }

  /// A part as text: in its style, `<k` when the row is suppressed, `–` when there is no row
  /// or no number, and `Met`/`Not met` for the status.
  func text(_ field: ReturnField, format: FigureFormat, labels: ReportLabels) -> String {
    guard let row else { return "–" }
    if row.suppressed != .no, Self.isSuppressedWithRow(field) { return format.suppressed }
    if field == .status {
      switch row.status {
      case .met?: return labels["word.met"]
      case .notMet?: return labels["word.not_met"]
      case nil: return "–"
      }
    }
    guard let number = number(field), number.isFinite else { return "–" }
    return style(of: field, number).text(number, currencySymbol: format.currencySymbol)
  }

  /// A part's name, as a heading (`Lower end of the 95% interval`).
  static func label(_ field: ReturnField, labels: ReportLabels) -> String {
    switch field {
    case .value: return labels["heading.value"]
    case .ciLow: return labels["heading.ci_low"]
    case .ciHigh: return labels["heading.ci_high"]
    case .n: return labels["heading.n"]
    case .numerator: return labels["heading.numerator"]
    case .denominator: return labels["heading.denominator"]
    case .target: return labels["heading.target"]
    case .status: return labels["heading.status"]
    }
  }

  /// Where the figure came from: `People taking part (unique_participants), Priority group:
  /// Children and young people (0-19), 2025-26 Q4`.
  func source(names: IndicatorNames, labels: ReportLabels) -> String {
    var values = [
      "indicator": names.label(spec.indicator), "id": spec.indicator.rawValue,
      "period": period.label,
    ]
    guard spec.groupBy != .all else { return labels("caption.return_source", values) }
    values["breakdown"] = names.field(spec.groupBy)
    values["group"] = names.group(spec.group, by: spec.groupBy)
    return labels("caption.return_source_group", values)
  }
}
