/// One rejected row, collapsed duplicate or warning, with where it is and why.
public struct DataQualityIssue: Hashable, Sendable {
  /// The file, as a path relative to the data folder.
  public var file: String
  /// The physical line where the record starts, as a text editor counts (1-based).
  public var line: Int
  /// The kind of the file.
  public var kind: FileKind
  /// The canonical column (or scale) the problem is about; empty for a whole row.
  public var column: String
  /// The value as written.
  public var value: String
  /// How serious it is.
  public var severity: Severity
  /// The reason, in plain words.
  public var problem: String

  /// Creates an issue.
  public init(
    file: String, line: Int, kind: FileKind, column: String, value: String,
    severity: Severity, problem: String
  ) {
    self.file = file
    self.line = line
    self.kind = kind
    self.column = column
    self.value = value
    self.severity = severity
    self.problem = problem
  }
}
