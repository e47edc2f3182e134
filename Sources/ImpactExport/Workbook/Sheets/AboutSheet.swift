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
    try writer.title("About these figures")
    let label = CellStyle(bold: true, verticalTop: true)
    let text = CellStyle(wrap: true, verticalTop: true)
    var facts: [(String, String)] = [
      ("Organisation", context.organisation),
      ("Reporting period", figures.describe(figures.reporting)),
      ("Generated at", context.generatedAt),
      ("Made with", "impact \(context.toolVersion)"),
      ("Small numbers", suppressionRule(figures.table.minCount)),
      ("Numbers", numbersNote(figures)),
      (
        "Data quality",
        "The Data quality sheet gives counts only. The rows behind them, with "
          + "their values, are in data-quality.csv, which is for the data's owner and is not "
          + "meant to travel with this workbook."
      ),
    ]
    if figures.table.rows.contains(where: { $0.indicator == .wellbyValue }) {
      facts.append(("WELLBY value", WellbyNote.text))
    }
    facts.append(
      (
        "Wellbeing scales",
        "SWEMWBS and WEMWBS (the Short and the full Warwick-Edinburgh Mental "
          + "Wellbeing Scales) are © University of Warwick, all rights reserved. SWEMWBS totals "
          + "are converted to metric scores with the published conversion table."
      ))
    for note in limitNotes { facts.append(("Excel's limits", note)) }
    for (name, value) in facts {
      try writer.write(.text(name, label), row: writer.row, column: 0, measure: false)
      try writer.write(.text(value, text), row: writer.row, column: 1, measure: false)
      writer.row += 1
    }
    writer.skip()

    try writer.heading("Definitions of the indicators shown")
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
      "About definitions", headers: ["Indicator", "Definition", "Shown as", "Theme", "Unit"],
      rows: rows)
    writer.fixWidth(0, 34)
    writer.fixWidth(1, 100)
    writer.fixWidth(2, 52)
    writer.fixWidth(3, 22)
    writer.fixWidth(4, 10)
    try writer.finish()
  }

  static func suppressionRule(_ k: Int) -> String {
    guard k > 0 else {
      return "Small-number suppression is turned off (suppression.min_count is 0): every "
        + "figure is shown, however few people it rests on."
    }
    return "A figure resting on fewer than \(k) people (but more than none) is hidden and shown "
      + "as <\(k), so that no one can be identified; its interval, p-value and count are hidden "
      + "with it. Where a breakdown of people by a personal characteristic or priority group "
      + "hides exactly one group, the next smallest group is hidden too, so the hidden figure "
      + "cannot be worked out from the total. Figures that rest on these are hidden with them."
  }

  static func numbersNote(_ figures: Figures) -> String {
    let currency = figures.context.configuration.currency
    return "Shares are shown as percentages, money in \(currency.rawValue) (\(currency.symbol)). "
      + "A dash (–) marks a figure that is undefined, such as a rate over zero; an empty cell "
      + "means there is no such figure. Changes in shares are in percentage points (pts). "
      + "The Indicators sheet holds every figure unrounded, exactly as indicators.csv."
  }
}
