import ImpactAnalytics
import ImpactFiles

/// `impact-report.xlsx`: the workbook of OUTPUTS.md, one sheet per theme, formatted, with
/// native charts, printable on A4.
///
/// ```swift
/// try WorkbookExporter(context: context).write(to: "reports/2025-26-Q2/impact-report.xlsx")
/// ```
public struct WorkbookExporter: Sendable {
  /// The sheets, in tab order.
  static let sheetNames = [
    "Summary", "Reach", "Inclusion", "Wellbeing", "Evidence", "Funding", "Trends", "Quotes",
    "Data quality", "Indicators", "About",
  ]

  let context: ReportContext
  let labels: ReportLabels
  let injected: (@Sendable (XlsxOperation) -> XlsxFailure?)?
  let rowLimit: Int

  /// Creates the workbook's content for a report, named and worded with the labels of
  /// `templates` (`labels.txt`), as the text reports are; fails when the folder's labels file
  /// cannot be read.
  public init(context: ReportContext, templates: TemplateSource = .builtIn)
    throws(TemplateError)
  {
    self.init(
      context: context, labels: try ReportTemplates.labels(source: templates), injected: nil)
  }

  /// For tests: a workbook whose library steps can be made to fail, and whose Indicators
  /// sheet can be given fewer rows than Excel's.
  init(
    context: ReportContext, labels: ReportLabels,
    injected: (@Sendable (XlsxOperation) -> XlsxFailure?)?, rowLimit: Int = CellPosition.rowCount
  ) {
    self.context = context
    self.labels = labels
    self.injected = injected
    self.rowLimit = rowLimit
  }

  /// Writes the workbook at `path`, atomically: libxlsxwriter builds it in the temporary file
  /// of an ``AtomicFileWriter`` beside `path`, which is then synced and renamed into place, so
  /// a failure leaves any previous file untouched.
  public func write(to path: String) throws(WorkbookError) {
    let file: AtomicFileWriter
    do {
      file = try AtomicFileWriter(path: path)
    } catch {
      throw .file(error)
    }
    let workbook = try XlsxWorkbook(
      path: file.temporaryPath, calls: XlsxCalls(path: path, injected: injected),
      cutNote: " " + labels["workbook.cut"])
    try build(workbook)
    try workbook.close()
    do {
      try file.commit()
    } catch {
      throw .file(error)
    }
  }

  private func build(_ workbook: XlsxWorkbook) throws(WorkbookError) {
    var writers: [String: SheetWriter] = [:]
    // The sheet's name on the left, the page on the right; a `&` of the label is printed.
    let page = ReportLabels.fill(
      labels["workbook.footer"].replacingOccurrences(of: "&", with: "&&"),
      ["page": "&P", "pages": "&N"])
    for name in Self.sheetNames {
      guard let sheetName = SheetName(name) else {
        throw workbook.calls.invalid(SheetName.problem(with: name) ?? name)
      }
      let sheet = try workbook.addWorksheet(sheetName, constantMemory: name == "Indicators")
      writers[name] = SheetWriter(
        sheet: sheet, workbook: workbook, emptyNote: labels["workbook.nothing_to_show"],
        footer: "&L&A&R" + page)
    }
    let figures = Figures(context: context, labels: labels)
    try SummarySheet.write(writers["Summary"]!, figures)
    try ReachSheet.write(writers["Reach"]!, figures)
    try InclusionSheet.write(writers["Inclusion"]!, figures)
    try WellbeingSheet.write(writers["Wellbeing"]!, figures)
    try EvidenceSheet.write(writers["Evidence"]!, figures)
    try FundingSheet.write(writers["Funding"]!, figures)
    try TrendsSheet.write(writers["Trends"]!, figures)
    try QuotesSheet.write(writers["Quotes"]!, figures)
    try DataQualitySheet.write(writers["Data quality"]!, figures)
    try IndicatorsSheet.write(writers["Indicators"]!, figures, rowLimit: rowLimit)
    var notes: [String] = []
    let cut = writers.values.reduce(0) { $0 + $1.cutTexts }
    if cut > 0 {
      let key = cut == 1 ? "workbook.about.cut_text" : "workbook.about.cut_texts"
      notes.append(labels(key, ["count": String(cut)]))
    }
    if context.table.rows.count + 1 > rowLimit {
      notes.append(
        labels(
          "workbook.about.indicators_cut",
          ["shown": String(rowLimit - 2), "total": String(context.table.rows.count)]))
    }
    try AboutSheet.write(writers["About"]!, figures, limitNotes: notes)
    try setProperties(workbook)
  }

  private func setProperties(_ workbook: XlsxWorkbook) throws(WorkbookError) {
    let period = context.period.label
    let organisation = context.organisation
    try workbook.setProperties(
      title: labels("workbook.properties.title", ["period": period]),
      subject: labels(
        "workbook.properties.subject", ["organisation": organisation, "period": period]),
      author: labels("workbook.tool", ["version": context.toolVersion]), company: organisation,
      category: labels["workbook.properties.category"],
      comments: labels(
        "workbook.properties.comments",
        ["generated_at": context.generatedAt, "version": context.toolVersion]),
      created: GeneratedTime.seconds(context.generatedAt) ?? 0,
      custom: [("Organisation", context.organisation), ("Period", period)])
  }
}

/// Reads the "generated at" time (`2026-01-01T00:00:00Z`) as seconds since 1970, so the
/// workbook's creation date is the report's and the file is reproducible.
enum GeneratedTime {
  static func seconds(_ text: String) -> Int? {
    let digits = Array(text.utf8)
    guard digits.count >= 19 else { return nil }
    func number(_ from: Int, _ count: Int) -> Int? {
      Int(String(decoding: digits[from..<(from + count)], as: UTF8.self))
    }
    guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
      (1...12).contains(month)
    else { return nil }
    // Days from 1970-01-01 to the date (proleptic Gregorian, civil-from-days inverse).
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    return ((days * 24 + hour) * 60 + minute) * 60 + second
  }
}
