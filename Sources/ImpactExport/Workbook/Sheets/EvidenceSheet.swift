import ImpactAnalytics
import ImpactModel

/// Deeper evidence: where participants started against the population (with the population
/// figures and their sources), the ONS bands (with stacked bar charts), loneliness, change by
/// sessions attended (with a chart), who completed the after survey (with the verdict in
/// words), and the WELLBY value as low, central and high with its price year and adjustments.
enum EvidenceSheet {
  static func write(_ writer: SheetWriter, _ figures: Figures) throws(WorkbookError) {
    let period = figures.reporting
    let labels = figures.labels
    let table = figures.table
    let norms = figures.presentation.norms
    try writer.title(
      labels("workbook.evidence.title", ["period": period.label]),
      subtitle: labels["workbook.evidence.subtitle"])

    // Against the population.
    try writer.heading(labels["workbook.evidence.population"])
    let gaps = ReportTables.populationGaps.filter { table.row($0.indicator, in: period) != nil }
    try writer.table(
      "Evidence population",
      headers: [
        labels["heading.measure"], labels["heading.difference"], labels["workbook.low"],
        labels["workbook.high"], labels["workbook.wellbeing.p_value"],
        labels["workbook.wellbeing.effect_size"], labels["heading.responses"],
        labels["heading.population_figure"],
      ],
      rows: gaps.map { gap in
        let row = table.row(gap.indicator, in: period)
        return [
          .text(figures.name(of: gap.indicator)), figures.value(row),
          figures.part(row, row?.ciLow), figures.part(row, row?.ciHigh),
          figures.number(row, row?.pValue, .pValue),
          figures.number(row, row?.effectSize, .decimal(places: 2)), figures.people(row),
          .text(norms.figure(gap.measure), CellStyle(alignment: .right)),
        ]
      }, emptyNote: labels["workbook.evidence.no_population"])
    if !gaps.isEmpty {
      let sources = norms.sources(gaps.map(\.measure)) { PopulationNorms.scaleName($0, labels) }
      try writer.paragraph(
        labels("workbook.evidence.population_note", ["sources": sources]),
        style: SheetWriter.noteStyle)
      writer.skip()
    }

    // ONS bands.
    try writer.heading(labels["workbook.evidence.bands"])
    var anyBands = false
    for (measures, name, chartTitle) in [
      (ReportTables.onsPositive, "Evidence ONS bands", labels["workbook.evidence.bands_chart"]),
      (
        [FeedbackMeasure.onsAnxious], "Evidence ONS anxiety bands",
        labels["workbook.evidence.anxious_bands_chart"]
      ),
    ] {
      let bands = ONSBand.bands(for: measures[0])
      let shown = measures.filter { !table.groups(of: .band, for: .band($0), in: period).isEmpty }
      guard !shown.isEmpty else { continue }
      anyBands = true
      let headers = bands.map { labels[ReportTables.bandHeading($0, of: measures[0])] }
      let rows = shown.map { measure -> [SheetCell] in
        let cells = bands.map {
          table.row(.band(measure), in: period, groupBy: .band, group: Group($0.name))
        }
        let answers = cells.compactMap { $0 }.first { $0.suppressed == .no }?.denominator
        return [.text(figures.name(of: .mean(measure)))] + cells.map { figures.value($0) } + [
          answers.map { SheetCell.number($0, Figures.numberStyle.with(.whole)) }
            ?? .text(figures.suppressedText, Figures.hiddenStyle)
        ]
      }
      let block = try writer.table(
        name, headers: [labels["heading.measure"]] + headers + [labels["heading.answers"]],
        rows: rows)
      if let block {
        let colours: [Color] = [.vermilion, .orange, .skyBlue, .blue]
        let series = headers.indices.map { index in
          ChartSpec.Series(
            name: headers[index], sheet: writer.sheet.name, categories: block.column(0),
            values: block.column(index + 1),
            color: colours[measures[0] == .onsAnxious ? 3 - index : index])
        }
        try writer.chart(
          ChartSpec(
            kind: .stackedBar, title: chartTitle, series: series,
            valueFormat: .percent(places: 0), valueAxisMaximum: 1,
            heightScale: shown.count > 1 ? 1 : 0.8),
          row: writer.row, column: 0)
        writer.skip(shown.count > 1 ? 16 : 13)
      }
    }
    if !anyBands {
      try writer.paragraph(labels["workbook.evidence.no_bands"], style: SheetWriter.noteStyle)
      writer.skip()
    }

    // Loneliness.
    try writer.heading(labels["workbook.evidence.loneliness"])
    let stages = ["pre", "post", "single", Group.all.label].map { Group($0) }.filter {
      table.row(.lonelyOftenShare, in: period, groupBy: .stage, group: $0) != nil
        || table.row(.mean(.ucla), in: period, groupBy: .stage, group: $0) != nil
    }
    if !stages.isEmpty {
      try writer.paragraph(
        labels["workbook.evidence.loneliness_note"], style: SheetWriter.noteStyle)
    }
    try writer.table(
      "Evidence loneliness",
      headers: [
        figures.name(ofBreakdown: .stage), labels["heading.lonely_often"],
        labels["heading.answers"], labels["heading.ucla_mean"], labels["workbook.low"],
        labels["workbook.high"], labels["heading.responses"],
      ],
      rows: stages.map { stage in
        let lonely = table.row(.lonelyOftenShare, in: period, groupBy: .stage, group: stage)
        let ucla = table.row(.mean(.ucla), in: period, groupBy: .stage, group: stage)
        return [
          .text(
            stage == .all ? labels["word.everyone"] : figures.groupLabel(stage, by: .stage)),
          figures.value(lonely), figures.people(lonely), figures.value(ucla),
          figures.part(ucla, ucla?.ciLow), figures.part(ucla, ucla?.ciHigh), figures.people(ucla),
        ]
      }, emptyNote: labels["workbook.evidence.no_loneliness"])
    if let change = table.row(.change(.ucla), in: period) {
      try writer.table(
        "Evidence loneliness change",
        headers: [
          labels["workbook.evidence.loneliness_change"], labels["workbook.value"],
          labels["workbook.low"], labels["workbook.high"], labels["workbook.wellbeing.p_value"],
          labels["workbook.wellbeing.effect_size"], labels["heading.pairs"],
        ],
        rows: [
          [
            .text(figures.name(of: .change(.ucla))), figures.value(change),
            figures.part(change, change.ciLow), figures.part(change, change.ciHigh),
            figures.number(change, change.pValue, .pValue),
            figures.number(change, change.effectSize, .decimal(places: 2)),
            figures.people(change),
          ]
        ])
    }

    // Change by sessions attended, for each scale with pairs.
    let scales = [FeedbackMeasure.swemwbs, .wemwbs].filter {
      !table.groups(of: .sessionsAttended, for: .change($0), in: period).isEmpty
    }
    if scales.isEmpty {
      try writer.heading(
        labels("workbook.evidence.sessions", ["scale": labels["word.scale.swemwbs"]]))
      try writer.paragraph(labels["workbook.evidence.no_sessions"], style: SheetWriter.noteStyle)
      writer.skip()
    }
    for scale in scales {
      let scaleName = ["scale": labels["word.scale." + scale.rawValue]]
      try writer.heading(labels("workbook.evidence.sessions", scaleName))
      let columns = [
        figures.valueColumn(.pairs(scale), labels["heading.pairs"]),
        figures.valueColumn(.change(scale), labels["heading.mean_change"]),
        Figures.Column(header: labels["workbook.low"], indicator: .change(scale)) {
          $0.part($1, $1?.ciLow)
        },
        Figures.Column(header: labels["workbook.high"], indicator: .change(scale)) {
          $0.part($1, $1?.ciHigh)
        },
        figures.valueColumn(.improvedShare(scale), labels["workbook.wellbeing.improved"]),
        figures.valueColumn(.declinedShare(scale), labels["workbook.wellbeing.declined"]),
      ]
      let block = try writer.table(
        "Evidence sessions " + scale.rawValue,
        headers: [labels["heading.sessions_attended"]] + columns.map(\.header),
        rows: figures.breakdownRows(.sessionsAttended, columns: columns))
      if let block {
        try writer.chart(
          ChartSpec(
            kind: .column, title: labels("workbook.evidence.sessions_chart", scaleName),
            series: [
              .init(
                name: labels["heading.mean_change"], sheet: writer.sheet.name,
                categories: block.column(0), values: block.column(2), color: .green)
            ], categoryAxisTitle: labels["heading.sessions_attended"],
            valueAxisTitle: labels["workbook.evidence.sessions_axis"],
            valueFormat: .decimal(places: 1), legend: .none, valueAxisMinimum: nil),
          row: writer.row, column: 0)
        writer.skip(SheetWriter.chartRows + 1)
      }
    }

    // Who completed the after survey.
    try writer.heading(labels["workbook.evidence.completion"])
    let completion = [FeedbackMeasure.swemwbs, .wemwbs].flatMap {
      [IndicatorID.completionShare($0), .completionGap($0)]
    }.compactMap { table.row($0, in: period) }
    try writer.table(
      "Evidence completion",
      headers: [
        labels["heading.measure"], labels["workbook.value"], labels["workbook.low"],
        labels["workbook.high"], labels["workbook.wellbeing.p_value"], labels["heading.n"],
      ],
      rows: completion.map { row in
        [
          .text(figures.name(of: row.indicator)), figures.value(row),
          figures.part(row, row.ciLow), figures.part(row, row.ciHigh),
          figures.number(row, row.pValue, .pValue), figures.people(row),
        ]
      }, emptyNote: labels["workbook.evidence.no_completion"])
    for scale in [FeedbackMeasure.swemwbs, .wemwbs]
    where table.row(.completionShare(scale), in: period) != nil {
      let verdict = CompletionVerdict(table.row(.completionGap(scale), in: period))
      try writer.paragraph(
        labels["word.scale." + scale.rawValue] + ": " + verdict.sentence(labels),
        style: verdict == .leaversHigher ? CellStyle(bold: true) : SheetWriter.noteStyle)
    }
    writer.skip()

    // WELLBY, low to high.
    if let central = table.row(.wellbyValue, in: period) {
      try writer.heading(labels["workbook.evidence.wellby"])
      let symbol = figures.format.currencySymbol
      let values: [(String, IndicatorID, Double)] = [
        ("workbook.evidence.wellby_low", .wellbyValueLow, WellbeingSettings.wellbyLowValue),
        (
          "workbook.evidence.wellby_central", .wellbyValue,
          figures.context.configuration.wellbeing.wellbyValue
        ),
        ("workbook.evidence.wellby_high", .wellbyValueHigh, WellbeingSettings.wellbyHighValue),
      ]
      try writer.table(
        "Evidence WELLBY", headers: [labels["heading.measure"], labels["workbook.value"]],
        rows: values.map { key, id, perWellby in
          [
            .text(labels(key, ["value": UKNumber.money(perWellby, symbol: symbol)])),
            figures.value(id == .wellbyValue ? central : table.row(id, in: period)),
          ]
        })
      let settings = figures.context.configuration.wellbeing
      try writer.paragraph(
        labels(
          "workbook.evidence.wellby_note",
          [
            "year": String(settings.wellbyPriceYear),
            "index": UKNumber.decimal(settings.wellbyPriceIndex, places: 3),
            "adjustments": WellbyView.adjustments(settings, labels),
          ]), style: SheetWriter.noteStyle)
    }
    writer.fixWidth(0, 60)
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
  }
}
