import ImpactAnalytics
import ImpactModel

/// How a figure is printed for people, in its ``FigureStyle``; a suppressed figure as `<k`, and
/// a figure with no value as `–`. The workbook shows the same `<k` and `–`.
struct FigureFormat: Sendable {
  /// The currency symbol (`£`).
  let currencySymbol: String
  /// The suppression threshold k (a suppressed figure prints as `<k`).
  let minCount: Int

  /// The row's value as text.
  func text(_ row: IndicatorRow?) -> String {
    guard let row else { return "–" }
    if row.suppressed != .no { return suppressed }
    guard let value = row.value else { return "–" }
    return text(value, of: row.indicator, unit: row.unit)
  }

  /// A value of an indicator as text, in the indicator's ``FigureStyle``.
  func text(_ value: Double, of indicator: IndicatorID, unit: IndicatorUnit) -> String {
    FigureStyle.of(indicator, unit: unit).text(value, currencySymbol: currencySymbol)
  }

  /// What a suppressed figure prints as: `<5`.
  var suppressed: String { "<" + String(minCount) }

  /// Whether a row has a value that may be printed.
  static func isShown(_ row: IndicatorRow?) -> Bool {
    guard let row else { return false }
    return row.suppressed == .no && row.value != nil
  }
}
