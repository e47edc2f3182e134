import ImpactModel

/// Data quality: what was read from each file, the problems counted by file, column and
/// severity, and how complete the profile data is. No row values: the workbook travels, and
/// the rows stay in `data-quality.csv` for the data's owner.
enum DataQualitySheet {
  static func write(_ writer: SheetWriter, _ figures: Figures) throws(WorkbookError) {
    let context = figures.context
    let labels = figures.labels
    try writer.title(
      labels["workbook.data_quality.title"], subtitle: labels["workbook.data_quality.subtitle"])
    let whole = Figures.numberStyle.with(.whole)
    try writer.heading(labels["workbook.data_quality.files"])
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
        labels["workbook.data_quality.file"], labels["workbook.data_quality.kind"],
        labels["workbook.data_quality.encoding"], labels["workbook.data_quality.delimiter"],
        labels["workbook.data_quality.header_line"], labels["heading.rows_read"],
        labels["heading.rejected"], labels["workbook.data_quality.duplicates"],
        labels["heading.warnings"], labels["workbook.data_quality.unused_columns"],
      ], rows: files, emptyNote: labels["workbook.data_quality.no_files"])

    try writer.heading(labels["workbook.data_quality.problems"])
    let problems = context.problemCounts.map { count -> [SheetCell] in
      [
        .text(count.file), .text(count.kind.rawValue),
        .text(count.column.isEmpty ? labels["workbook.data_quality.whole_row"] : count.column),
        .text(count.severity.rawValue), .number(Double(count.count), whole),
      ]
    }
    try writer.table(
      "Quality problems",
      headers: [
        labels["workbook.data_quality.file"], labels["workbook.data_quality.kind"],
        labels["workbook.data_quality.column"], labels["workbook.data_quality.severity"],
        labels["workbook.data_quality.rows"],
      ], rows: problems, emptyNote: labels["workbook.data_quality.no_problems"])

    if !context.skippedFiles.isEmpty {
      try writer.heading(labels["workbook.data_quality.skipped"])
      try writer.table(
        "Quality skipped",
        headers: [labels["workbook.data_quality.file"], labels["workbook.data_quality.problem"]],
        // The message can quote the file's first row, so the workbook (which travels) gives
        // only the file; the message is in data-quality.csv, for the data's owner.
        rows: context.skippedFiles.map {
          [.text($0.path), .text(labels["workbook.data_quality.unreadable"])]
        })
    }

    try writer.heading(
      labels("workbook.data_quality.completeness", ["period": figures.reporting.label]))
    let completeness = ReportTables.completeness
      .compactMap { field -> [SheetCell]? in
        let row = figures.table.row(.dataCompleteness, in: figures.reporting, groupBy: field)
        return row == nil
          ? nil
          : [.text(figures.name(ofBreakdown: field)), figures.value(row), figures.people(row)]
      }
    try writer.table(
      "Quality completeness",
      headers: [labels["heading.field"], labels["heading.known"], labels["heading.people"]],
      rows: completeness)

    try writer.heading(labels["workbook.data_quality.kinds"])
    let kindColumns = figures.columns(ReportTables.files)
    try writer.table(
      "Quality kinds",
      headers: [labels["heading.kind_of_file"]] + kindColumns.map(\.header),
      rows: figures.breakdownRows(.kind, columns: kindColumns, period: .all))
    try writer.sheet.freezePanes(row: 1, column: 0)
    try writer.finish()
  }
}
