import ImpactAnalytics
import ImpactModel

/// The one presentation both renderers use for a report: the labels, the names they give
/// indicators, breakdowns and groups, and how figures are written.
struct Presentation: Sendable {
  /// The names, headings, captions, chart titles and words (`labels.txt`).
  let labels: ReportLabels
  /// The names of indicators, breakdowns and groups.
  let names: IndicatorNames
  /// How figures are written: in their style, `<k` when suppressed, `–` when undefined.
  let format: FigureFormat
  /// The population figures and their sources.
  let norms: PopulationNorms

  /// The presentation of a report's figures with `labels`.
  init(context: ReportContext, labels: ReportLabels) {
    self.labels = labels
    names = IndicatorNames(configuration: context.configuration, labels: labels)
    format = FigureFormat(
      currencySymbol: context.configuration.currency.symbol, minCount: context.table.minCount)
    norms = PopulationNorms(norms: context.configuration.wellbeing.norms, labels: labels)
  }
}
