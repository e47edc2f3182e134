import ImpactAnalytics

/// Wellbeing and feedback: SWEMWBS before and after (with a chart), the paired changes with
/// their intervals, p-values and effect sizes, the ONS measures, and feedback by programme.
enum WellbeingSheet {
  static let changes = [
    "swemwbs_pairs", "swemwbs_change", "swemwbs_improved_share", "swemwbs_declined_share",
    "wemwbs_pairs", "wemwbs_change", "wemwbs_improved_share", "wemwbs_declined_share",
    "ons_life_satisfaction_change", "wellby_value",
  ]
  static let measures = [
    "feedback_responses", "ons_life_satisfaction_mean", "ons_worthwhile_mean", "ons_happy_mean",
    "ons_anxious_mean", "ons_life_satisfaction_low_share", "ons_worthwhile_low_share",
    "ons_happy_low_share", "ons_anxious_high_share", "satisfied_share", "satisfaction_mean",
    "nps",
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
    let stages = ["pre", "post", "single"].compactMap { stage -> [SheetCell]? in
      let row = figures.table.row("swemwbs_mean", in: period, groupBy: "stage", group: stage)
      guard let row else { return nil }
      return [
        .text(figures.groupLabel(stage, by: "stage")), figures.value(row),
        figures.part(row, row.ciLow), figures.part(row, row.ciHigh), figures.people(row),
      ]
    }
    let stageBlock = try writer.table(
      "Wellbeing SWEMWBS stages",
      headers: ["Stage", "Mean metric score", "95% low", "95% high", "Responses"], rows: stages,
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
      headers: ["Measure", "Value", "95% low", "95% high", "p-value", "Effect size (d)", "Pairs"],
      rows: changeRows, emptyNote: "No before-and-after pairs in the period.")
    if figures.table.row("wellby_value", in: period) != nil {
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
      "Wellbeing measures", headers: ["Measure", "Value", "95% low", "95% high", "Answers"],
      rows: measureRows)

    try writer.heading("Pairs by programme")
    let pairColumns = [
      figures.valueColumn("swemwbs_pairs", "Pairs"),
      figures.valueColumn("swemwbs_change", "Mean change"),
      figures.valueColumn("swemwbs_improved_share", "Improved"),
      figures.valueColumn("swemwbs_declined_share", "Declined"),
    ]
    try writer.table(
      "Wellbeing pairs programme", headers: ["Programme"] + pairColumns.map(\.header),
      rows: figures.breakdownRows("programme", columns: pairColumns))

    try writer.heading("Feedback by programme")
    let feedbackColumns = [
      figures.valueColumn("feedback_responses", "Responses"),
      figures.valueColumn("satisfied_share", "Satisfied"),
      figures.valueColumn("satisfaction_mean", "Satisfaction (1–5)"),
      figures.valueColumn("nps", "NPS"),
      figures.valueColumn("ons_life_satisfaction_mean", "Life satisfaction (0–10)"),
    ]
    try writer.table(
      "Wellbeing feedback programme", headers: ["Programme"] + feedbackColumns.map(\.header),
      rows: figures.breakdownRows("programme", columns: feedbackColumns))

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
