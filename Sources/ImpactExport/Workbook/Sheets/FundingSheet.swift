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
    try writer.title(
      "Funding, \(period.label)",
      subtitle: "Income is attributed to the period by the days of each award's span; "
        + "applications pending are as the data stands.")
    let chartRow = writer.row
    writer.skip(SheetWriter.chartRows + 1)

    try writer.heading("Totals")
    let totals = headline.compactMap { indicator -> [SheetCell]? in
      guard let row = figures.table.row(indicator, in: period) else { return nil }
      return [.text(figures.name(of: indicator)), figures.value(row)]
    }
    try writer.table(
      "Funding totals", headers: [figures.labels["heading.measure"], "Value"], rows: totals)

    try writer.heading("By funder")
    let funderColumns =
      figures.columns(ReportTables.income) + [
        figures.valueColumn(.applicationsPending), figures.valueColumn(.bidSuccessRate),
      ]
    let funders = try writer.table(
      "Funding funder",
      headers: [figures.labels["heading.funder"]] + funderColumns.map(\.header),
      rows: figures.breakdownRows(.funder, columns: funderColumns))

    try writer.heading("By type")
    try writer.table(
      "Funding type", headers: ["Type", "Income"],
      rows: figures.breakdownRows(.fundingType, columns: [figures.valueColumn(.income)]))

    try writer.heading("By programme")
    let programmeColumns = [
      figures.valueColumn(.income),
      figures.valueColumn(.fundingPerParticipant, "Per participant"),
      figures.valueColumn(.fundingPerAttendance, "Per attendance"),
      figures.valueColumn(.fundingPerHour, "Per hour"),
    ]
    try writer.table(
      "Funding programme",
      headers: [figures.labels["heading.programme"]] + programmeColumns.map(\.header),
      rows: figures.breakdownRows(.programme, columns: programmeColumns))

    if let funders {
      let symbol = figures.context.configuration.currency.symbol
      try writer.chart(
        ChartSpec(
          kind: .bar, title: "Income by funder, \(period.label)",
          series: [
            .init(
              name: "Income", sheet: writer.sheet.name, categories: funders.column(0),
              values: funders.column(1), color: .green)
          ], valueAxisTitle: "Income (\(symbol))",
          valueFormat: .currency(symbol: symbol, places: 0), legend: .none),
        row: chartRow, column: 0)
    }
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
  }
}
