import ImpactAnalytics
import ImpactModel

/// What every document's view is built from: the context, and the helpers that turn its rows
/// into formatted values, names and tables. Computes no figure: every number is a row's.
struct ReportFacts: Sendable {
  let context: ReportContext
  /// The labels, names and figure format shared with the workbook.
  let presentation: Presentation
  let periodNames: PeriodNames
  let heading: DocumentHeading

  init(context: ReportContext, labels: ReportLabels) {
    self.context = context
    presentation = Presentation(context: context, labels: labels)
    periodNames = PeriodNames(context.table.periods, labels: labels)
    heading = DocumentHeading(context: context)
  }

  /// The names, headings, captions and chart titles.
  var labels: ReportLabels { presentation.labels }
  var names: IndicatorNames { presentation.names }
  var format: FigureFormat { presentation.format }
  var table: IndicatorTable { context.table }
  var reporting: Period { context.period }

  /// A row of the reporting period.
  func row(_ id: IndicatorID, by groupBy: GroupBy = .all, group: Group = .all) -> IndicatorRow? {
    table.row(id, in: reporting, groupBy: groupBy, group: group)
  }

  /// The formatted value of a row of the reporting period.
  func text(_ id: IndicatorID, by groupBy: GroupBy = .all, group: Group = .all) -> String {
    format.text(row(id, by: groupBy, group: group))
  }

  /// An indicator's headline figure.
  func figure(_ id: IndicatorID) -> FigureView {
    FigureView(table.headline(id), label: names.label(id), names: periodNames, format: format)
  }

  /// The evidence of a change indicator (`swemwbs_change`) for a group.
  func evidence(_ scale: FeedbackMeasure, by groupBy: GroupBy = .all, group: Group = .all)
    -> ChangeEvidenceView
  {
    ChangeEvidenceView(
      row(.change(scale), by: groupBy, group: group),
      improved: row(.improvedShare(scale), by: groupBy, group: group),
      declined: row(.declinedShare(scale), by: groupBy, group: group), format: format,
      labels: labels)
  }

  /// The groups of a breakdown in the reporting period, in reading order (`Unknown` last).
  func groups(_ id: IndicatorID, by groupBy: GroupBy) -> [Group] {
    table.groups(of: groupBy, for: id, in: reporting)
  }

  /// A table with one row per group of a breakdown and one column per indicator.
  func breakdownTable(
    caption: String, groupBy: GroupBy, heading: String, columns: [(id: IndicatorID, title: String)],
    groups: [Group]? = nil
  ) -> TableView {
    let keys = groups ?? self.groups(columns[0].id, by: groupBy)
    let rows = keys.map { group in
      [names.group(group, by: groupBy)] + columns.map { text($0.id, by: groupBy, group: group) }
    }
    return TableView(caption: caption, headers: [heading] + columns.map(\.title), rows: rows)
  }

  /// The printable quotes, at most `limit`, those about `programme` when given.
  func quotes(programme: String? = nil, limit: Int) -> [QuoteView] {
    table.quotes.filter { programme == nil || $0.programme == programme }.prefix(limit).map {
      QuoteView(text: $0.text, programme: $0.programme ?? "")
    }
  }
}

/// A consented quote.
struct QuoteView: Sendable {
  let text: String
  let programme: String
}
