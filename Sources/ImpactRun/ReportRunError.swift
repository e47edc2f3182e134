import ImpactAnalytics
import ImpactExport
import ImpactFiles
import ImpactIngest

/// What stopped a run; each case's `description` says what to do about it.
public enum ReportRunError: Error, CustomStringConvertible, Equatable {
  /// `SOURCE_DATE_EPOCH` is set but is not a whole number of seconds.
  case sourceDateEpoch(String)
  /// The settings file could not be used.
  case configuration(ConfigError)
  /// The data folder is not there.
  case dataFolderNotFound(String)
  /// A file-level problem in the data stopped the run.
  case data(IngestError)
  /// Rows were rejected and the run is strict.
  case rejectedRows(count: Int, folder: String)
  /// The reporting period could not be understood.
  case period(PeriodParseError)
  /// No attended session was found, so there is no latest quarter.
  case noAttendedSession(folder: String)
  /// The funder asked for has no income in the reporting period.
  case unknownFunder(name: String, period: String, funders: [String])
  /// A funder return file could not be used.
  case returns(ReturnError)
  /// A report template is unusable.
  case template(TemplateError)
  /// The output folder could not be replaced: its staging folder could not be made, it holds
  /// files impact did not write, or the finished report could not be swapped in.
  case outputFolder(FileWriteError)
  /// A file of the report could not be written into the staging folder; the folder is as it
  /// was. `reason` is the file's error, naming it at its place in the folder.
  case reportNotWritten(folder: String, reason: String)
  /// The validation's `data-quality.csv` could not be written to the folder.
  case dataQualityNotWritten(folder: String, reason: String)
  /// `impact init --from` found a settings file where it would write one (it never
  /// overwrites a file).
  case settingsFileExists(path: String, data: String)
  /// `impact init --from` could not write its settings file.
  case settingsNotWritten(path: String, reason: String)

  public var description: String {
    switch self {
    case .sourceDateEpoch(let text):
      return "SOURCE_DATE_EPOCH is `\(text)`; set it to a whole number of seconds since "
        + "1970-01-01 (e.g. 1775034000), or unset it."
    case .configuration(let error): return error.description
    case .dataFolderNotFound(let folder): return IngestError.folderNotFound(folder).description
    case .data(let error): return error.description
    case .rejectedRows(let count, let folder):
      return "\(count) rows were rejected and --strict is set. Run `impact validate \(folder)` "
        + "to see each one, fix them, or run without --strict."
    case .period(let error): return "--period: \(error.description)"
    case .noAttendedSession(let folder):
      return "No attended session was found in \(folder), so there is no latest quarter to "
        + "report on. Check the attendance files (impact validate), or give --period."
    case .unknownFunder(let name, let period, let funders):
      return TextReportError.unknownFunder(name: name, period: period, funders: funders)
        .description
    case .returns(let error): return error.description
    case .template(let error): return error.description
    case .outputFolder(let error):
      return error.description + " The previous report, if any, is as it was."
    case .reportNotWritten(let folder, let reason):
      return "Could not write the report to \(folder), so the previous report there (if any) is "
        + "as it was. \(reason)"
    case .dataQualityNotWritten(let folder, let reason):
      return "Could not write data-quality.csv to \(folder): \(reason)"
    case .settingsFileExists(let path, let data):
      return "\(path) already exists, so nothing was written (impact init never overwrites a "
        + "file). Move it away and run again, or write the new one elsewhere: "
        + "impact init --from \(data) OTHER-FOLDER, then impact report \(data) --config "
        + "OTHER-FOLDER/impact.yml."
    case .settingsNotWritten(let path, let reason):
      return "Could not write \(path): \(reason)"
    }
  }
}
