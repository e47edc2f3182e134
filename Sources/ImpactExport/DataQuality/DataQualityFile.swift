import ImpactFiles
import ImpactModel

/// `data-quality.csv`: every rejected row, collapsed duplicate and warning, then any file
/// skipped under `--keep-going` and any file or sheet not read by design (an `.xls` file, a
/// hidden sheet: a `warning`), with file, line, kind, column, value, severity and problem.
///
/// For the data's owner: it quotes row values, so it is never part of what travels to boards
/// and funders. Text is written spreadsheet-safe.
public struct DataQualityFile {
  let dataset: Dataset

  /// The columns, in order.
  public static let header = ["file", "line", "kind", "column", "value", "severity", "problem"]

  /// Creates the file's content for a dataset.
  public init(dataset: Dataset) {
    self.dataset = dataset
  }

  /// Writes the file at `path`, atomically.
  public func write(to path: String) throws(FileWriteError) {
    var writer = try CSVWriter(path: path)
    try writer.writeRow(Self.header.map { CSVField($0) })
    for issue in dataset.issues {
      try writer.writeRow([
        .userText(issue.file), CSVField(String(issue.line)), CSVField(issue.kind.rawValue),
        .userText(issue.column), .userText(issue.value), CSVField(issue.severity.rawValue),
        .userText(issue.problem),
      ])
    }
    for skipped in dataset.skippedFiles {
      try writer.writeRow([
        .userText(skipped.path), "", "", "", "", CSVField(Severity.rejected.rawValue),
        .userText("file skipped: " + skipped.message),
      ])
    }
    for note in dataset.notes {
      try writer.writeRow([
        .userText(note.path), "", "", "", "", CSVField(Severity.warning.rawValue),
        .userText("not read: " + note.message),
      ])
    }
    try writer.finish()
  }
}
