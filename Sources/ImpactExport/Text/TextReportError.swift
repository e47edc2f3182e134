import ImpactFiles

/// Why the text reports could not be written.
public enum TextReportError: Error, CustomStringConvertible {
  /// A template is unusable.
  case template(TemplateError)
  /// A file could not be written.
  case write(FileWriteError)
  /// `--funder` names a funder with no income in the period.
  case unknownFunder(name: String, period: String, funders: [String])

  public var description: String {
    switch self {
    case .template(let error): return error.description
    case .write(let error): return error.description
    case .unknownFunder(let name, let period, let funders):
      let list =
        funders.isEmpty
        ? "No funder has income in \(period)."
        : "Funders with income in \(period): \(funders.joined(separator: ", "))."
      return "--funder: no income from \"\(name)\" is attributed to \(period). \(list) "
        + "Check the name against funding.csv."
    }
  }
}
