import ImpactFiles

/// Why a funder return could not be written.
public enum FunderReturnError: Error, CustomStringConvertible {
  /// A report template or the labels file is unusable.
  case template(TemplateError)
  /// The return's workbook could not be written.
  case workbook(WorkbookError)
  /// The return's Markdown or text file could not be written.
  case write(FileWriteError)

  public var description: String {
    switch self {
    case .template(let error): return error.description
    case .workbook(let error): return error.description
    case .write(let error): return error.description
    }
  }
}
