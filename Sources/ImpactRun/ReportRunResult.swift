import ImpactAnalytics
import ImpactExport

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
  /// What the outputs were drawn from (the figures, the settings, the account of the data),
  /// for a front end that shows them again (the browser app's figure explorer).
  public var context: ReportContext?
  /// The templates the outputs were written with.
  public var templates: TemplateSource

  /// Creates a result.
  public init(
    period: Period, folder: String, files: [String], figures: Int, rejectedRows: Int,
    context: ReportContext? = nil, templates: TemplateSource = .builtIn
  ) {
    self.period = period
    self.folder = folder
    self.files = files
    self.figures = figures
    self.rejectedRows = rejectedRows
    self.context = context
    self.templates = templates
  }
}
