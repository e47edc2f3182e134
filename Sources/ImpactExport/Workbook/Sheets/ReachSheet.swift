/// Reach: who came and how often, by each session field and each person field, with a chart
/// of participants by programme.
enum ReachSheet {
  static let sessionFields = ["programme", "setting", "venue", "art_form", "delivery"]
  static let personFields = [
    "age_band", "gender", "ethnicity_group", "ethnicity", "disability", "imd_quintile",
    "priority_group",
  ]

  static func write(_ writer: SheetWriter, _ figures: Figures) throws(WorkbookError) {
    try writer.title(
      "Reach, \(figures.reporting.label)",
      subtitle: "A person is counted once in each group they attended, so groups of a session "
        + "field can add up to more than the total.")
    let chartRow = writer.row
    writer.skip(SheetWriter.chartRows + 1)

    let sessionColumns = [
      figures.valueColumn("attendances"),
      figures.valueColumn("unique_participants", "Participants"),
      figures.valueColumn("new_participants", "New"),
      figures.valueColumn("returning_participants", "Returning"), figures.valueColumn("sessions"),
      figures.valueColumn("attendances_per_session", "Per session"),
      figures.valueColumn("participant_hours", "Hours"),
      figures.valueColumn("retained_share", "Retained"), figures.valueColumn("occupancy"),
      figures.valueColumn("online_share", "Online"),
    ]
    var programmes: TableBlock?
    for field in sessionFields {
      let block = try breakdown(writer, figures, field, columns: sessionColumns)
      if field == "programme" { programmes = block }
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
    _ writer: SheetWriter, _ figures: Figures, _ field: String, columns: [Figures.Column]
  ) throws(WorkbookError) -> TableBlock? {
    let name = figures.name(ofBreakdown: field)
    try writer.heading("By \(name.lowercased())")
    return try writer.table(
      "Reach \(field)", headers: [name] + columns.map(\.header),
      rows: figures.breakdownRows(field, columns: columns))
  }
}
