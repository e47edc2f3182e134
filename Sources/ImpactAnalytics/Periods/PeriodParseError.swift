/// Why a `--period` value could not be read. The description says what was given and lists
/// the accepted forms, with examples written for the configured financial year start.
public enum PeriodParseError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The text fits none of the accepted forms.
  case unrecognised(given: String, financialYearStart: Int)
  /// A `FROM..TO` range whose end `date` is not a real `YYYY-MM-DD` date.
  case notADate(given: String, date: String, financialYearStart: Int)
  /// A `FROM..TO` range whose last day comes before its first.
  case endsBeforeItStarts(given: String, financialYearStart: Int)
  /// A year label written for another financial year start: `2025-26` when the year starts in
  /// January, or `2025` when it does not.
  case yearDoesNotFitFinancialYearStart(given: String, financialYearStart: Int)

  public var description: String {
    switch self {
    case .unrecognised(let given, let start):
      return "The period \"\(given)\" is not one impact understands. "
        + Self.acceptedForms(financialYearStart: start)
    case .notADate(let given, let date, let start):
      return "The period \"\(given)\" looks like a date range, but \"\(date)\" is not a date "
        + "written as YYYY-MM-DD. " + Self.acceptedForms(financialYearStart: start)
    case .endsBeforeItStarts(let given, let start):
      return "The period \"\(given)\" ends before it starts: put the earlier date first. "
        + Self.acceptedForms(financialYearStart: start)
    case .yearDoesNotFitFinancialYearStart(let given, let start):
      let month = Self.monthNames[start - 1]
      let problem =
        start == 1
        ? "names a year spanning two calendar years, but the financial year starts in "
          + "January, so a year is a calendar year, written like 2025"
        : "names a calendar year, but the financial year starts in \(month), so a year "
          + "spans two calendar years, written like 2025-26"
      return "The period \"\(given)\" \(problem) (financial_year_start in the configuration). "
        + Self.acceptedForms(financialYearStart: start)
    }
  }

  /// The accepted forms, with examples for a financial year starting in the given month.
  static func acceptedForms(financialYearStart: Int) -> String {
    let year = financialYearStart == 1 ? "2025" : "2025-26"
    return "Use a quarter (e.g. \(year) Q2), a financial year (e.g. \(year)), a year to date "
      + "(e.g. \(year) YTD), a date range, first and last day included "
      + "(e.g. 2025-07-01..2025-09-30), or latest (the latest quarter with attended sessions)."
  }

  private static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
}
