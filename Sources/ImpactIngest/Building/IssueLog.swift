import ImpactModel

/// The data-quality account of a read: every issue in the order it was found, the report of
/// each file read, and the running counts of the file being read.
///
/// An issue belongs to the file begun last. ``finish()`` orders the issues by file and line
/// (keeping the order found within a line) and recounts each file's warnings.
struct IssueLog {
  /// Every issue so far, in the order found.
  private(set) var issues: [DataQualityIssue] = []
  /// The reports of the files closed so far, in the order read.
  private(set) var files: [FileReport] = []
  /// The file being read, as its issues name it.
  private(set) var file = ""
  /// The kind of the file being read.
  private(set) var kind = FileKind.attendance
  /// The running report of the file being read; `nil` between files or once it is dropped.
  private(set) var report: FileReport?

  /// Starts a file: later issues belong to it. Closes the file before, if any.
  mutating func begin(file path: String, report: FileReport) {
    finishFile()
    file = path
    kind = report.kind
    self.report = report
  }

  /// Closes the current file's report.
  mutating func finishFile() {
    if let report { files.append(report) }
    report = nil
  }

  /// Forgets the current file's report (a file skipped under `--keep-going`).
  mutating func dropFile() {
    report = nil
  }

  /// Counts a record read from the current file.
  mutating func countRow() {
    report?.rowsRead += 1
  }

  /// Records a problem of the current file, counting it in the file's report.
  mutating func note(
    _ severity: Severity, line: Int, column: Column, value: String, _ problem: String
  ) {
    issues.append(
      DataQualityIssue(
        file: file, line: line, kind: kind, column: column.name, value: value, severity: severity,
        problem: problem))
    switch severity {
    case .rejected: report?.rowsRejected += 1
    case .duplicate: report?.duplicates += 1
    case .warning: report?.warnings += 1
    }
  }

  /// Rejects the current row.
  mutating func reject(line: Int, column: Column, value: String, _ problem: String) {
    note(.rejected, line: line, column: column, value: value, problem)
  }

  /// Records an issue found once every file is read (it names its own file); ``finish()``
  /// counts it.
  mutating func append(_ issue: DataQualityIssue) {
    issues.append(issue)
  }

  /// Closes the last file and returns the issues ordered by file (in the order read) and
  /// line, with each file's report, its warnings recounted.
  mutating func finish() -> (issues: [DataQualityIssue], files: [FileReport]) {
    finishFile()
    let order = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1.path, $0) })
    let ordered = issues.enumerated().sorted { a, b in
      let fa = order[a.element.file] ?? Int.max
      let fb = order[b.element.file] ?? Int.max
      if fa != fb { return fa < fb }
      if a.element.line != b.element.line { return a.element.line < b.element.line }
      return a.offset < b.offset
    }.map(\.element)
    var warnings: [String: Int] = [:]
    for issue in ordered where issue.severity == .warning {
      warnings[issue.file, default: 0] += 1
    }
    var reports = files
    for index in reports.indices {
      reports[index].warnings = warnings[reports[index].path] ?? 0
    }
    return (ordered, reports)
  }
}
