/// What a workbook's `workbook.xml` says: its sheets in order (name, part, hidden or not) and
/// its date system.
struct WorkbookSheets {
  /// One sheet of the workbook.
  struct Sheet: Equatable {
    /// The name on its tab.
    var name: String
    /// Its part inside the package (`xl/worksheets/sheet1.xml`); empty for a chart sheet.
    var part: String
    /// Whether it is hidden (or "very hidden").
    var isHidden: Bool
  }

  /// The sheets, in tab order.
  private(set) var sheets: [Sheet] = []
  /// Whether dates count from 1904-01-01 (the old Mac system) instead of 1900.
  private(set) var uses1904Dates = false
  /// The workbook part's relationships (shared strings, styles).
  let relationships: PartRelationships

  /// Reads the workbook part `part` of `package`.
  init(part: String, in package: XlsxPackage) throws {
    relationships = try PartRelationships(of: part, in: package)
    let handler = Handler()
    try package.parse(part, into: handler, limit: package.limits.workbookSmallPartBytes)
    uses1904Dates = handler.uses1904Dates
    for found in handler.sheets {
      let target = relationships.byID[found.id]
      let isWorksheet = target?.type.hasSuffix("/worksheet") ?? false
      sheets.append(
        Sheet(
          name: found.name, part: isWorksheet ? target?.target ?? "" : "",
          isHidden: found.hidden))
    }
  }

  private final class Handler: XMLEventHandler {
    var sheets: [(name: String, id: String, hidden: Bool)] = []
    var uses1904Dates = false
    var stopReason: (any Error)? { nil }

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
      if name.is("workbookPr") {
        uses1904Dates = XMLBytes.isTrue(attributes.value("date1904"))
      } else if name.is("sheet") {
        let state = attributes.text("state") ?? "visible"
        sheets.append(
          (attributes.text("name") ?? "", attributes.text("id") ?? "", state != "visible"))
      }
    }

    func end(_ name: XMLName) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
  }
}
