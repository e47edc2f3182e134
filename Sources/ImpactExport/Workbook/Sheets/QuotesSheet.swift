/// Quotes: the comments respondents agreed may be quoted, dated in the period.
enum QuotesSheet {
  static func write(_ writer: SheetWriter, _ figures: Figures) throws(WorkbookError) {
    try writer.title(
      "What participants said, \(figures.reporting.label)",
      subtitle: "Only comments whose authors agreed to be quoted, as written.")
    let wrapped = CellStyle(wrap: true, verticalTop: true)
    let top = CellStyle(verticalTop: true)
    let rows = figures.table.quotes.map { quote -> [SheetCell] in
      [
        .text(quote.day.description, top), .text(quote.programme ?? "", top),
        .text(quote.text, wrapped),
      ]
    }
    try writer.table(
      "Quotes", headers: ["Date", figures.labels["heading.programme"], "Comment"], rows: rows,
      emptyNote: "No consented comments in the period.")
    writer.fixWidth(0, 12)
    writer.fixWidth(1, 28)
    writer.fixWidth(2, 100)
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
  }
}
