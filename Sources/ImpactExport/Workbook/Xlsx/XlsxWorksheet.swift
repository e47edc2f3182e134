import CXlsxWriter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A sheet of an ``XlsxWorkbook``: cells, column widths, tables, filters, conditional formats,
/// frozen panes and page setup, each checked before it reaches the C library.
final class XlsxWorksheet {
  /// The sheet's name.
  let name: SheetName
  /// Whether only the current row is kept in memory (rows must come in order; no tables).
  let constantMemory: Bool
  private let sheet: UnsafeMutablePointer<lxw_worksheet>
  private unowned let workbook: XlsxWorkbook
  private var currentRow = 0
  private var tables: [CellRange] = []

  init(
    _ sheet: UnsafeMutablePointer<lxw_worksheet>, name: SheetName, constantMemory: Bool,
    workbook: XlsxWorkbook
  ) {
    self.sheet = sheet
    self.name = name
    self.constantMemory = constantMemory
    self.workbook = workbook
  }

  private var calls: XlsxCalls { workbook.calls }

  /// In a constant-memory sheet a row before the current one has already been written out;
  /// libxlsxwriter would drop the cell silently, so it is refused here.
  private func reach(_ cell: CellPosition, move: Bool = true) throws(WorkbookError) {
    guard constantMemory else { return }
    guard cell.row >= currentRow else {
      throw calls.invalid("row \(cell.row + 1) of `\(name)` was written after a later row")
    }
    if move { currentRow = cell.row }
  }

  /// Writes text as a string (never a formula), escaped and cut to Excel's limit. Returns
  /// whether the text had to be cut.
  @discardableResult
  func writeText(_ text: String, at cell: CellPosition, style: CellStyle = .plain)
    throws(WorkbookError) -> Bool
  {
    try reach(cell)
    let prepared = ExcelText.cell(text, cutNote: workbook.cutNote)
    let format = try workbook.format(style)
    if prepared.escaped.isEmpty {
      if format != nil { try writeBlank(at: cell, style: style) }
      return false
    }
    try calls.check(.writeText) {
      worksheet_write_string(
        sheet, UInt32(cell.row), UInt16(cell.column), prepared.escaped, format)
    }
    return prepared.wasCut
  }

  /// Writes a number. NaN and infinity have no form in a workbook (libxlsxwriter 1.1.4 would
  /// write them and corrupt the file), so they are refused.
  func writeNumber(_ value: Double, at cell: CellPosition, style: CellStyle = .plain)
    throws(WorkbookError)
  {
    guard value.isFinite else {
      throw calls.invalid("a value for \(name)!\(cell.reference) is not a finite number")
    }
    try reach(cell)
    let format = try workbook.format(style)
    try calls.check(.writeNumber) {
      worksheet_write_number(sheet, UInt32(cell.row), UInt16(cell.column), value, format)
    }
  }

  /// Formats an empty cell.
  func writeBlank(at cell: CellPosition, style: CellStyle) throws(WorkbookError) {
    try reach(cell)
    let format = try workbook.format(style)
    try calls.check(.writeText) {
      worksheet_write_blank(sheet, UInt32(cell.row), UInt16(cell.column), format)
    }
  }

  /// Sets the width of a column, in characters (0–255).
  func setColumnWidth(_ column: Int, _ width: Double, style: CellStyle = .plain)
    throws(WorkbookError)
  {
    guard (0..<CellPosition.columnCount).contains(column), (0...255).contains(width) else {
      throw calls.invalid("column \(column + 1) of `\(name)` cannot be \(width) wide")
    }
    let format = try workbook.format(style)
    try calls.check(.setColumn) {
      worksheet_set_column(sheet, UInt16(column), UInt16(column), width, format)
    }
  }

  /// Sets the height of a row, in points (0–409).
  func setRowHeight(_ row: Int, _ height: Double) throws(WorkbookError) {
    guard let cell = CellPosition(row: row, column: 0), (0...409).contains(height) else {
      throw calls.invalid("row \(row + 1) of `\(name)` cannot be \(height) high")
    }
    try reach(cell)
    try calls.check(.setRow) { worksheet_set_row(sheet, UInt32(row), height, nil) }
  }

  /// Merges a range and writes text into it.
  func merge(_ range: CellRange, text: String, style: CellStyle) throws(WorkbookError) {
    try reach(range.first)
    let format = try workbook.format(style)
    try calls.check(.mergeCells) {
      worksheet_merge_range(
        sheet, UInt32(range.first.row), UInt16(range.first.column), UInt32(range.last.row),
        UInt16(range.last.column), ExcelText.cell(text, cutNote: workbook.cutNote).escaped,
        format)
    }
  }

  /// Adds an Excel table over a header row and its data rows, with filters and banded rows.
  /// The headers are always given, since libxlsxwriter would otherwise write `Column1` … over
  /// the header cells.
  func addTable(_ table: TableSpec) throws(WorkbookError) {
    guard !constantMemory else {
      throw calls.invalid("a table was put on the constant-memory sheet `\(name)`")
    }
    let headers = table.headers
    guard !headers.isEmpty, table.dataRowCount >= 1,
      let range = CellRange(
        firstRow: table.origin.row, firstColumn: table.origin.column,
        lastRow: table.origin.row + table.dataRowCount,
        lastColumn: table.origin.column + headers.count - 1)
    else { throw calls.invalid("the table `\(table.name)` does not fit on `\(name)`") }
    guard Set(headers.map { $0.lowercased() }).count == headers.count,
      headers.allSatisfy({ header in
        !header.isEmpty && header.utf16.count <= 255
          && !header.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
      })
    else { throw calls.invalid("the headers of the table `\(table.name)` are not distinct") }
    guard !tables.contains(where: { overlaps($0, range) }) else {
      throw calls.invalid("the table `\(table.name)` overlaps another on `\(name)`")
    }
    try workbook.claimName(table.name)
    tables.append(range)

    let headerTexts = headers.map { strdup($0) }
    let tableName = strdup(table.name.text)
    var columns: [lxw_table_column] = []
    for (index, text) in headerTexts.enumerated() {
      var column = lxw_table_column()
      column.header = text
      column.header_format = try workbook.format(
        index < table.headerStyles.count ? table.headerStyles[index] : .plain)
      columns.append(column)
    }
    defer {
      for text in headerTexts { free(text) }
      free(tableName)
    }
    try columns.withUnsafeMutableBufferPointer { buffer throws(WorkbookError) in
      var pointers: [UnsafeMutablePointer<lxw_table_column>?] = (0..<buffer.count).map {
        buffer.baseAddress! + $0
      }
      pointers.append(nil)
      try pointers.withUnsafeMutableBufferPointer { list throws(WorkbookError) in
        var options = lxw_table_options()
        options.name = tableName
        options.style_type = UInt8(LXW_TABLE_STYLE_TYPE_MEDIUM.rawValue)
        options.style_type_number = 2
        options.columns = list.baseAddress
        try calls.check(.addTable) {
          worksheet_add_table(
            sheet, UInt32(range.first.row), UInt16(range.first.column), UInt32(range.last.row),
            UInt16(range.last.column), &options)
        }
      }
    }
  }

  private func overlaps(_ a: CellRange, _ b: CellRange) -> Bool {
    a.first.row <= b.last.row && b.first.row <= a.last.row
      && a.first.column <= b.last.column && b.first.column <= a.last.column
  }

  /// Adds filter buttons over a header row and the rows below it.
  func addFilter(_ range: CellRange) throws(WorkbookError) {
    try reach(range.first, move: false)
    try calls.check(.addFilter) {
      worksheet_autofilter(
        sheet, UInt32(range.first.row), UInt16(range.first.column), UInt32(range.last.row),
        UInt16(range.last.column))
    }
  }

  /// Keeps the rows above `row` and the columns left of `column` in view.
  func freezePanes(row: Int, column: Int) throws(WorkbookError) {
    guard CellPosition(row: row, column: column) != nil else {
      throw calls.invalid("panes of `\(name)` cannot freeze at row \(row + 1)")
    }
    try calls.run(.pageSetup) { worksheet_freeze_panes(sheet, UInt32(row), UInt16(column)) }
  }

  /// Styles every cell of `range` whose text equals `text` exactly.
  func highlight(_ range: CellRange, equalTo text: String, style: CellStyle)
    throws(WorkbookError)
  {
    let format = try workbook.format(style)
    let quoted = strdup(
      "\"" + ExcelText.plain(text).replacingOccurrences(of: "\"", with: "\"\"")
        + "\"")
    defer { free(quoted) }
    var rule = lxw_conditional_format()
    rule.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
    rule.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_EQUAL_TO.rawValue)
    rule.value_string = quoted
    rule.format = format
    try calls.check(.conditionalFormat) {
      worksheet_conditional_format_range(
        sheet, UInt32(range.first.row), UInt16(range.first.column), UInt32(range.last.row),
        UInt16(range.last.column), &rule)
    }
  }

  /// Prints landscape on A4, fit to one page wide, with `footer` (Excel's header and footer
  /// codes: `&A` the sheet's name, `&P` the page) as the footer, repeating the rows `repeatRows`
  /// (if any) on every page.
  func setUpPage(footer: String, repeatRows: ClosedRange<Int>? = nil) throws(WorkbookError) {
    try calls.run(.pageSetup) {
      worksheet_set_landscape(sheet)
      worksheet_set_paper(sheet, 9)  // A4
      worksheet_fit_to_pages(sheet, 1, 0)
      worksheet_set_margins(sheet, 0.5, 0.5, 0.6, 0.6)
    }
    try calls.check(.pageSetup) { worksheet_set_footer(sheet, footer) }
    if let rows = repeatRows {
      guard CellPosition(row: rows.upperBound, column: 0) != nil, rows.lowerBound >= 0 else {
        throw calls.invalid("rows to repeat on `\(name)` are outside the sheet")
      }
      try calls.check(.pageSetup) {
        worksheet_repeat_rows(sheet, UInt32(rows.lowerBound), UInt32(rows.upperBound))
      }
    }
  }

  /// Makes this the sheet shown when the workbook opens.
  func activate() throws(WorkbookError) {
    try calls.run(.pageSetup) { worksheet_activate(sheet) }
  }

  /// Places a chart made by the workbook.
  func insertChart(
    _ chart: UnsafeMutablePointer<lxw_chart>, at cell: CellPosition,
    options: inout lxw_chart_options
  ) throws(WorkbookError) {
    guard !constantMemory else {
      throw calls.invalid("a chart was put on the constant-memory sheet `\(name)`")
    }
    try calls.check(.insertChart) {
      worksheet_insert_chart_opt(sheet, UInt32(cell.row), UInt16(cell.column), chart, &options)
    }
  }
}
