import ArgumentParser

/// The exit statuses of OUTPUTS.md.
enum ExitStatus {
  /// The data stopped the run (or, for `validate`, problems were found).
  static let dataProblem = ExitCode(1)
  /// A usage or configuration error.
  static let usage = ExitCode(2)
  /// An output could not be written.
  static let output = ExitCode(3)
}
