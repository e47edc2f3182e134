import ArgumentParser
import ImpactRun

/// The exit statuses of OUTPUTS.md.
enum ExitStatus: Int32 {
  /// The data stopped the run (or, for `validate`, problems were found).
  case dataProblem = 1
  /// A usage or configuration error.
  case usage = 2
  /// An output could not be written.
  case output = 3

  /// The status for the argument parser to exit with.
  var code: ExitCode { ExitCode(rawValue) }

  /// The status a run stopped by `error` exits with.
  init(_ error: ReportRunError) {
    switch error {
    case .sourceDateEpoch, .configuration, .dataFolderNotFound, .period, .unknownFunder,
      .template, .returns:
      self = .usage
    case .data, .rejectedRows, .noAttendedSession:
      self = .dataProblem
    case .outputFolder, .reportNotWritten, .dataQualityNotWritten, .settingsFileExists,
      .settingsNotWritten:
      self = .output
    }
  }
}
