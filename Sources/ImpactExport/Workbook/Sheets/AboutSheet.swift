import ImpactAnalytics
import ImpactModel

/// About: where the figures come from, the suppression rule, the WELLBY caveat when the value
/// is shown, the wellbeing scales' copyright, any Excel limit met, and the definition of every
/// indicator shown.
enum AboutSheet {
  static func write(_ writer: SheetWriter, _ figures: Figures, limitNotes: [String])
    throws(WorkbookError)
  {
    let context = figures.context
    let labels = figures.labels
    try writer.title(labels["workbook.about.title"])
    let label = CellStyle(bold: true, verticalTop: true)
    let text = CellStyle(wrap: true, verticalTop: true)
    var facts: [(String, String)] = [
      (labels["workbook.about.organisation"], context.organisation),
      (labels["workbook.about.reporting_period"], figures.describe(figures.reporting)),
      (labels["workbook.about.generated_at"], context.generatedAt),
      (
        labels["workbook.about.made_with"],
        labels("workbook.tool", ["version": context.toolVersion])
      ),
      (labels["workbook.about.small_numbers"], suppressionRule(figures)),
      (labels["workbook.about.numbers"], numbersNote(figures)),
      (labels["workbook.about.data_quality"], labels["workbook.about.data_quality_note"]),
    ]
    if figures.table.rows.contains(where: { $0.indicator == .wellbyValue }) {
      facts.append((labels["workbook.about.wellby"], labels["workbook.wellby_note"]))
    }
    facts.append((labels["workbook.about.scales"], labels["workbook.about.scales_note"]))
    let wellbeing = context.configuration.wellbeing
    facts.append(
      (
        labels["workbook.about.meaningful_change"],
        labels(
          "workbook.about.meaningful_change_note",
          [
            "swemwbs": points(wellbeing.swemwbsMeaningfulChange),
            "wemwbs": points(wellbeing.wemwbsMeaningfulChange),
          ])
      ))
    facts.append((labels["workbook.about.norms"], normsNote(figures)))
    for note in limitNotes { facts.append((labels["workbook.about.limits"], note)) }
    for (name, value) in facts {
      try writer.write(.text(name, label), row: writer.row, column: 0, measure: false)
      try writer.write(.text(value, text), row: writer.row, column: 1, measure: false)
      writer.row += 1
    }
    writer.skip()

    try writer.heading(labels["workbook.about.definitions"])
    var seen: Set<IndicatorID> = []
    var shown: [IndicatorID] = []
    for row in figures.table.rows where seen.insert(row.indicator).inserted {
      shown.append(row.indicator)
    }
    let order = Dictionary(
      IndicatorCatalogue.all.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    func position(_ id: IndicatorID) -> Int {
      IndicatorCatalogue.definition(of: id).flatMap { order[$0.id] } ?? Int.max
    }
    shown.sort { a, b in
      let (left, right) = (position(a), position(b))
      if left != right { return left < right }
      return a < b
    }
    let rows = shown.map { id -> [SheetCell] in
      let definition = IndicatorCatalogue.definition(of: id)
      return [
        .text(id.rawValue, CellStyle(verticalTop: true)), .text(definition?.definition ?? "", text),
        .text(figures.name(of: id), CellStyle(verticalTop: true)),
        .text(definition?.theme.rawValue ?? "", CellStyle(verticalTop: true)),
        .text(definition?.unit.rawValue ?? "", CellStyle(verticalTop: true)),
      ]
    }
    try writer.table(
      "About definitions",
      headers: [
        labels["workbook.about.indicator"], labels["workbook.about.definition"],
        labels["workbook.about.shown_as"], labels["workbook.about.theme"],
        labels["workbook.about.unit"],
      ], rows: rows)
    writer.fixWidth(0, 34)
    writer.fixWidth(1, 100)
    writer.fixWidth(2, 52)
    writer.fixWidth(3, 22)
    writer.fixWidth(4, 10)
    try writer.finish()
  }

  /// The small-number rule in words, or that it is turned off, and the rounding when on.
  static func suppressionRule(_ figures: Figures) -> String {
    let k = figures.table.minCount
    let rule =
      k > 0
      ? figures.labels(
        "workbook.about.suppression",
        ["min_count": String(k), "suppressed": figures.suppressedText])
      : figures.labels["workbook.about.suppression_off"]
    let roundTo = figures.context.configuration.suppressionRoundTo
    guard roundTo > 1 else { return rule }
    return rule + " "
      + figures.labels("workbook.about.rounding", ["round_to": String(roundTo)])
  }

  /// A threshold in points: `3`, `2.5`.
  static func points(_ value: Double) -> String {
    UKNumber.decimal(value, places: value.rounded() == value ? 0 : 1)
  }

  /// The population figures compared with, each with its source, or that there are none.
  static func normsNote(_ figures: Figures) -> String {
    let norms = figures.presentation.norms
    guard !norms.measures.isEmpty else { return figures.labels["workbook.about.norms_off"] }
    let list = norms.measures.map { measure in
      let name =
        measure == .swemwbs || measure == .wemwbs
        ? PopulationNorms.scaleName(measure, figures.labels) : figures.name(of: .mean(measure))
      return "\(name) \(norms.figure(measure)) (\(norms.source(measure)))"
    }
    return figures.labels("workbook.about.norms_note", ["norms": list.joined(separator: "; ")])
  }

  /// How shares, money, dashes and empty cells are to be read.
  static func numbersNote(_ figures: Figures) -> String {
    let currency = figures.context.configuration.currency
    return figures.labels(
      "workbook.about.numbers_note", ["currency": currency.rawValue, "symbol": currency.symbol])
  }
}
