import ImpactAnalytics
import ImpactFiles

/// `return-<name>.xlsx`: a funder's form answered, as one printable sheet (question, answer,
/// where it came from), figures as native numbers in the formats the main workbook gives them.
struct ReturnWorkbook {
  let answered: AnsweredReturn
  let context: ReportContext
  let labels: ReportLabels

  /// The sheet's (tab's) name.
  static let sheetName = "Return"

  /// Writes the workbook at `path`, atomically, as ``WorkbookExporter`` writes its own.
  func write(to path: String) throws(WorkbookError) {
    let file: AtomicFileWriter
    do {
      file = try AtomicFileWriter(path: path)
    } catch {
      throw .file(error)
    }
    let workbook = try XlsxWorkbook(
      path: file.temporaryPath, calls: XlsxCalls(path: path, injected: nil),
      cutNote: " " + labels["workbook.cut"])
    guard let name = SheetName(Self.sheetName) else {
      throw workbook.calls.invalid(SheetName.problem(with: Self.sheetName) ?? Self.sheetName)
    }
    let page = ReportLabels.fill(
      labels["workbook.footer"].replacingOccurrences(of: "&", with: "&&"),
      ["page": "&P", "pages": "&N"])
    let writer = SheetWriter(
      sheet: try workbook.addWorksheet(name, constantMemory: false), workbook: workbook,
      emptyNote: labels["workbook.nothing_to_show"], footer: "&L&A&R" + page)
    try ReturnSheet.write(writer, answered, Figures(context: context, labels: labels))
    let period = context.period.label
    try workbook.setProperties(
      title: answered.form.title, subject: answered.form.funder ?? context.organisation,
      author: labels("workbook.tool", ["version": context.toolVersion]),
      company: context.organisation, category: labels["workbook.properties.category"],
      comments: labels(
        "workbook.properties.comments",
        ["generated_at": context.generatedAt, "version": context.toolVersion]),
      created: GeneratedTime.seconds(context.generatedAt) ?? 0,
      custom: [("Organisation", context.organisation), ("Period", period)])
    try workbook.close()
    do {
      try file.commit()
    } catch {
      throw .file(error)
    }
  }
}
