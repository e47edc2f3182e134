import ImpactModel

/// Reach: who came and how often, by each session field and each person field, with a chart
/// of participants by programme.
enum ReachSheet {
  static let sessionFields = GroupBy.sessionFields
  static let personFields = GroupBy.personFields + [.priorityGroup]

  /// The workbook's figures beyond the shared reach table, headed by their names.
  static let detail: [ReportTables.Column] = [
    .newParticipants, .returningParticipants, .attendancesPerSession, .participantHours,
    .occupancy, .onlineShare,
  ].map { ReportTables.Column(indicator: $0, heading: "indicator." + $0.rawValue) }

  static func write(_ writer: SheetWriter, _ figures: Figures) throws(WorkbookError) {
    try writer.title(
      figures.labels("workbook.reach.title", ["period": figures.reporting.label]),
      subtitle: figures.labels["workbook.reach.subtitle"])
    let chartRow = writer.row
    writer.skip(SheetWriter.chartRows + 1)

    let columns = ReportTables.reach + detail
    var programmes: TableBlock?
    for field in sessionFields {
      let block = try breakdown(writer, figures, field, columns: columns)
      if field == .programme { programmes = block }
    }
    for field in personFields {
      try breakdown(writer, figures, field, columns: columns)
    }
    // The chart's series: the table's participants and new participants columns.
    let shown = ReportTables.columns(columns, by: .programme).map(\.indicator)
    let people = (shown.firstIndex(of: .uniqueParticipants) ?? 0) + 1
    let newPeople = (shown.firstIndex(of: .newParticipants) ?? 0) + 1
    if let programmes {
      try writer.chart(
        ChartSpec(
          kind: .bar, title: figures.labels["workbook.reach.chart"],
          series: [
            .init(
              name: figures.name(of: .uniqueParticipants), sheet: writer.sheet.name,
              categories: programmes.column(0), values: programmes.column(people), color: .blue),
            .init(
              name: figures.name(of: .newParticipants), sheet: writer.sheet.name,
              categories: programmes.column(0), values: programmes.column(newPeople),
              color: .orange),
          ], valueAxisTitle: figures.labels["heading.people"], valueFormat: .whole),
        row: chartRow, column: 0)
    }
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
  }

  @discardableResult
  static func breakdown(
    _ writer: SheetWriter, _ figures: Figures, _ field: GroupBy, columns: [ReportTables.Column]
  ) throws(WorkbookError) -> TableBlock? {
    let columns = figures.columns(ReportTables.columns(columns, by: field))
    let name = figures.name(ofBreakdown: field)
    try writer.heading(figures.labels("workbook.reach.by_field", ["field": name.lowercased()]))
    return try writer.table(
      "Reach \(field.rawValue)", headers: [name] + columns.map(\.header),
      rows: figures.breakdownRows(field, columns: columns))
  }
}
