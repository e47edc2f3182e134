import ImpactAnalytics
import ImpactModel

/// Wellbeing and feedback: SWEMWBS before and after (with a chart), the paired changes with
/// their intervals, p-values and effect sizes, the ONS measures, and feedback by programme.
enum WellbeingSheet {
  static let changes: [IndicatorID] = [
    .pairs(.swemwbs), .change(.swemwbs), .improvedShare(.swemwbs), .declinedShare(.swemwbs),
    .pairs(.wemwbs), .change(.wemwbs), .improvedShare(.wemwbs), .declinedShare(.wemwbs),
    .change(.onsLifeSatisfaction), .wellbyValue,
  ]
  /// The shared feedback measures, then the ONS low and high shares.
  static let measures =
    ReportTables.feedback + [
      .lowShare(.onsLifeSatisfaction), .lowShare(.onsWorthwhile), .lowShare(.onsHappy),
      .highShare(.onsAnxious),
    ]

  static func write(_ writer: SheetWriter, _ figures: Figures) throws(WorkbookError) {
    let period = figures.reporting
    let labels = figures.labels
    try writer.title(
      labels("workbook.wellbeing.title", ["period": period.label]),
      subtitle: labels["workbook.wellbeing.subtitle"])
    let chartRow = writer.row
    writer.skip(SheetWriter.chartRows + 1)

    try writer.heading(labels["workbook.wellbeing.stages"])
    let stages = FeedbackStage.allCases.map { Group($0.rawValue) }.compactMap {
      stage -> [SheetCell]? in
      let row = figures.table.row(.mean(.swemwbs), in: period, groupBy: .stage, group: stage)
      guard let row else { return nil }
      return [
        .text(figures.groupLabel(stage, by: .stage)), figures.value(row),
        figures.part(row, row.ciLow), figures.part(row, row.ciHigh), figures.people(row),
      ]
    }
    let stageBlock = try writer.table(
      "Wellbeing SWEMWBS stages",
      headers: [
        figures.name(ofBreakdown: .stage), labels["workbook.wellbeing.mean_metric_score"],
        labels["workbook.low"], labels["workbook.high"], labels["workbook.wellbeing.responses"],
      ], rows: stages,
      emptyNote: labels["workbook.wellbeing.no_stages"])

    try writer.heading(labels["workbook.wellbeing.changes"])
    let changeRows = changes.compactMap { indicator -> [SheetCell]? in
      guard let row = figures.table.row(indicator, in: period) else { return nil }
      return [
        .text(figures.name(of: indicator)), figures.value(row), figures.part(row, row.ciLow),
        figures.part(row, row.ciHigh), figures.number(row, row.pValue, .pValue),
        figures.number(row, row.effectSize, .decimal(places: 2)), figures.people(row),
      ]
    }
    try writer.table(
      "Wellbeing changes",
      headers: [
        labels["heading.measure"], labels["workbook.value"], labels["workbook.low"],
        labels["workbook.high"], labels["workbook.wellbeing.p_value"],
        labels["workbook.wellbeing.effect_size"], labels["heading.pairs"],
      ],
      rows: changeRows, emptyNote: labels["workbook.wellbeing.no_pairs"])
    if figures.table.row(.wellbyValue, in: period) != nil {
      try writer.paragraph(labels["workbook.wellby_note"], style: SheetWriter.noteStyle)
      writer.skip()
    }

    try writer.heading(labels["workbook.wellbeing.measures"])
    let measureRows = measures.compactMap { indicator -> [SheetCell]? in
      guard let row = figures.table.row(indicator, in: period) else { return nil }
      return [
        .text(figures.name(of: indicator)), figures.value(row), figures.part(row, row.ciLow),
        figures.part(row, row.ciHigh), figures.people(row),
      ]
    }
    try writer.table(
      "Wellbeing measures",
      headers: [
        labels["heading.measure"], labels["workbook.value"], labels["workbook.low"],
        labels["workbook.high"], labels["workbook.wellbeing.answers"],
      ],
      rows: measureRows)

    try writer.heading(labels["workbook.wellbeing.pairs_by_programme"])
    let pairColumns = [
      figures.valueColumn(.pairs(.swemwbs), labels["heading.pairs"]),
      figures.valueColumn(.change(.swemwbs), labels["heading.mean_change"]),
      figures.valueColumn(.improvedShare(.swemwbs), labels["workbook.wellbeing.improved"]),
      figures.valueColumn(.declinedShare(.swemwbs), labels["workbook.wellbeing.declined"]),
    ]
    try writer.table(
      "Wellbeing pairs programme",
      headers: [labels["heading.programme"]] + pairColumns.map(\.header),
      rows: figures.breakdownRows(.programme, columns: pairColumns))

    try writer.heading(labels["workbook.wellbeing.feedback_by_programme"])
    let feedbackColumns = [
      figures.valueColumn(.feedbackResponses, labels["workbook.wellbeing.responses"]),
      figures.valueColumn(.satisfiedShare, labels["workbook.wellbeing.satisfied"]),
      figures.valueColumn(.mean(.satisfaction), labels["workbook.wellbeing.satisfaction"]),
      figures.valueColumn(.nps, labels["workbook.wellbeing.nps"]),
      figures.valueColumn(.mean(.onsLifeSatisfaction)),
    ]
    try writer.table(
      "Wellbeing feedback programme",
      headers: [labels["heading.programme"]] + feedbackColumns.map(\.header),
      rows: figures.breakdownRows(.programme, columns: feedbackColumns))

    if let stageBlock {
      let before = stageBlock.rowCount >= 2 ? 2 : stageBlock.rowCount
      let categories = CellRange(
        firstRow: stageBlock.column(0).first.row, firstColumn: stageBlock.origin.column,
        lastRow: stageBlock.column(0).first.row + before - 1,
        lastColumn: stageBlock.origin.column)!
      let values = CellRange(
        firstRow: categories.first.row, firstColumn: stageBlock.origin.column + 1,
        lastRow: categories.last.row, lastColumn: stageBlock.origin.column + 1)!
      try writer.chart(
        ChartSpec(
          kind: .column, title: labels["workbook.wellbeing.chart"],
          series: [
            .init(
              name: labels["workbook.wellbeing.chart_series"], sheet: writer.sheet.name,
              categories: categories, values: values, color: .green)
          ], valueAxisTitle: labels["workbook.wellbeing.chart_axis"],
          valueFormat: .decimal(places: 0),
          legend: .none),
        row: chartRow, column: 0)
    }
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
  }
}
