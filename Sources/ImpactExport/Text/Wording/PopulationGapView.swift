import ImpactAnalytics
import ImpactModel

/// Where participants started against the population (`swemwbs_baseline_gap` …), for the
/// `_evidence-baseline` partial: below, above or level with the population average, by how
/// much, the 95% interval, whether the difference could be chance, and the population figure
/// with its source.
///
/// Exactly one of `none`, `hidden` and `shown` is true; when shown, exactly one of `below`,
/// `above` and `level`.
struct PopulationGapView: Sendable {
  let none: Bool
  let hidden: Bool
  let shown: Bool
  let below: Bool
  let above: Bool
  let level: Bool
  /// The gap's size, one decimal, no sign: `1.8`.
  let size: String
  /// The interval's ends, signed.
  let low: String
  let high: String
  /// p < 0.05.
  let significant: Bool
  /// The responses compared: `212 responses`.
  let responses: String
  /// The scale's name (`SWEMWBS`).
  let scale: String
  /// The population figure (`Man 23.7, Woman 23.2`) and its source.
  let norm: String
  let source: String
  let minCount: String

  init(
    _ row: IndicatorRow?, measure: FeedbackMeasure, norms: PopulationNorms, format: FigureFormat,
    labels: ReportLabels
  ) {
    minCount = String(format.minCount)
    hidden = row.map { $0.suppressed != .no } ?? false
    shown = FigureFormat.isShown(row) && (row?.n ?? 0) > 0
    none = !hidden && !shown
    let gap = shown ? row?.value ?? 0 : 0
    size = UKNumber.decimal(abs(gap), places: 1)
    level = shown && UKNumber.decimal(gap, places: 1).allSatisfy { "0.−".contains($0) }
    below = shown && !level && gap < 0
    above = shown && !level && gap > 0
    low = row?.ciLow.map { UKNumber.decimal($0, places: 1) } ?? "–"
    high = row?.ciHigh.map { UKNumber.decimal($0, places: 1) } ?? "–"
    significant = shown && (row?.pValue.map { $0 < 0.05 } ?? false)
    responses = Plural("response")(Double(row?.n ?? 0))
    scale = labels["word.scale." + measure.rawValue]
    norm = norms.figure(measure)
    source = norms.source(measure)
  }
}
