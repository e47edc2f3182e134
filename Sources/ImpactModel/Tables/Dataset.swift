/// Everything read from a data folder: the compact tables analytics works on, and the
/// account of what reading found.
public struct Dataset: Sendable {
  /// Interned text: programmes, venues, art forms, activities, funders, references, comments.
  public var text = StringPool()
  /// Attendance rows.
  public var attendance = AttendanceTable()
  /// People.
  public var participants = ParticipantTable()
  /// Survey responses.
  public var feedback = FeedbackTable()
  /// Income lines.
  public var funding: [FundingLine] = []

  /// One report per file read, in path order.
  public var files: [FileReport] = []
  /// Files skipped under `--keep-going`.
  public var skippedFiles: [SkippedFile] = []
  /// Files and worksheets found but not read by design (an `.xls` file, a hidden sheet).
  public var notes: [FileNote] = []
  /// Every rejected row, collapsed duplicate and warning, in file and line order.
  public var issues: [DataQualityIssue] = []

  /// Creates an empty dataset.
  public init() {}

  /// Data records read per kind, from the file reports.
  public func rowsRead(_ kind: FileKind) -> Int {
    files.filter { $0.kind == kind }.reduce(0) { $0 + $1.rowsRead }
  }
}
