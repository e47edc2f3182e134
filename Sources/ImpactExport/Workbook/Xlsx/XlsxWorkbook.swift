import CXlsxWriter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A workbook being built with libxlsxwriter: the owner of the C workbook, its formats, sheets
/// and charts. Nothing outside this folder sees a C type.
///
/// Written to `path` by ``close()``; dropped unclosed, it is freed without writing anything.
final class XlsxWorkbook {
  let calls: XlsxCalls
  /// What ends a text cut to a cell's limit.
  let cutNote: String
  private var workbook: UnsafeMutablePointer<lxw_workbook>?
  private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
  private var sheetNames: Set<String> = []
  private var objectNames: Set<String> = []

  /// Starts a workbook that ``close()`` will write at `path`, ending any text cut to a cell's
  /// limit with `cutNote`.
  init(path: String, calls: XlsxCalls, cutNote: String = "") throws(WorkbookError) {
    self.calls = calls
    self.cutNote = cutNote
    var options = lxw_workbook_options()
    options.constant_memory = 0
    options.use_zip64 = 1
    workbook = try calls.make(.createWorkbook) {
      path.withCString { workbook_new_opt($0, &options) }
    }
  }

  deinit {
    if let workbook { lxw_workbook_free(workbook) }
  }

  private func open() throws(WorkbookError) -> UnsafeMutablePointer<lxw_workbook> {
    guard let workbook else { throw calls.invalid("the workbook was used after it was saved") }
    return workbook
  }

  /// Adds a sheet. A constant-memory sheet keeps only the current row in memory, so its rows
  /// must be written in order, and it cannot hold tables; other sheets may be written in any
  /// order.
  func addWorksheet(_ name: SheetName, constantMemory: Bool) throws(WorkbookError)
    -> XlsxWorksheet
  {
    let workbook = try open()
    guard sheetNames.insert(name.text.lowercased()).inserted else {
      throw calls.invalid("two sheets are named `\(name)`")
    }
    // libxlsxwriter reads the option as each sheet is added, so it is chosen per sheet.
    workbook.pointee.options.constant_memory = constantMemory ? 1 : 0
    defer { workbook.pointee.options.constant_memory = 0 }
    let sheet = try calls.make(.addWorksheet) { workbook_add_worksheet(workbook, name.text) }
    return XlsxWorksheet(sheet, name: name, constantMemory: constantMemory, workbook: self)
  }

  /// Claims a table name, which must be unique in the workbook.
  func claimName(_ name: DefinedName) throws(WorkbookError) {
    guard objectNames.insert(name.text.lowercased()).inserted else {
      throw calls.invalid("the name `\(name)` is used twice")
    }
  }

  /// The format of a style, made once.
  func format(_ style: CellStyle) throws(WorkbookError) -> UnsafeMutablePointer<lxw_format>? {
    if style == .plain { return nil }
    if let format = formats[style] { return format }
    let workbook = try open()
    let format = try calls.make(.addFormat) { workbook_add_format(workbook) }
    if style.bold { format_set_bold(format) }
    if style.italic { format_set_italic(format) }
    if let size = style.fontSize { format_set_font_size(format, size) }
    if let color = style.fontColor { format_set_font_color(format, color.rgb) }
    if let fill = style.fill {
      format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
      format_set_bg_color(format, fill.rgb)
    }
    if let number = style.numberFormat { format_set_num_format(format, number.code) }
    if style.wrap { format_set_text_wrap(format) }
    switch style.alignment {
    case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
    case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
    case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
    case nil: break
    }
    if style.verticalTop { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
    if style.bottomBorder { format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue)) }
    formats[style] = format
    return format
  }

  /// Adds a chart and places it on `sheet` with its top-left corner at `cell`.
  func insertChart(_ spec: ChartSpec, on sheet: XlsxWorksheet, at cell: CellPosition)
    throws(WorkbookError)
  {
    let workbook = try open()
    guard !spec.series.isEmpty else { throw calls.invalid("the chart `\(spec.title)` is empty") }
    let type: lxw_chart_type
    switch spec.kind {
    case .column: type = LXW_CHART_COLUMN
    case .bar: type = LXW_CHART_BAR
    case .line: type = LXW_CHART_LINE
    case .stackedBar: type = LXW_CHART_BAR_STACKED
    }
    let chart = try calls.make(.addChart) { workbook_add_chart(workbook, UInt8(type.rawValue)) }
    for series in spec.series {
      let added = try calls.make(.addSeries) { chart_add_series(chart, nil, nil) }
      try calls.run(.addSeries) {
        let categories = series.categories
        let values = series.values
        chart_series_set_categories(
          added, series.sheet.text, UInt32(categories.first.row),
          UInt16(categories.first.column), UInt32(categories.last.row),
          UInt16(categories.last.column))
        chart_series_set_values(
          added, series.sheet.text, UInt32(values.first.row), UInt16(values.first.column),
          UInt32(values.last.row), UInt16(values.last.column))
        chart_series_set_name(added, ExcelText.plain(series.name))
        var fill = lxw_chart_fill()
        fill.color = series.color.rgb
        var line = lxw_chart_line()
        line.color = series.color.rgb
        if spec.kind == .line {
          line.width = 2.25
          chart_series_set_line(added, &line)
          chart_series_set_marker_type(added, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
          chart_series_set_marker_fill(added, &fill)
          chart_series_set_marker_line(added, &line)
        } else {
          chart_series_set_fill(added, &fill)
          chart_series_set_line(added, &line)
        }
      }
    }
    try calls.run(.addChart) {
      chart_title_set_name(chart, ExcelText.plain(spec.title))
      // In a bar chart libxlsxwriter's x axis is the (horizontal) value axis.
      let horizontalValues = spec.kind == .bar || spec.kind == .stackedBar
      let categoryAxis = chart_axis_get(
        chart, horizontalValues ? LXW_CHART_AXIS_TYPE_Y : LXW_CHART_AXIS_TYPE_X)
      let valueAxis = chart_axis_get(
        chart, horizontalValues ? LXW_CHART_AXIS_TYPE_X : LXW_CHART_AXIS_TYPE_Y)
      if let title = spec.categoryAxisTitle {
        chart_axis_set_name(categoryAxis, ExcelText.plain(title))
      }
      if let title = spec.valueAxisTitle {
        chart_axis_set_name(valueAxis, ExcelText.plain(title))
      }
      if let format = spec.valueFormat { chart_axis_set_num_format(valueAxis, format.code) }
      if let minimum = spec.valueAxisMinimum { chart_axis_set_min(valueAxis, minimum) }
      if let maximum = spec.valueAxisMaximum { chart_axis_set_max(valueAxis, maximum) }
      chart_show_blanks_as(chart, UInt8(LXW_CHART_BLANKS_AS_GAP.rawValue))
      switch spec.legend {
      case .none: chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
      case .bottom: chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
      case .right: chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_RIGHT.rawValue))
      case .top: chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_TOP.rawValue))
      }
    }
    let description = strdup(ExcelText.plain(spec.title))
    defer { free(description) }
    var options = lxw_chart_options()
    options.x_scale = spec.widthScale
    options.y_scale = spec.heightScale
    options.description = description
    try sheet.insertChart(chart, at: cell, options: &options)
  }

  /// Sets the document properties; `created` is seconds since 1970 (for reproducible files).
  func setProperties(
    title: String, subject: String, author: String, company: String, category: String,
    comments: String, created: Int, custom: [(name: String, value: String)]
  ) throws(WorkbookError) {
    let workbook = try open()
    let texts = [title, subject, author, company, category, comments].map {
      strdup(ExcelText.plain($0))
    }
    defer { for text in texts { free(text) } }
    var properties = lxw_doc_properties()
    properties.title = texts[0]
    properties.subject = texts[1]
    properties.author = texts[2]
    properties.company = texts[3]
    properties.category = texts[4]
    properties.comments = texts[5]
    properties.created = time_t(created)
    try calls.check(.setProperties) { workbook_set_properties(workbook, &properties) }
    for (name, value) in custom {
      try calls.check(.setProperties) {
        workbook_set_custom_property_string(
          workbook, ExcelText.plain(name), ExcelText.plain(value))
      }
    }
  }

  /// Names a cell of a sheet (a workbook-level defined name).
  func defineName(_ name: DefinedName, sheet: SheetName, cell: CellPosition)
    throws(WorkbookError)
  {
    let workbook = try open()
    try claimName(name)
    let formula = "=\(sheet.formulaReference)!\(cell.absoluteReference)"
    guard formula.utf8.count < Int(LXW_DEFINED_NAME_LENGTH) else {
      throw calls.invalid("the reference of the name `\(name)` is too long")
    }
    try calls.check(.defineName) { workbook_define_name(workbook, name.text, formula) }
  }

  /// Writes the file and frees the workbook, whether or not writing succeeds.
  func close() throws(WorkbookError) {
    let workbook = try open()
    self.workbook = nil
    var closed = false
    defer { if !closed { lxw_workbook_free(workbook) } }
    try calls.check(.close) {
      closed = true
      return workbook_close(workbook)
    }
  }
}
