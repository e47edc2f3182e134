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
    try writer.title(
      "Wellbeing and feedback, \(period.label)",
      subtitle: "Changes compare each person's latest after score in the period with their "
        + "before score; intervals are 95%. A change is an association, not proof of cause.")
    let chartRow = writer.row
    writer.skip(SheetWriter.chartRows + 1)

    try writer.heading("SWEMWBS by stage")
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
        figures.name(ofBreakdown: .stage), "Mean metric score", "95% low", "95% high", "Responses",
      ], rows: stages,
      emptyNote: "No SWEMWBS responses in the period.")

    try writer.heading("Change between before and after")
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
        figures.labels["heading.measure"], "Value", "95% low", "95% high", "p-value",
        "Effect size (d)", "Pairs",
      ],
      rows: changeRows, emptyNote: "No before-and-after pairs in the period.")
    if figures.table.row(.wellbyValue, in: period) != nil {
      try writer.paragraph(WellbyNote.text, style: SheetWriter.noteStyle)
      writer.skip()
    }

    try writer.heading("Wellbeing and satisfaction measures")
    let measureRows = measures.compactMap { indicator -> [SheetCell]? in
      guard let row = figures.table.row(indicator, in: period) else { return nil }
      return [
        .text(figures.name(of: indicator)), figures.value(row), figures.part(row, row.ciLow),
        figures.part(row, row.ciHigh), figures.people(row),
      ]
    }
    try writer.table(
      "Wellbeing measures",
      headers: [figures.labels["heading.measure"], "Value", "95% low", "95% high", "Answers"],
      rows: measureRows)

    try writer.heading("Pairs by programme")
    let pairColumns = [
      figures.valueColumn(.pairs(.swemwbs), "Pairs"),
      figures.valueColumn(.change(.swemwbs), "Mean change"),
      figures.valueColumn(.improvedShare(.swemwbs), "Improved"),
      figures.valueColumn(.declinedShare(.swemwbs), "Declined"),
    ]
    try writer.table(
      "Wellbeing pairs programme",
      headers: [figures.labels["heading.programme"]] + pairColumns.map(\.header),
      rows: figures.breakdownRows(.programme, columns: pairColumns))

    try writer.heading("Feedback by programme")
    let feedbackColumns = [
      figures.valueColumn(.feedbackResponses, "Responses"),
      figures.valueColumn(.satisfiedShare, "Satisfied"),
      figures.valueColumn(.mean(.satisfaction), "Satisfaction (1–5)"),
      figures.valueColumn(.nps, "NPS"),
      figures.valueColumn(.mean(.onsLifeSatisfaction), "Life satisfaction (0–10)"),
    ]
    try writer.table(
      "Wellbeing feedback programme",
      headers: [figures.labels["heading.programme"]] + feedbackColumns.map(\.header),
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
          kind: .column, title: "SWEMWBS before and after (mean metric score)",
          series: [
            .init(
              name: "Mean score", sheet: writer.sheet.name, categories: categories,
              values: values, color: .green)
          ], valueAxisTitle: "Metric score (7–35)", valueFormat: .decimal(places: 0),
          legend: .none),
        row: chartRow, column: 0)
    }
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
  }
}

/// The caveat every output that shows the WELLBY value carries (INDICATORS.md).
enum WellbyNote {
  static let text =
    "The WELLBY value is indicative: it assumes the change in life satisfaction lasts one year "
    + "and deducts nothing for what would have happened anyway."
}
