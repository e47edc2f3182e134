import Foundation
import ImpactAnalytics
import ImpactModel

/// The reports' presentation for another front end (the browser app): figures printed as the
/// reports print them, indicators, fields and groups named from `labels.txt`, bar charts drawn
/// by the reports' SVG renderer, and the reports' style sheet. It formats; it never computes.
public struct FigurePresentation: Sendable {
  private let names: IndicatorNames
  private let format: FigureFormat

  /// The presentation of a run's figures, with the labels of `templates`.
  public init(context: ReportContext, templates: TemplateSource) throws(TemplateError) {
    let labels = try ReportTemplates.labels(source: templates)
    names = IndicatorNames(configuration: context.configuration, labels: labels)
    format = FigureFormat(
      currencySymbol: context.configuration.currency.symbol, minCount: context.table.minCount)
  }

  /// An indicator's name (`People taking part`).
  public func name(of indicator: IndicatorID) -> String { names.label(indicator) }

  /// A breakdown's name (`Ethnic group`); `all` by the label `field.all`.
  public func name(of groupBy: GroupBy) -> String { names.field(groupBy) }

  /// A group's label as the reports print it (`Aged 16-24`).
  public func label(of group: Group, by groupBy: GroupBy) -> String {
    names.group(group, by: groupBy)
  }

  /// A figure as the reports print it: `1,234`, `38%`, `£2,500`; `<5` when suppressed, `–`
  /// when there is no value.
  public func text(of row: IndicatorRow) -> String { format.text(row) }

  /// The rows as a horizontal bar chart (one bar per row, labelled by its group), as the
  /// reports draw it: an `<svg>` element with its `<title>` and `<desc>`. A suppressed row
  /// keeps its label and draws no bar.
  public func barChart(id: String, title: String, description: String, rows: [IndicatorRow])
    -> String
  {
    let bars = rows.map { row in
      BarChart.Bar(
        label: label(of: row.group, by: row.groupBy),
        value: FigureFormat.isShown(row) ? row.value : nil, text: format.text(row))
    }
    return BarChart(id: id, title: title, description: description, bars: bars).view().svg
  }

  /// A count as the reports print it: `12,345`.
  public static func whole(_ count: Int) -> String { UKNumber.whole(Double(count)) }

  /// The headline indicators, in the order the board report and the workbook list them.
  public static var headlines: [IndicatorID] { ReportTables.headlines }

  /// The HTML reports' style rules (the `_html-style` partial without its `<style>` tags), for
  /// a page that links a style sheet instead of carrying one inline.
  public static var styleSheet: String {
    let text = BuiltInTemplates.files["_html-style.mustache"] ?? ""
    return
      text
      .replacingOccurrences(of: "<style>", with: "")
      .replacingOccurrences(of: "</style>", with: "")
  }
}
