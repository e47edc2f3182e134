import ImpactAnalytics
import ImpactModel

/// Inclusion: the priority groups against their targets and benchmarks, who took part by each
/// person field against the population served, how complete the profile data is, and the
/// priority groups by programme.
enum InclusionSheet {
  static let personFields = GroupBy.personFields

  static func write(_ writer: SheetWriter, _ figures: Figures) throws(WorkbookError) {
    let period = figures.reporting
    let labels = figures.labels
    try writer.title(
      labels("workbook.inclusion.title", ["period": period.label]),
      subtitle: labels["workbook.inclusion.subtitle"])
    let chartRow = writer.row
    writer.skip(SheetWriter.chartRows + 1)

    try writer.heading(labels["workbook.inclusion.priority_groups"])
    let groups = figures.context.configuration.priorityGroups
    let priorityRows = groups.compactMap { group -> [SheetCell]? in
      let row = figures.table.row(.priorityShare(group.id), in: period)
      guard row != nil else { return nil }
      let index = figures.table.row(
        .representationIndex, in: period, groupBy: .priorityGroup, group: Group(group.id))
      return [
        .text(group.id), .text(group.label), figures.value(row), figures.part(row, row?.ciLow),
        figures.part(row, row?.ciHigh), figures.people(row), figures.part(row, row?.target),
        figures.part(row, row?.benchmark), figures.value(index), figures.status(row),
      ]
    }
    let anyRow = figures.table.row(.priorityShareAny, in: period)
    let allRows =
      priorityRows
      + (anyRow == nil
        ? []
        : [
          [
            .text("any"), .text(figures.name(of: .priorityShareAny)), figures.value(anyRow),
            figures.part(anyRow, anyRow?.ciLow), figures.part(anyRow, anyRow?.ciHigh),
            figures.people(anyRow), .empty, .empty, .empty, .empty,
          ]
        ])
    try writer.table(
      "Inclusion priority groups",
      headers: [
        labels["heading.group"], labels["workbook.inclusion.description"], labels["heading.share"],
        labels["workbook.low"], labels["workbook.high"], labels["heading.people"],
        labels["heading.target"], labels["heading.benchmark"],
        labels["heading.representation_index"], labels["heading.status"],
      ], rows: allRows)

    var chartBlock: (TableBlock, String)?
    for field in personFields {
      let name = figures.name(ofBreakdown: field)
      try writer.heading(labels("workbook.inclusion.by_field", ["field": name.lowercased()]))
      let columns: [Figures.Column] = [
        figures.valueColumn(.participantShare, labels["heading.share"]),
        .init(header: labels["workbook.low"], indicator: .participantShare) {
          $0.part($1, $1?.ciLow)
        },
        .init(header: labels["workbook.high"], indicator: .participantShare) {
          $0.part($1, $1?.ciHigh)
        },
        .init(header: labels["heading.people"], indicator: .participantShare) { $0.people($1) },
        .init(header: labels["heading.benchmark"], indicator: .participantShare) {
          $0.part($1, $1?.benchmark)
        },
        figures.valueColumn(.representationIndex, labels["heading.representation_index"]),
      ]
      let block = try writer.table(
        "Inclusion \(field.rawValue)", headers: [name] + columns.map(\.header),
        rows: figures.breakdownRows(field, columns: columns))
      let benchmarked = !figures.context.configuration.benchmarks(for: field).isEmpty
      if let block {
        if benchmarked && (chartBlock == nil || chartBlock?.1 == "") {
          chartBlock = (block, name)
        } else if chartBlock == nil {
          chartBlock = (block, "")
        }
      }
    }

    try writer.heading(labels["workbook.inclusion.completeness"])
    let completeness = ReportTables.completeness
      .compactMap { field -> [SheetCell]? in
        let row = figures.table.row(.dataCompleteness, in: period, groupBy: field)
        return row == nil ? nil : [.text(figures.name(ofBreakdown: field)), figures.value(row)]
      }
    try writer.table(
      "Inclusion completeness",
      headers: [labels["heading.field"], figures.name(of: .dataCompleteness)],
      rows: completeness)

    try writer.heading(labels["workbook.inclusion.by_programme"])
    let programmeColumns =
      groups.map { figures.valueColumn(.priorityShare($0.id), $0.id) }
      + [figures.valueColumn(.priorityShareAny, "any")]
    try writer.table(
      "Inclusion priority programme",
      headers: [labels["heading.programme"]] + programmeColumns.map(\.header),
      rows: figures.breakdownRows(.programme, columns: programmeColumns))

    if let (block, field) = chartBlock {
      let title =
        field.isEmpty
        ? labels["workbook.inclusion.chart"]
        : labels("workbook.inclusion.chart_against_benchmark", ["field": field.lowercased()])
      var series: [ChartSpec.Series] = [
        .init(
          name: labels["workbook.inclusion.chart_participants"], sheet: writer.sheet.name,
          categories: block.column(0), values: block.column(1), color: .blue)
      ]
      if !field.isEmpty {
        series.append(
          .init(
            name: labels["word.benchmark"], sheet: writer.sheet.name,
            categories: block.column(0), values: block.column(5), color: .orange))
      }
      try writer.chart(
        ChartSpec(
          kind: .bar, title: title, series: series, valueAxisTitle: labels["heading.share"],
          valueFormat: .percent(places: 0)),
        row: chartRow, column: 0)
    }
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
  }
}
