import ImpactExport
import ImpactModel

/// What was read, for the page: the per-file table (each file with problems linked to them),
/// and the problems of each file grouped by severity and column. Row values are left out: the
/// page shows where each problem is and why, never what a participant's row held.
struct ValidationView {
  let text: ValidationText

  var view: [String: Any] {
    let dataset = text.dataset
    let withProblems = Set(dataset.issues.map(\.file))
    let anchors = Dictionary(
      uniqueKeysWithValues: dataset.files.enumerated().map { ($1.path, "file-\($0 + 1)") })
    let files = dataset.files.map { file -> [String: Any] in
      var row: [String: Any] = [
        "path": file.path, "kind": file.kind.rawValue, "encoding": file.encoding,
        "delimiter": file.delimiter, "rows": FigurePresentation.whole(file.rowsRead),
        "rejected": FigurePresentation.whole(file.rowsRejected),
        "duplicates": FigurePresentation.whole(file.duplicates),
        "warnings": FigurePresentation.whole(file.warnings),
      ]
      if withProblems.contains(file.path) { row["anchor"] = anchors[file.path] }
      return row
    }
    var problemFiles: [[String: Any]] = []
    for file in dataset.files where withProblems.contains(file.path) {
      let issues = dataset.issues.filter { $0.file == file.path }
      let groups = Severity.allCases.compactMap { severity -> [String: Any]? in
        let chosen = issues.filter { $0.severity == severity }
        guard !chosen.isEmpty else { return nil }
        return [
          "title": text.title(severity), "count": FigurePresentation.whole(chosen.count),
          "issues": chosen.map { issue -> [String: Any] in
            ["line": issue.line, "column": issue.column, "problem": issue.problem]
          },
        ]
      }
      problemFiles.append(["path": file.path, "anchor": anchors[file.path] ?? "", "groups": groups])
    }
    return [
      "read": true, "files": files, "problemFiles": problemFiles,
      "unused": dataset.files.filter { !$0.unknownColumns.isEmpty }.map {
        ["path": $0.path, "columns": $0.unknownColumns.joined(separator: ", ")]
      },
      "skipped": dataset.skippedFiles.map(\.message),
    ]
  }
}
