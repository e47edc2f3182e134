import ImpactAnalytics

/// Indicators: the whole tidy table, cell for cell as `indicators.csv` (the same columns and
/// cells, from ``IndicatorColumns``), numbers as numbers and text as strings, for pivoting.
///
/// Written in constant-memory mode, row by row, so a very large table never sits in memory
/// twice; that mode allows no Excel table, so the header row gets filter buttons instead. Rows
/// beyond Excel's 1,048,576 are left out with a note in the last row.
enum IndicatorsSheet {
  /// Widths of the columns, in characters.
  static let widths: [String: Double] = [
    "period": 12, "period_start": 12, "period_end": 12, "indicator": 34, "group_by": 16,
    "group": 30, "unit": 9, "status": 9, "suppressed": 11,
  ]

  static func write(
    _ writer: SheetWriter, _ figures: Figures, rowLimit: Int = CellPosition.rowCount
  )
    throws(WorkbookError)
  {
    let names = IndicatorColumns.names
    let header = CellStyle(bold: true, fill: .lightGrey, bottomBorder: true)
    for (column, name) in names.enumerated() {
      writer.fixWidth(column, widths[name] ?? 13)
      try writer.write(.text(name, header), row: 0, column: column, measure: false)
    }
    let rows = figures.table.rows
    // One row for the header, one for the note when the rows do not fit.
    let fitting = rows.count + 1 <= rowLimit ? rows.count : rowLimit - 2
    // In constant-memory mode ranges must be set before the rows they cover are written.
    let filtered = CellRange(
      firstRow: 0, firstColumn: 0, lastRow: max(fitting, 1), lastColumn: names.count - 1)!
    try writer.sheet.addFilter(filtered)
    try writer.sheet.freezePanes(row: 1, column: 0)
    var cells = IndicatorCells()
    for (index, row) in rows.prefix(fitting).enumerated() {
      for (column, cell) in cells.cells(row).enumerated() {
        switch cell {
        case .text(let text, _):
          try writer.write(.text(text), row: index + 1, column: column, measure: false)
        case .number(let value):
          try writer.write(.number(value), row: index + 1, column: column, measure: false)
        case .empty:
          break
        }
      }
    }
    if fitting < rows.count {
      try writer.write(
        .text(
          figures.labels(
            "workbook.indicators.cut", ["shown": String(fitting), "total": String(rows.count)]),
          SheetWriter.noteStyle), row: fitting + 1, column: 0, measure: false)
    }
    try writer.finish(repeatRows: 0...0)
  }
}
