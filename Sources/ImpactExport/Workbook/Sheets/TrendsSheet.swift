import ImpactModel

/// Trends: every quarter in the data for the headline indicators, with a line chart.
enum TrendsSheet {
  static let indicators: [IndicatorID] = [
    .uniqueParticipants, .newParticipants, .attendances, .sessions, .participantHours,
    .retainedShare, .priorityShareAny, .feedbackResponses, .change(.swemwbs),
    .satisfiedShare, .income,
  ]

  static func write(_ writer: SheetWriter, _ figures: Figures) throws(WorkbookError) {
    let labels = figures.labels
    try writer.title(
      labels["workbook.trends.title"],
      subtitle: labels("workbook.trends.subtitle", ["period": figures.reporting.label]))
    let chartRow = writer.row
    writer.skip(SheetWriter.chartRows + 1)
    let quarters = figures.table.periods.trend
    let shown = indicators.filter { indicator in
      quarters.contains { figures.table.row(indicator, in: $0) != nil }
    }
    let rows = quarters.map { quarter -> [SheetCell] in
      [.text(quarter.label)]
        + shown.map { figures.value(figures.table.row($0, in: quarter)) }
    }
    let block = try writer.table(
      "Trends", headers: [labels["workbook.quarter"]] + shown.map { figures.name(of: $0) },
      rows: rows, emptyNote: labels["workbook.trends.empty"])
    if let block {
      let plotted: [IndicatorID] = [.uniqueParticipants, .newParticipants, .attendances]
      let series = plotted.enumerated().compactMap { index, indicator -> ChartSpec.Series? in
        guard let column = shown.firstIndex(of: indicator) else { return nil }
        return .init(
          name: figures.name(of: indicator), sheet: writer.sheet.name,
          categories: block.column(0), values: block.column(column + 1),
          color: Color.series[index])
      }
      if !series.isEmpty {
        try writer.chart(
          ChartSpec(
            kind: .line, title: labels["workbook.trends.chart"], series: series,
            categoryAxisTitle: labels["workbook.quarter"],
            valueAxisTitle: labels["workbook.number"], valueFormat: .whole),
          row: chartRow, column: 0)
      }
    }
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
  }
}
