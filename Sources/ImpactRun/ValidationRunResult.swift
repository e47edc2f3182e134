/// What a validation run found and wrote.
public struct ValidationRunResult: Sendable, Equatable {
  /// The paths of the files written (`data-quality.csv`, when an out folder was given).
  public var files: [String]
  /// How many rows were rejected.
  public var rejectedRows: Int
  /// How many files were skipped as unreadable (`keepGoing`).
  public var skippedFiles: Int

  /// Creates a result.
  public init(files: [String], rejectedRows: Int, skippedFiles: Int) {
    self.files = files
    self.rejectedRows = rejectedRows
    self.skippedFiles = skippedFiles
  }

  /// Whether the data has a problem: a rejected row or a skipped file.
  public var foundProblems: Bool { rejectedRows > 0 || skippedFiles > 0 }
}
