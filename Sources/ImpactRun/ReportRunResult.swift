import ImpactAnalytics
import ImpactExport
import ImpactFiles

/// What a report run wrote.
public struct ReportRunResult: Sendable {
  /// The reporting period chosen.
  public var period: Period
  /// The folder written to.
  public var folder: String
  /// The paths of the files written, in the order they were written.
  public var files: [String]
  /// How many figures (indicator rows) were computed.
  public var figures: Int
  /// How many rows of the data were rejected.
  public var rejectedRows: Int
  /// The previous report, when it was replaced but could not be removed: the new report is in
  /// place all the same, and the error says what is left over and what to do.
  public var leftover: FileWriteError?
  /// What the outputs were drawn from (the figures, the settings, the account of the data),
  /// for a front end that shows them again (the browser app's figure explorer).
  public var context: ReportContext?
  /// The templates the outputs were written with.
  public var templates: TemplateSource

  /// Creates a result.
  public init(
    period: Period, folder: String, files: [String], figures: Int, rejectedRows: Int,
    leftover: FileWriteError? = nil,
    context: ReportContext? = nil, templates: TemplateSource = .builtIn
  ) {
    self.period = period
    self.folder = folder
    self.files = files
    self.figures = figures
    self.rejectedRows = rejectedRows
    self.leftover = leftover
    self.context = context
    self.templates = templates
  }
}
