import ImpactAnalytics
import ImpactModel

/// The figures of a report as the workbook's sheets show them: readable names, number formats
/// by unit, and suppressed figures as `<k`. Every number comes from the ``IndicatorTable``;
/// nothing is recomputed here.
struct Figures {
  let context: ReportContext

  var table: IndicatorTable { context.table }
  var reporting: Period { context.period }

  static let numberStyle = CellStyle(alignment: .right)
  static let hiddenStyle = CellStyle(italic: true, fontColor: .midGrey, alignment: .right)

  /// What a suppressed figure reads as: `<5` for a threshold of 5.
  var suppressedText: String { "<\(table.minCount)" }

  /// A period with its dates: `2025-26 Q4 (2026-01-01 to 2026-03-31)`.
  func describe(_ period: Period) -> String {
    guard let start = period.start, let end = period.end else { return period.label }
    return "\(period.label) (\(start) to \(end))"
  }

  /// The number format of an indicator's values.
  func format(of indicator: IndicatorID, unit: IndicatorUnit) -> NumberFormat {
    switch unit {
    case .count, .people: return .whole
    case .hours: return .decimal(places: 1)
    case .share: return .percent
    case .ratio: return .decimal(places: 2)
    case .mean, .score:
      if indicator.isChange { return .signedDecimal(places: 2) }
      return indicator == .nps ? .whole : .decimal(places: 1)
    case .currency:
      let symbol = context.configuration.currency.symbol
      return .currency(
        symbol: symbol, places: IndicatorID.fundingPerUnit.contains(indicator) ? 2 : 0)
    }
  }

  /// A row's value: the number in its format, `<k` when suppressed, `–` when undefined, and
  /// nothing when there is no row.
  func value(_ row: IndicatorRow?) -> SheetCell {
    guard let row else { return .empty }
    if row.suppressed != .no { return .text(suppressedText, Self.hiddenStyle) }
    guard let value = row.value, value.isFinite else { return .text("–", Self.hiddenStyle) }
    return .number(value, Self.numberStyle.with(format(of: row.indicator, unit: row.unit)))
  }

  /// Another number of a row (an interval end, a benchmark, a target) in the value's format.
  /// A suppressed row's interval is already empty; its benchmark and target still show.
  func part(_ row: IndicatorRow?, _ number: Double?) -> SheetCell {
    guard let row else { return .empty }
    guard let number, number.isFinite else { return .empty }
    return .number(number, Self.numberStyle.with(format(of: row.indicator, unit: row.unit)))
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
    case .met?: return .text("met", CellStyle(alignment: .center))
    case .notMet?: return .text("not met", CellStyle(alignment: .center))
    case nil: return .empty
    }
  }

  /// The readable name of an indicator: `Unique participants`, `SWEMWBS change`, a priority
  /// group's label for `priority_share:ID`.
  func name(of indicator: IndicatorID) -> String {
    if indicator == .priorityShareAny { return "Share in any priority group" }
    if let id = indicator.priorityGroup {
      return "Share: " + groupLabel(Group(id), by: .priorityGroup)
    }
    return Self.words(indicator.rawValue)
  }

  /// The readable name of a breakdown (`Art form`, `IMD quintile`).
  func name(ofBreakdown groupBy: GroupBy) -> String { Self.words(groupBy.rawValue) }

  /// A group's label as shown: a priority group's configured label, a stage in words, or
  /// the label itself.
  func groupLabel(_ group: Group, by groupBy: GroupBy) -> String {
    switch groupBy {
    case .priorityGroup:
      return context.configuration.priorityGroups.first { $0.id == group.label }?.label
        ?? group.label
    case .stage:
      return ["pre": "Before", "post": "After", "single": "Single response"][group.label]
        ?? group.label
    default:
      return group.label
    }
  }

  /// `snake_case` ids as words, with acronyms in capitals and the first word capitalised.
  static func words(_ id: String) -> String {
    let acronyms: Set<String> = ["swemwbs", "wemwbs", "ons", "nps", "imd", "wellby"]
    let parts = id.split(whereSeparator: { $0 == "_" || $0 == ":" }).enumerated().map {
      index, part -> String in
      let word = String(part)
      if acronyms.contains(word) { return word.uppercased() }
      return index == 0 ? word.prefix(1).uppercased() + word.dropFirst() : word
    }
    return parts.joined(separator: " ")
  }

  /// One column of a breakdown table: a header and the cell of a row.
  struct Column {
    var header: String
    var indicator: IndicatorID
    var cell: (Figures, IndicatorRow?) -> SheetCell
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
