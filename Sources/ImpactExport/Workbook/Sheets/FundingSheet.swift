/// Funding: income in the period by funder, type and programme, what it buys per person,
/// attendance and hour, applications pending and bid success, with a chart of income by
/// funder.
enum FundingSheet {
  static let headline = [
    "income", "applications_pending", "bid_success_rate", "funding_per_participant",
    "funding_per_attendance", "funding_per_hour",
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
    try writer.table("Funding totals", headers: ["Measure", "Value"], rows: totals)

    try writer.heading("By funder")
    let funderColumns = [
      figures.valueColumn("income"), figures.valueColumn("applications_pending", "Pending"),
      figures.valueColumn("bid_success_rate", "Bid success"),
    ]
    let funders = try writer.table(
      "Funding funder", headers: ["Funder"] + funderColumns.map(\.header),
      rows: figures.breakdownRows("funder", columns: funderColumns))

    try writer.heading("By type")
    try writer.table(
      "Funding type", headers: ["Type", "Income"],
      rows: figures.breakdownRows("type", columns: [figures.valueColumn("income")]))

    try writer.heading("By programme")
    let programmeColumns = [
      figures.valueColumn("income"),
      figures.valueColumn("funding_per_participant", "Per participant"),
      figures.valueColumn("funding_per_attendance", "Per attendance"),
      figures.valueColumn("funding_per_hour", "Per hour"),
    ]
    try writer.table(
      "Funding programme", headers: ["Programme"] + programmeColumns.map(\.header),
      rows: figures.breakdownRows("programme", columns: programmeColumns))

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
