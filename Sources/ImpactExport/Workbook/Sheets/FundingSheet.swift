import ImpactModel

/// Funding: income in the period by funder, type and programme, what it buys per person,
/// attendance and hour, applications pending and bid success, with a chart of income by
/// funder.
enum FundingSheet {
  static let headline: [IndicatorID] = [
    .income, .applicationsPending, .bidSuccessRate, .fundingPerParticipant,
    .fundingPerAttendance, .fundingPerHour,
  ]

  static func write(_ writer: SheetWriter, _ figures: Figures) throws(WorkbookError) {
    let period = figures.reporting
    let labels = figures.labels
    try writer.title(
      labels("workbook.funding.title", ["period": period.label]),
      subtitle: labels["workbook.funding.subtitle"])
    let chartRow = writer.row
    writer.skip(SheetWriter.chartRows + 1)

    try writer.heading(labels["workbook.funding.totals"])
    let totals = headline.compactMap { indicator -> [SheetCell]? in
      guard let row = figures.table.row(indicator, in: period) else { return nil }
      return [.text(figures.name(of: indicator)), figures.value(row)]
    }
    try writer.table(
      "Funding totals", headers: [labels["heading.measure"], labels["workbook.value"]],
      rows: totals)

    try writer.heading(labels["workbook.funding.by_funder"])
    let funderColumns =
      figures.columns(ReportTables.income) + [
        figures.valueColumn(.applicationsPending), figures.valueColumn(.bidSuccessRate),
      ]
    let funders = try writer.table(
      "Funding funder",
      headers: [labels["heading.funder"]] + funderColumns.map(\.header),
      rows: figures.breakdownRows(.funder, columns: funderColumns))

    try writer.heading(labels["workbook.funding.by_type"])
    try writer.table(
      "Funding type", headers: [labels["heading.type"], labels["heading.income"]],
      rows: figures.breakdownRows(.fundingType, columns: [figures.valueColumn(.income)]))

    try writer.heading(labels["workbook.funding.by_programme"])
    let programmeColumns = [
      figures.valueColumn(.income),
      figures.valueColumn(.fundingPerParticipant, labels["workbook.funding.per_participant"]),
      figures.valueColumn(.fundingPerAttendance, labels["workbook.funding.per_attendance"]),
      figures.valueColumn(.fundingPerHour, labels["workbook.funding.per_hour"]),
    ]
    try writer.table(
      "Funding programme",
      headers: [labels["heading.programme"]] + programmeColumns.map(\.header),
      rows: figures.breakdownRows(.programme, columns: programmeColumns))

    if let funders {
      let symbol = figures.context.configuration.currency.symbol
      try writer.chart(
        ChartSpec(
          kind: .bar, title: labels("caption.income_by_funder", ["period": period.label]),
          series: [
            .init(
              name: labels["heading.income"], sheet: writer.sheet.name,
              categories: funders.column(0), values: funders.column(1), color: .green)
          ], valueAxisTitle: labels("workbook.funding.chart_axis", ["symbol": symbol]),
          valueFormat: .currency(symbol: symbol, places: 0), legend: .none),
        row: chartRow, column: 0)
    }
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
  }
}
