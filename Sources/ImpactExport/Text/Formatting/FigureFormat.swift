import ImpactAnalytics

/// How a figure is printed for people, by its unit: counts and people as whole numbers, shares
/// as percentages, money with its symbol, scores to one decimal, ratios to two; a suppressed
/// figure as `<k`, and a figure with no value as `–`.
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
    return text(value, unit: row.unit)
  }

  /// A value of a unit as text.
  func text(_ value: Double, unit: IndicatorUnit) -> String {
    switch unit {
    case .count, .people, .hours: return UKNumber.whole(value)
    case .share: return UKNumber.percent(value)
    case .currency: return UKNumber.money(value, symbol: currencySymbol)
    case .score, .mean: return UKNumber.decimal(value, places: 1)
    case .ratio: return UKNumber.decimal(value, places: 2)
    }
  }

  /// What a suppressed figure prints as: `<5`.
  var suppressed: String { "<" + String(minCount) }

  /// Whether a row has a value that may be printed.
  static func isShown(_ row: IndicatorRow?) -> Bool {
    guard let row else { return false }
    return row.suppressed == .no && row.value != nil
  }
}
