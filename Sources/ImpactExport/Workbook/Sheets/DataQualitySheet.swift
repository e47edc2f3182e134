import ImpactModel

/// Data quality: what was read from each file, the problems counted by file, column and
/// severity, and how complete the profile data is. No row values: the workbook travels, and
/// the rows stay in `data-quality.csv` for the data's owner.
enum DataQualitySheet {
  static func write(_ writer: SheetWriter, _ figures: Figures) throws(WorkbookError) {
    let context = figures.context
    try writer.title(
      "Data quality",
      subtitle: "Counts only. Each problem row, with its values, is listed in data-quality.csv, "
        + "which stays with the data's owner.")
    let whole = Figures.numberStyle.with(.whole)
    try writer.heading("Files read")
    let files = context.files.map { file -> [SheetCell] in
      [
        .text(file.path), .text(file.kind.rawValue), .text(file.encoding),
        .text(file.delimiter), .number(Double(file.headerLine), whole),
        .number(Double(file.rowsRead), whole), .number(Double(file.rowsRejected), whole),
        .number(Double(file.duplicates), whole), .number(Double(file.warnings), whole),
        .text(file.unknownColumns.joined(separator: ", ")),
      ]
    }
    try writer.table(
      "Quality files",
      headers: [
        "File", "Kind", "Encoding", "Delimiter", "Header line", "Rows read", "Rejected",
        "Duplicates", "Warnings", "Columns not used",
      ], rows: files, emptyNote: "No file was read.")

    try writer.heading("Problems by file, column and severity")
    let problems = context.problemCounts.map { count -> [SheetCell] in
      [
        .text(count.file), .text(count.kind.rawValue),
        .text(count.column.isEmpty ? "(whole row)" : count.column),
        .text(count.severity.rawValue), .number(Double(count.count), whole),
      ]
    }
    try writer.table(
      "Quality problems", headers: ["File", "Kind", "Column", "Severity", "Rows"],
      rows: problems, emptyNote: "No problems were found.")

    if !context.skippedFiles.isEmpty {
      try writer.heading("Files skipped")
      try writer.table(
        "Quality skipped", headers: ["File", "Problem"],
        // The message can quote the file's first row, so the workbook (which travels) gives
        // only the file; the message is in data-quality.csv, for the data's owner.
        rows: context.skippedFiles.map {
          [.text($0.path), .text("could not be read; the reason is in data-quality.csv")]
        })
    }

    try writer.heading("Completeness of participant profiles, \(figures.reporting.label)")
    let completeness = ReportTables.completeness
      .compactMap { field -> [SheetCell]? in
        let row = figures.table.row(.dataCompleteness, in: figures.reporting, groupBy: field)
        return row == nil
          ? nil
          : [.text(figures.name(ofBreakdown: field)), figures.value(row), figures.people(row)]
      }
    try writer.table(
      "Quality completeness",
      headers: [
        figures.labels["heading.field"], figures.labels["heading.known"],
        figures.labels["heading.people"],
      ], rows: completeness)

    try writer.heading("Totals by kind of file")
    let kindColumns = figures.columns(ReportTables.files)
    try writer.table(
      "Quality kinds",
      headers: [figures.labels["heading.kind_of_file"]] + kindColumns.map(\.header),
      rows: figures.breakdownRows(.kind, columns: kindColumns, period: .all))
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
  }
}
