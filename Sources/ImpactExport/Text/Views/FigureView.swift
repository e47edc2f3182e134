import ImpactAnalytics

/// One headline figure with its comparisons, for sentences and the headline table.
struct FigureView: Sendable {
  /// The figure's name: `People taking part`.
  let label: String
  /// The value now: `297`, `38%`, `<5`, `–`.
  let value: String
  /// Whether the value is shown (not suppressed, not empty).
  let shown: Bool
  /// Whether the value is suppressed.
  let hidden: Bool
  /// Whether the value is exactly one (for "1 person" rather than "people").
  let one: Bool
  /// Against the quarter before.
  let previousQuarter: ComparisonView
  /// Against the same period a year earlier.
  let lastYear: ComparisonView
  /// The year to date, formatted.
  let yearToDate: String
  /// The target, formatted, when one applies.
  let target: String?
  /// Whether the target is met / not met (both false without a status).
  let met: Bool
  let notMet: Bool

  init(_ headline: Headline, label: String, names: PeriodNames, format: FigureFormat) {
    self.label = label
    let current = headline.current
    value = format.text(current)
    shown = FigureFormat.isShown(current)
    hidden = current.map { $0.suppressed != .no } ?? false
    one = shown && current?.value == 1
    previousQuarter = ComparisonView(
      current, with: headline.previousQuarter, against: names.previousQuarter, format: format)
    lastYear = ComparisonView(
      current, with: headline.samePeriodLastYear, against: names.lastYear, format: format)
    yearToDate = format.text(headline.yearToDate)
    target = current?.target.map {
      format.text($0, of: headline.indicator, unit: current?.unit ?? .count)
    }
    met = current?.status == .met
    notMet = current?.status == .notMet
  }
}
