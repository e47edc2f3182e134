/// The period a figure answer is for, as a return file names it.
public enum ReturnPeriod: String, CaseIterable, Hashable, Sendable {
  /// The reporting period (the default).
  case reporting
  /// The quarter before it.
  case previous
  /// The same period a year earlier.
  case lastYear = "last_year"
  /// The financial year to date.
  case yearToDate = "ytd"
}
