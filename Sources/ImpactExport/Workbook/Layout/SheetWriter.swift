/// A cell as the sheets describe it: text, a number, or nothing, each with a style.
enum SheetCell {
  case text(String, CellStyle = .plain)
  case number(Double, CellStyle = .plain)
  case empty
}

/// Where a table landed: its header row and data rows, for charts and names that read it.
struct TableBlock {
  /// The header row's first cell.
  let origin: CellPosition
  /// Data rows below the header.
  let rowCount: Int

  /// The data cells of a column of the table (0 = the first column).
  func column(_ index: Int) -> CellRange {
    CellRange(
      firstRow: origin.row + 1, firstColumn: origin.column + index,
      lastRow: origin.row + rowCount, lastColumn: origin.column + index)!
  }

  /// The cell of a data row (0-based) and column.
  func cell(row: Int, column: Int) -> CellPosition {
    CellPosition(row: origin.row + 1 + row, column: origin.column + column)!
  }
}

/// Lays out a readable page from the top down: titles, paragraphs, tables and charts, with
/// column widths fitted to what the tables hold and the page set up for printing.
final class SheetWriter {
  let sheet: XlsxWorksheet
  let workbook: XlsxWorkbook
  /// What a table with no rows shows, unless it gives its own note.
  let emptyNote: String
  /// The printed page's footer, in Excel's header and footer codes.
  let footer: String
  /// The next free row.
  var row = 0
  /// Texts cut to Excel's cell limit on this sheet.
  private(set) var cutTexts = 0
  private var widths: [Int: Double] = [:]
  private var fixedWidths: [Int: Double] = [:]
  private var wrapped: [(row: Int, column: Int, text: String)] = []

  static let titleStyle = CellStyle(bold: true, fontSize: 16, fontColor: .darkGrey)
  static let headingStyle = CellStyle(bold: true, fontSize: 13, fontColor: .blue)
  static let noteStyle = CellStyle(italic: true, fontColor: .midGrey)

  init(sheet: XlsxWorksheet, workbook: XlsxWorkbook, emptyNote: String, footer: String) {
    self.sheet = sheet
    self.workbook = workbook
    self.emptyNote = emptyNote
    self.footer = footer
  }

  /// The cell at a row and column, or a layout error when it is off the grid.
  func position(_ row: Int, _ column: Int) throws(WorkbookError) -> CellPosition {
    guard let cell = CellPosition(row: row, column: column) else {
      throw workbook.calls.invalid("a cell of `\(sheet.name)` lies beyond Excel's grid")
    }
    return cell
  }

  /// Writes a cell; `measure` lets it widen its column.
  func write(_ cell: SheetCell, row: Int, column: Int, measure: Bool = true)
    throws(WorkbookError)
  {
    let at = try position(row, column)
    switch cell {
    case .text(let text, let style):
      if try sheet.writeText(text, at: at, style: style) { cutTexts += 1 }
      if measure { widen(column, to: Double(min(text.count, 80))) }
      if style.wrap { wrapped.append((row, column, text)) }
    case .number(let value, let style):
      try sheet.writeNumber(value, at: at, style: style)
      if measure { widen(column, to: Self.width(of: value, style.numberFormat)) }
    case .empty:
      break
    }
  }

  /// Fixes a column's width, overriding what its cells would ask for.
  func fixWidth(_ column: Int, _ width: Double) { fixedWidths[column] = width }

  private func widen(_ column: Int, to width: Double) {
    widths[column] = max(widths[column] ?? 0, width)
  }

  /// The sheet's title and a line under it.
  func title(_ text: String, subtitle: String? = nil) throws(WorkbookError) {
    try write(.text(text, Self.titleStyle), row: row, column: 0, measure: false)
    try sheet.setRowHeight(row, 22)
    row += 1
    if let subtitle {
      try write(.text(subtitle, Self.noteStyle), row: row, column: 0, measure: false)
      row += 1
    }
    row += 1
  }

  /// A section heading.
  func heading(_ text: String) throws(WorkbookError) {
    try write(.text(text, Self.headingStyle), row: row, column: 0, measure: false)
    row += 1
  }

  /// A line of text that may run across the empty cells to its right.
  func paragraph(_ text: String, style: CellStyle = .plain) throws(WorkbookError) {
    try write(.text(text, style), row: row, column: 0, measure: false)
    row += 1
  }

  /// Leaves rows empty.
  func skip(_ rows: Int = 1) { row += rows }

  /// Writes an Excel table at the current row (or `emptyNote`, or the writer's, when it has
  /// no rows) and moves below it.
  @discardableResult
  func table(
    _ name: String, headers: [String], rows: [[SheetCell]], column: Int = 0,
    emptyNote: String? = nil
  ) throws(WorkbookError) -> TableBlock? {
    guard !rows.isEmpty else {
      try paragraph(emptyNote ?? self.emptyNote, style: Self.noteStyle)
      skip()
      return nil
    }
    guard let tableName = DefinedName.derived(prefix: "T", from: name) else {
      throw workbook.calls.invalid("`\(name)` cannot name a table")
    }
    let origin = try position(row, column)
    // Headers of number columns sit right, over their numbers (judged by the column's first
    // cell that is not empty; unless the numbers sit left).
    let headerStyles = headers.indices.map { index -> CellStyle in
      var style = CellStyle(bold: true, wrap: true, bottomBorder: true)
      let first = rows.lazy.compactMap { row -> SheetCell? in
        if case .empty? = row[safe: index] { return nil }
        return row[safe: index]
      }.first
      switch first {
      case .number(_, let cellStyle)? where cellStyle.alignment != .left: style.alignment = .right
      case .text(_, let cellStyle)? where cellStyle.alignment == .right: style.alignment = .right
      default: break
      }
      return style
    }
    try sheet.addTable(
      TableSpec(
        name: tableName, headers: headers, headerStyles: headerStyles, origin: origin,
        dataRowCount: rows.count))
    for (offset, header) in headers.enumerated() {
      widen(column + offset, to: Double(header.count) + 3)
    }
    for (index, cells) in rows.enumerated() {
      for (offset, cell) in cells.enumerated() {
        try write(cell, row: row + 1 + index, column: column + offset)
      }
    }
    let block = TableBlock(origin: origin, rowCount: rows.count)
    row += rows.count + 2
    return block
  }

  /// Places a chart with its top-left corner at a cell.
  func chart(_ spec: ChartSpec, row: Int, column: Int) throws(WorkbookError) {
    try workbook.insertChart(spec, on: sheet, at: position(row, column))
  }

  /// Rows a chart of `ChartSpec`'s default size covers.
  static let chartRows = 19

  /// Sets the column widths, the heights of rows with wrapped text (readers do not always
  /// fit them), and the printed page.
  func finish(repeatRows: ClosedRange<Int>? = nil) throws(WorkbookError) {
    let columns = Set(widths.keys).union(fixedWidths.keys).sorted()
    var finalWidths: [Int: Double] = [:]
    for column in columns {
      let width = fixedWidths[column] ?? min(max((widths[column] ?? 8) + 1, 9), 60)
      finalWidths[column] = width
      try sheet.setColumnWidth(column, width)
    }
    var lines: [Int: Int] = [:]
    for cell in wrapped {
      let width = max(Int(finalWidths[cell.column] ?? 8.43) - 1, 1)
      let count = cell.text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) {
        $0 + max(1, ($1.count + width - 1) / width)
      }
      lines[cell.row] = max(lines[cell.row] ?? 1, count)
    }
    for (row, count) in lines.sorted(by: { $0.key < $1.key }) where count > 1 {
      try sheet.setRowHeight(row, min(Double(count) * 15, 409))
    }
    try sheet.setUpPage(footer: footer, repeatRows: repeatRows)
  }

  /// About how many characters a number takes in a format.
  static func width(of value: Double, _ format: NumberFormat?) -> Double {
    let digits = Double(String(Int64(min(abs(value), 1e15))).count)
    let grouped = digits + (digits - 1) / 3
    switch format {
    case .percent?, .signedPercent?, .signedPoints?, .pValue?: return 9
    case .currency(_, let places)?: return grouped + 2 + Double(places)
    case .decimal(let places)?, .signedDecimal(let places)?:
      return grouped + 2 + Double(places)
    case .isoDate?: return 11
    case .whole?: return grouped + 1
    case nil: return min(Double("\(value)".count), 20)
    }
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
