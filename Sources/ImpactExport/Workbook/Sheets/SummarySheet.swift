import ImpactAnalytics
import ImpactModel

/// The Summary: who and when, the headline figures beside their comparison periods with the
/// target status coloured, and two charts (participants by programme, the quarterly trend).
enum SummarySheet {
  /// The headline indicators, in the order shown; any other indicator with a target in the
  /// period follows them.
  static let headlines = ReportTables.headlines

  static func write(_ writer: SheetWriter, _ figures: Figures) throws(WorkbookError) {
    let context = figures.context
    let labels = figures.labels
    let periods = figures.table.periods
    try writer.title(
      labels("workbook.summary.title", ["organisation": context.organisation]),
      subtitle: labels(
        "workbook.summary.subtitle",
        [
          "period": figures.describe(periods.reporting), "generated_at": context.generatedAt,
          "version": context.toolVersion,
        ]))
    if figures.table.minCount > 0 {
      try writer.paragraph(
        labels(
          "workbook.summary.suppression",
          ["min_count": String(figures.table.minCount), "suppressed": figures.suppressedText]),
        style: SheetWriter.noteStyle)
      writer.skip()
    }

    try writer.heading(labels["workbook.summary.headlines"])
    let indicators = headlineIndicators(figures)
    let headers = [
      labels["heading.figure"], periods.reporting.label,
      labels("workbook.summary.previous_quarter", ["period": periods.previousQuarter.label]),
      labels["workbook.summary.change_on_quarter"],
      labels(
        "workbook.summary.same_period_last_year", ["period": periods.samePeriodLastYear.label]),
      labels["workbook.summary.change_on_year"],
      labels("workbook.summary.year_to_date", ["period": periods.yearToDate.label]),
      labels["heading.target"], labels["heading.status"],
    ]
    let rows = indicators.map { indicator -> [SheetCell] in
      let headline = figures.table.headline(indicator)
      return [
        .text(figures.name(of: indicator)), figures.value(headline.current),
        figures.value(headline.previousQuarter),
        change(headline.changeFromPreviousQuarter, headline, figures),
        figures.value(headline.samePeriodLastYear),
        change(headline.changeFromLastYear, headline, figures),
        figures.value(headline.yearToDate),
        figures.part(headline.current, headline.current?.target),
        figures.status(headline.current),
      ]
    }
    if let block = try writer.table("Headlines", headers: headers, rows: rows) {
      let status = block.column(8)
      try writer.sheet.highlight(
        status, equalTo: figures.labels["word.met"],
        style: CellStyle(bold: true, fontColor: .metText, fill: .metFill, alignment: .center))
      try writer.sheet.highlight(
        status, equalTo: figures.labels["word.not_met"],
        style: CellStyle(
          bold: true, fontColor: .notMetText, fill: .notMetFill, alignment: .center))
      for (index, indicator) in indicators.enumerated() {
        guard let name = DefinedName.derived(prefix: "Headline", from: indicator.rawValue) else {
          continue
        }
        try writer.workbook.defineName(
          name, sheet: writer.sheet.name, cell: block.cell(row: index, column: 1))
      }
    }
    try programmeChart(writer, figures)
    try trendChart(writer, figures)
    try writer.sheet.activate()
    try writer.finish()
  }

  static func headlineIndicators(_ figures: Figures) -> [IndicatorID] {
    let reporting = figures.reporting
    var shown = headlines.filter { figures.table.row($0, in: reporting) != nil }
    for row in figures.table.rows
    where row.period == reporting && row.groupBy == .all && row.target != nil
      && !shown.contains(row.indicator)
    {
      shown.append(row.indicator)
    }
    return shown
  }

  /// A change as shown: relative for counts and money, in points for shares, as a
  /// difference for scores.
  static func change(_ change: Change?, _ headline: Headline, _ figures: Figures) -> SheetCell {
    guard let change, let unit = headline.current?.unit else { return .empty }
    let style = Figures.numberStyle
    switch unit {
    case .share:
      return .number(change.difference * 100, style.with(.signedPoints))
    case .mean, .score:
      let places = FigureStyle.of(headline.indicator, unit: unit).places(for: change.difference)
      return .number(change.difference, style.with(.signedDecimal(places: places)))
    default:
      guard let relative = change.relative else { return .empty }
      return .number(relative, style.with(.signedPercent))
    }
  }

  static func programmeChart(_ writer: SheetWriter, _ figures: Figures) throws(WorkbookError) {
    try writer.heading(figures.labels["workbook.summary.programmes"])
    let top = writer.row
    let rows = figures.breakdownRows(
      .programme, columns: [figures.valueColumn(.uniqueParticipants)])
    let block = try writer.table(
      "Summary programmes",
      headers: [figures.name(ofBreakdown: .programme), figures.name(of: .uniqueParticipants)],
      rows: rows)
    if let block {
      try writer.chart(
        ChartSpec(
          kind: .bar,
          title: figures.labels(
            "workbook.summary.programme_chart", ["period": figures.reporting.label]),
          series: [
            .init(
              name: figures.name(of: .uniqueParticipants), sheet: writer.sheet.name,
              categories: block.column(0), values: block.column(1), color: .blue)
          ], valueAxisTitle: figures.labels["heading.people"], valueFormat: .whole,
          legend: .none),
        row: top, column: 3)
    }
    writer.row = max(writer.row, top + SheetWriter.chartRows + 1)
  }

  static func trendChart(_ writer: SheetWriter, _ figures: Figures) throws(WorkbookError) {
    try writer.heading(figures.labels["workbook.summary.trend"])
    let top = writer.row
    let quarters = figures.table.periods.trend
    let rows = quarters.map { quarter -> [SheetCell] in
      [
        .text(quarter.label),
        figures.value(figures.table.row(.uniqueParticipants, in: quarter)),
        figures.value(figures.table.row(.attendances, in: quarter)),
      ]
    }
    let block = try writer.table(
      "Summary trend",
      headers: [
        figures.labels["workbook.quarter"], figures.name(of: .uniqueParticipants),
        figures.name(of: .attendances),
      ],
      rows: rows)
    if let block {
      try writer.chart(
        ChartSpec(
          kind: .line, title: figures.labels["workbook.summary.trend_chart"],
          series: [
            .init(
              name: figures.name(of: .uniqueParticipants), sheet: writer.sheet.name,
              categories: block.column(0), values: block.column(1), color: .blue),
            .init(
              name: figures.name(of: .attendances), sheet: writer.sheet.name,
              categories: block.column(0),
              values: block.column(2), color: .orange),
          ], valueAxisTitle: figures.labels["workbook.number"], valueFormat: .whole),
        row: top, column: 3)
    }
    writer.row = max(writer.row, top + SheetWriter.chartRows + 1)
  }
}
