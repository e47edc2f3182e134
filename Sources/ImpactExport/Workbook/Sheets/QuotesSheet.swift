/// Quotes: the comments respondents agreed may be quoted, dated in the period.
enum QuotesSheet {
  static func write(_ writer: SheetWriter, _ figures: Figures) throws(WorkbookError) {
    let labels = figures.labels
    try writer.title(
      labels("workbook.quotes.title", ["period": figures.reporting.label]),
      subtitle: labels["workbook.quotes.subtitle"])
    let wrapped = CellStyle(wrap: true, verticalTop: true)
    let top = CellStyle(verticalTop: true)
    let rows = figures.table.quotes.map { quote -> [SheetCell] in
      [
        .text(quote.day.description, top), .text(quote.programme ?? "", top),
        .text(quote.text, wrapped),
      ]
    }
    try writer.table(
      "Quotes",
      headers: [
        labels["workbook.quotes.date"], labels["heading.programme"],
        labels["workbook.quotes.comment"],
      ], rows: rows, emptyNote: labels["workbook.quotes.empty"])
    writer.fixWidth(0, 12)
    writer.fixWidth(1, 28)
    writer.fixWidth(2, 100)
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
  }
}
