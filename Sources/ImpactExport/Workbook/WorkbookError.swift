import ImpactFiles

/// Why the workbook could not be written.
///
/// Whatever the case, the file at the destination is as it was before the attempt: the new
/// workbook only replaces it when it is complete.
public enum WorkbookError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The spreadsheet library reported a failure at a step of building the workbook.
  case libraryFailed(path: String, step: String, reason: String)
  /// The spreadsheet library could not create the workbook's file beside its destination.
  case cannotSave(path: String, reason: String)
  /// The workbook's file could not be started, synced or moved into place; the error says
  /// which, with the system's reason and its fix.
  case file(FileWriteError)
  /// The workbook's layout broke one of Excel's rules (a sheet or table name, a cell beyond the
  /// sheet's edge, a number that is not finite): a fault in `impact` itself.
  case invalidLayout(path: String, detail: String)

  /// The destination the error is about.
  public var path: String {
    switch self {
    case .libraryFailed(let path, _, _), .cannotSave(let path, _), .invalidLayout(let path, _):
      return path
    case .file(let error):
      return error.path
    }
  }

  public var description: String {
    switch self {
    case .libraryFailed(let path, let step, let reason):
      return "Could not write the workbook \(path): \(reason) (while \(step)). Nothing was "
        + "changed at \(path). Free some memory or disk space and run again; if it keeps "
        + "happening, run with --format csv,md,html and report the problem."
    case .cannotSave(let path, let reason):
      return "Could not save the workbook \(path): \(reason). Nothing was changed at \(path). "
        + "Check that the folder exists, that you may write there and that the disk has room, "
        + "or choose another output folder."
    case .file(let error):
      return error.description
    case .invalidLayout(let path, let detail):
      return "Could not write the workbook \(path): \(detail). Nothing was changed at \(path). "
        + "This is a fault in impact; please report it (the other outputs are unaffected)."
    }
  }
}
