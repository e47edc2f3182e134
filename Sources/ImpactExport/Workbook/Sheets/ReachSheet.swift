import ImpactModel

/// Reach: who came and how often, by each session field and each person field, with a chart
/// of participants by programme.
enum ReachSheet {
  static let sessionFields = GroupBy.sessionFields
  static let personFields = GroupBy.personFields + [.priorityGroup]

  static func write(_ writer: SheetWriter, _ figures: Figures) throws(WorkbookError) {
    try writer.title(
      "Reach, \(figures.reporting.label)",
      subtitle: "A person is counted once in each group they attended, so groups of a session "
        + "field can add up to more than the total.")
    let chartRow = writer.row
    writer.skip(SheetWriter.chartRows + 1)

    let sessionColumns = [
      figures.valueColumn(.attendances),
      figures.valueColumn(.uniqueParticipants, "Participants"),
      figures.valueColumn(.newParticipants, "New"),
      figures.valueColumn(.returningParticipants, "Returning"), figures.valueColumn(.sessions),
      figures.valueColumn(.attendancesPerSession, "Per session"),
      figures.valueColumn(.participantHours, "Hours"),
      figures.valueColumn(.retainedShare, "Retained"), figures.valueColumn(.occupancy),
      figures.valueColumn(.onlineShare, "Online"),
    ]
    var programmes: TableBlock?
    for field in sessionFields {
      let block = try breakdown(writer, figures, field, columns: sessionColumns)
      if field == .programme { programmes = block }
    }
    let personColumns = Array(sessionColumns.prefix(4)) + [sessionColumns[7]]
    for field in personFields {
      try breakdown(writer, figures, field, columns: personColumns)
    }
    if let programmes {
      try writer.chart(
        ChartSpec(
          kind: .bar, title: "Participants and new participants by programme",
          series: [
            .init(
              name: "Participants", sheet: writer.sheet.name, categories: programmes.column(0),
              values: programmes.column(2), color: .blue),
            .init(
              name: "New", sheet: writer.sheet.name, categories: programmes.column(0),
              values: programmes.column(3), color: .orange),
          ], valueAxisTitle: "People", valueFormat: .whole),
        row: chartRow, column: 0)
    }
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
  }

  @discardableResult
  static func breakdown(
    _ writer: SheetWriter, _ figures: Figures, _ field: GroupBy, columns: [Figures.Column]
  ) throws(WorkbookError) -> TableBlock? {
    let name = figures.name(ofBreakdown: field)
    try writer.heading("By \(name.lowercased())")
    return try writer.table(
      "Reach \(field.rawValue)", headers: [name] + columns.map(\.header),
      rows: figures.breakdownRows(field, columns: columns))
  }
}
