/// A problem that stops a workbook (or one of its sheets) from being read, in words that name
/// the file, the sheet where there is one, and what would fix it.
enum XlsxError: Error, Equatable, CustomStringConvertible {
  /// The file is not a ZIP package, or holds no workbook.
  case notAWorkbook(path: String, reason: String)
  /// A part the workbook points to is missing from the package.
  case missingPart(path: String, part: String)
  /// A part inflates past the size any real workbook needs.
  case partTooLarge(path: String, part: String, limit: Int)
  /// A part inflates far more than any real workbook's does (a ZIP bomb, or damage).
  case inflationRatio(path: String, part: String, ratio: Int)
  /// A part declares a DTD (`<!DOCTYPE`), which no workbook part has: refused unread.
  case declaresDTD(path: String, part: String)
  /// A part is not well-formed XML.
  case malformedXML(path: String, part: String, line: Int, reason: String)
  /// A cell points at a shared string the workbook does not have.
  case sharedStringOutOfRange(source: String, cell: String, index: String, count: Int)
  /// A cell's reference lies outside any sheet Excel can make.
  case cellOutOfRange(source: String, cell: String)
  /// A cell holds more text than Excel allows.
  case cellTooLong(source: String, row: Int)
  /// The package could not be read (damaged, or the system's error).
  case unreadable(path: String, reason: String)

  /// The problem in plain words, naming the file and what would fix it.
  var description: String {
    let resave =
      "Open it in Excel (or LibreOffice) and save it again as .xlsx, or save the sheet "
      + "as CSV, then run again."
    switch self {
    case .notAWorkbook(let path, let reason):
      return "\(path) is not an Excel workbook that can be read (\(reason)). If it was renamed "
        + "from another format, open it in Excel and save it as .xlsx or CSV."
    case .missingPart(let path, let part):
      return "\(path) is incomplete: its part \(part) is missing. \(resave)"
    case .partTooLarge(let path, let part, let limit):
      return "\(path): the part \(part) unpacks to more than \(limit >> 20) MB, more than any "
        + "workbook impact reads. Split the data over several files, or save it as CSV."
    case .inflationRatio(let path, let part, let ratio):
      return "\(path): the part \(part) unpacks to over \(ratio) times its packed size, which "
        + "no real workbook does (the file may be damaged or built to exhaust memory); it was "
        + "not read. \(resave)"
    case .declaresDTD(let path, let part):
      return "\(path): the part \(part) declares a DTD (<!DOCTYPE …>), which Excel never "
        + "writes; it was refused unread, for safety. \(resave)"
    case .malformedXML(let path, let part, let line, let reason):
      return "\(path): the part \(part) is damaged (XML line \(line): \(reason)). \(resave)"
    case .sharedStringOutOfRange(let source, let cell, let index, let count):
      return "\(source): cell \(cell) points at shared text number \(index), but the workbook "
        + "holds \(count) shared texts; the file is damaged. \(resave)"
    case .cellOutOfRange(let source, let cell):
      return "\(source): a cell is at \(cell), outside any sheet Excel can make; the file is "
        + "damaged. \(resave)"
    case .cellTooLong(let source, let row):
      return "\(source): a cell in row \(row) holds more text than Excel allows in a cell; the "
        + "file is damaged. \(resave)"
    case .unreadable(let path, let reason):
      return "Could not read the workbook \(path) (\(reason)). Check that the file is complete "
        + "and not open in another program, then run again."
    }
  }
}
