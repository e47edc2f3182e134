import ImpactAnalytics
import ImpactModel

/// The figures of a report as the workbook's sheets show them: readable names, number formats
/// by unit, and suppressed figures as `<k`. Every number comes from the ``IndicatorTable``;
/// nothing is recomputed here.
struct Figures {
  let context: ReportContext
  /// The labels, names and figure format shared with the text reports.
  let presentation: Presentation

  init(context: ReportContext, labels: ReportLabels) {
    self.context = context
    presentation = Presentation(context: context, labels: labels)
  }

  /// The names, headings and words, from `labels.txt` (a `--templates` copy included).
  var labels: ReportLabels { presentation.labels }
  var names: IndicatorNames { presentation.names }
  var format: FigureFormat { presentation.format }
  var table: IndicatorTable { context.table }
  var reporting: Period { context.period }

  static let numberStyle = CellStyle(alignment: .right)
  static let hiddenStyle = CellStyle(italic: true, fontColor: .midGrey, alignment: .right)

  /// What a suppressed figure reads as: `<5` for a threshold of 5.
  var suppressedText: String { format.suppressed }

  /// A period with its dates: `2025-26 Q4 (2026-01-01 to 2026-03-31)`.
  func describe(_ period: Period) -> String {
    guard let start = period.start, let end = period.end else { return period.label }
    return labels(
      "workbook.period_dates",
      ["period": period.label, "start": start.description, "end": end.description])
  }

  /// A number of a row's indicator in the indicator's ``FigureStyle``, as a cell.
  private func styled(_ number: Double, of row: IndicatorRow) -> SheetCell {
    let style = FigureStyle.of(row.indicator, unit: row.unit)
    let format = style.numberFormat(for: number, currencySymbol: format.currencySymbol)
    return .number(number, Self.numberStyle.with(format))
  }

  /// A row's value: the number in its style, `<k` when suppressed, `–` when undefined, and
  /// nothing when there is no row.
  func value(_ row: IndicatorRow?) -> SheetCell {
    guard let row else { return .empty }
    if row.suppressed != .no { return .text(suppressedText, Self.hiddenStyle) }
    guard let value = row.value, value.isFinite else { return .text("–", Self.hiddenStyle) }
    return styled(value, of: row)
  }

  /// Another number of a row (an interval end, a benchmark, a target) in the value's style.
  /// A suppressed row's interval is already empty; its benchmark and target still show.
  func part(_ row: IndicatorRow?, _ number: Double?) -> SheetCell {
    guard let row else { return .empty }
    guard let number, number.isFinite else { return .empty }
    return styled(number, of: row)
  }

  /// A row's `n`.
  func people(_ row: IndicatorRow?) -> SheetCell {
    guard let row else { return .empty }
    if row.suppressed != .no { return .text(suppressedText, Self.hiddenStyle) }
    guard let n = row.n else { return .empty }
    return .number(Double(n), Self.numberStyle.with(.whole))
  }

  /// A plain number in a format (p-values, effect sizes); empty when suppressed, as the row
  /// already holds none.
  func number(_ row: IndicatorRow?, _ number: Double?, _ format: NumberFormat) -> SheetCell {
    guard row != nil else { return .empty }
    guard let number, number.isFinite else { return .empty }
    return .number(number, Self.numberStyle.with(format))
  }

  /// A row's target status in words.
  func status(_ row: IndicatorRow?) -> SheetCell {
    switch row?.status {
    case .met?: return .text(labels["word.met"], CellStyle(alignment: .center))
    case .notMet?: return .text(labels["word.not_met"], CellStyle(alignment: .center))
    case nil: return .empty
    }
  }

  /// The name of an indicator, as the text reports give it (`People taking part`).
  func name(of indicator: IndicatorID) -> String { names.label(indicator) }

  /// The name of a breakdown (`Art form`, `Deprivation (IMD quintile)`).
  func name(ofBreakdown groupBy: GroupBy) -> String { names.field(groupBy) }

  /// A group's label as the text reports give it: a priority group's configured label, a
  /// stage in words, `Aged 18-25`.
  func groupLabel(_ group: Group, by groupBy: GroupBy) -> String {
    names.group(group, by: groupBy)
  }

  /// One column of a breakdown table: a header and the cell of a row.
  struct Column {
    var header: String
    var indicator: IndicatorID
    var cell: (Figures, IndicatorRow?) -> SheetCell
  }

  /// The columns of a table both renderers draw, headed with their labels.
  func columns(_ shared: [ReportTables.Column]) -> [Column] {
    shared.map { valueColumn($0.indicator, labels[$0.heading]) }
  }

  /// A column of an indicator's values.
  func valueColumn(_ indicator: IndicatorID, _ header: String? = nil) -> Column {
    Column(header: header ?? name(of: indicator), indicator: indicator) { $0.value($1) }
  }

  /// The rows of a breakdown in the reporting period: one per group (the groups of every
  /// column's indicator, in reading order), the group's label first.
  func breakdownRows(_ groupBy: GroupBy, columns: [Column], period: Period? = nil)
    -> [[SheetCell]]
  {
    let period = period ?? reporting
    var groups: [Group] = []
    var seen: Set<Group> = []
    for column in columns {
      for group in table.groups(of: groupBy, for: column.indicator, in: period)
      where seen.insert(group).inserted {
        groups.append(group)
      }
    }
    return IndicatorTable.readingOrder(groups, by: groupBy).map { group in
      [SheetCell.text(groupLabel(group, by: groupBy))]
        + columns.map { column in
          column.cell(
            self, table.row(column.indicator, in: period, groupBy: groupBy, group: group))
        }
    }
  }
}
