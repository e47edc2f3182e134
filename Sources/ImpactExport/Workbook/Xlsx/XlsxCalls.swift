import CXlsxWriter

/// The steps of libxlsxwriter the workbook takes, named in error messages and chosen by tests
/// that inject a failure.
enum XlsxOperation: String, CaseIterable, Sendable {
  case createWorkbook = "creating the workbook"
  case addWorksheet = "adding a sheet"
  case addFormat = "adding a cell format"
  case writeText = "writing text"
  case writeNumber = "writing a number"
  case setColumn = "setting column widths"
  case setRow = "setting a row height"
  case mergeCells = "merging cells"
  case addTable = "adding a table"
  case addFilter = "adding a filter"
  case conditionalFormat = "adding conditional formatting"
  case addChart = "adding a chart"
  case addSeries = "adding a chart series"
  case insertChart = "placing a chart"
  case pageSetup = "setting up the printed page"
  case setProperties = "setting the document properties"
  case defineName = "naming a cell"
  case close = "saving the workbook"
}

/// A failure libxlsxwriter reports, as a typed value (never a raw error number).
enum XlsxFailure: Equatable, Sendable {
  /// A C call returned an error code; the message is the library's own.
  case error(String)
  /// A C call that returns an object returned none.
  case noResult
  /// Saving the workbook could not create the file.
  case cannotCreateFile

  /// The failure of an `lxw_error`, or `nil` for success.
  init?(_ code: lxw_error) {
    if code == LXW_NO_ERROR { return nil }
    if code == LXW_ERROR_CREATING_XLSX_FILE {
      self = .cannotCreateFile
      return
    }
    self = .error(lxw_strerror(code).map { String(cString: $0) } ?? "unknown error")
  }
}

/// The single gate every call into libxlsxwriter passes through: it turns each result into a
/// Swift error with a message, and lets tests make any step fail.
struct XlsxCalls: Sendable {
  /// The destination, for messages.
  let path: String
  /// For tests: the failure to report in place of a step's own result.
  let injected: (@Sendable (XlsxOperation) -> XlsxFailure?)?

  init(path: String, injected: (@Sendable (XlsxOperation) -> XlsxFailure?)? = nil) {
    self.path = path
    self.injected = injected
  }

  /// Runs a call that returns an `lxw_error`.
  func check(_ operation: XlsxOperation, _ body: () -> lxw_error) throws(WorkbookError) {
    if let failure = injected?(operation) { throw error(operation, failure) }
    if let failure = XlsxFailure(body()) { throw error(operation, failure) }
  }

  /// Runs a call that returns an object, `NULL` meaning failure.
  func make<T>(_ operation: XlsxOperation, _ body: () -> UnsafeMutablePointer<T>?)
    throws(WorkbookError) -> UnsafeMutablePointer<T>
  {
    if let failure = injected?(operation) { throw error(operation, failure) }
    guard let object = body() else { throw error(operation, .noResult) }
    return object
  }

  /// Runs a call that cannot fail in the library.
  func run(_ operation: XlsxOperation, _ body: () -> Void) throws(WorkbookError) {
    if let failure = injected?(operation) { throw error(operation, failure) }
    body()
  }

  /// The error a layout check found.
  func invalid(_ detail: String) -> WorkbookError {
    .invalidLayout(path: path, detail: detail)
  }

  private func error(_ operation: XlsxOperation, _ failure: XlsxFailure) -> WorkbookError {
    switch failure {
    case .error(let message):
      return .libraryFailed(path: path, step: operation.rawValue, reason: message)
    case .noResult:
      return .libraryFailed(
        path: path, step: operation.rawValue, reason: "the spreadsheet library returned nothing")
    case .cannotCreateFile:
      return .cannotSave(path: path, reason: "the file could not be created")
    }
  }
}
