import ImpactAnalytics
import ImpactModel

/// Everything an exporter needs besides the figures' own rows: who the report is for, when it
/// was made, the settings it was made with, and the account of the data read.
///
/// Exporters print what this holds; none computes a figure of its own.
public struct ReportContext: Sendable {
  /// The figures.
  public var table: IndicatorTable
  /// The settings the figures were computed with (organisation, currency, priority groups …).
  public var configuration: ImpactConfiguration
  /// The "generated at" time, ISO 8601 (`SOURCE_DATE_EPOCH` when set).
  public var generatedAt: String
  /// The tool's version.
  public var toolVersion: String
  /// What reading found, per file.
  public var files: [FileReport]
  /// Files skipped under `--keep-going`.
  public var skippedFiles: [SkippedFile]
  /// The problems counted by file, kind, column and severity (no row values: these travel).
  public var problemCounts: [ProblemCount]

  /// Creates a context, counting the dataset's problems.
  public init(
    table: IndicatorTable, configuration: ImpactConfiguration, generatedAt: String,
    toolVersion: String, dataset: Dataset
  ) {
    self.table = table
    self.configuration = configuration
    self.generatedAt = generatedAt
    self.toolVersion = toolVersion
    files = dataset.files
    skippedFiles = dataset.skippedFiles
    problemCounts = ProblemCount.counts(of: dataset.issues)
  }

  /// The organisation's name.
  public var organisation: String { configuration.organisation }
  /// The reporting period.
  public var period: Period { table.periods.reporting }
}

/// How many problems of one sort a file has.
public struct ProblemCount: Hashable, Sendable {
  /// The file, relative to the data folder.
  public var file: String
  /// The file's kind.
  public var kind: FileKind
  /// The column the problems are about.
  public var column: String
  /// How serious they are.
  public var severity: Severity
  /// How many there are.
  public var count: Int

  /// The counts, in file, column and severity order of first appearance.
  static func counts(of issues: [DataQualityIssue]) -> [ProblemCount] {
    var order: [ProblemCount] = []
    var position: [String: Int] = [:]
    for issue in issues {
      let key = "\(issue.file)\u{0}\(issue.column)\u{0}\(issue.severity.rawValue)"
      if let index = position[key] {
        order[index].count += 1
      } else {
        position[key] = order.count
        order.append(
          ProblemCount(
            file: issue.file, kind: issue.kind, column: issue.column, severity: issue.severity,
            count: 1))
      }
    }
    return order
  }
}
