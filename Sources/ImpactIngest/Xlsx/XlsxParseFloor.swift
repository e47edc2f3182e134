import ImpactModel

/// The least the workbook reader can do with a workbook: each worksheet's XML inflated from the
/// ZIP package and streamed through the same libxml2 push parser the reader uses (see
/// ``XlsxPackage`` and ``XMLPushParser``), with callbacks that only count rows and cells.
/// `make bench` measures reading `.xlsx` data against this floor, as it measures CSV data
/// against ``CSVParseFloor`` (issue 10).
///
/// Not used by the report; the benchmark calls it on the same workbooks the report reads.
/// Shared strings, styles and cell values are not read: only the worksheets' markup.
public enum XlsxParseFloor {
  /// What a parse of some workbooks came to.
  public struct Count: Sendable, Equatable {
    /// The worksheets parsed (chart sheets have no cells and are not counted).
    public var sheets = 0
    /// The inflated XML bytes of those worksheets fed to libxml2 (as their packages declare
    /// them; the ZIP layer checks each part's size and checksum as it inflates it).
    public var bytes = 0
    /// The packed (compressed) bytes of those worksheets in their packages.
    public var packedBytes = 0
    /// The `row` elements that hold at least one cell.
    public var rows = 0
    /// The `c` (cell) elements.
    public var cells = 0

    /// A count of nothing.
    public init() {}
  }

  /// Parses every worksheet of each workbook at `paths`, one after another on this thread,
  /// hidden sheets included. Throws ``XlsxError`` (as a message) for a file that is not a
  /// readable workbook.
  public static func parse(paths: [String], limits: InputLimits = .standard) throws -> Count {
    var count = Count()
    for path in paths {
      let package = try XlsxPackage(path: path, shownAs: path, limits: limits)
      let root = try PartRelationships(of: "", in: package)
      let part = root.target(ofType: "officeDocument") ?? "xl/workbook.xml"
      guard package.has(part) else {
        throw XlsxError.notAWorkbook(path: path, reason: "it holds no workbook part")
      }
      for sheet in try WorkbookSheets(part: part, in: package).sheets where !sheet.part.isEmpty {
        let counter = Counter()
        try package.parse(sheet.part, into: counter)
        count.sheets += 1
        count.bytes += package.declaredSize(sheet.part)
        count.packedBytes += package.packedSize(sheet.part)
        count.rows += counter.rows
        count.cells += counter.cells
      }
    }
    return count
  }

  /// Counts the rows that hold cells, and the cells.
  private final class Counter: XMLEventHandler {
    var rows = 0
    var cells = 0
    private var cellsInRow = 0
    var stopReason: (any Error)? { nil }

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
      if name.is("c") {
        cells += 1
        cellsInRow += 1
      } else if name.is("row") {
        cellsInRow = 0
      }
    }

    func end(_ name: XMLName) {
      if name.is("row"), cellsInRow > 0 { rows += 1 }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
  }
}
