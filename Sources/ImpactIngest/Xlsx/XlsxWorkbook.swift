import ImpactModel

/// An `.xlsx` or `.xlsm` workbook opened for reading: its sheets (name, hidden or not), and
/// each worksheet's rows streamed as records of cell texts (see ``SheetReader``).
///
/// Opening reads the small parts (relationships, workbook, styles) and the shared strings,
/// which cells point into by index; a worksheet is only ever streamed.
///
/// Its state is fixed once opened, but its archive keeps a file position: a workbook may be
/// handed to another thread (a sheet parsed there while the dataset is built here), yet read
/// by one thread at a time.
final class XlsxWorkbook: @unchecked Sendable {
  /// The file as shown in messages (relative to the data folder).
  let shownAs: String
  /// The sheets, in tab order (hidden ones and chart sheets included).
  let sheets: [WorkbookSheets.Sheet]
  /// Whether the workbook counts dates from 1904.
  let uses1904Dates: Bool
  private let package: XlsxPackage
  private let styles: XlsxStyles
  private let sharedStrings: SharedStrings

  /// Opens the workbook at `path`, shown in messages as `shownAs`.
  init(path: String, shownAs: String, limits: InputLimits = .standard) throws {
    self.shownAs = shownAs
    let package = try XlsxPackage(path: path, shownAs: shownAs, limits: limits)
    self.package = package
    let root = try PartRelationships(of: "", in: package)
    let part = root.target(ofType: "officeDocument") ?? "xl/workbook.xml"
    guard package.has(part) else {
      throw XlsxError.notAWorkbook(path: shownAs, reason: "it holds no workbook part")
    }
    let workbook = try WorkbookSheets(part: part, in: package)
    sheets = workbook.sheets
    uses1904Dates = workbook.uses1904Dates
    styles =
      try workbook.relationships.target(ofType: "styles").map {
        try XlsxStyles(part: $0, in: package)
      } ?? XlsxStyles()
    sharedStrings =
      try workbook.relationships.target(ofType: "sharedStrings").map {
        try SharedStrings(part: $0, in: package)
      } ?? SharedStrings()
  }

  /// How a sheet is named in messages: `file.xlsx [Sheet name]`.
  func source(_ sheet: WorkbookSheets.Sheet) -> String {
    "\(shownAs) [\(sheet.name)]"
  }

  /// The packed size of a sheet's part, for progress.
  func packedSize(_ sheet: WorkbookSheets.Sheet) -> Int {
    package.packedSize(sheet.part)
  }

  /// Streams the rows of a worksheet to `body` (see ``SheetReader/read(_:in:progress:_:)``).
  func forEachRow(
    of sheet: WorkbookSheets.Sheet, progress: ((Int) -> Void)? = nil,
    _ body: (CSVRecord) throws -> Void
  ) throws {
    let reader = SheetReader(
      source: source(sheet), sharedStrings: sharedStrings, styles: styles,
      uses1904Dates: uses1904Dates, limits: package.limits)
    try reader.read(sheet.part, in: package, progress: progress, body)
  }
}
