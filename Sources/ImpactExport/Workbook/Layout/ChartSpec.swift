/// A native Excel chart: its kind, title, axes and series, each series reading a range of a
/// sheet.
struct ChartSpec: Sendable {
  /// The chart types the workbook uses.
  enum Kind: Sendable {
    /// Vertical bars.
    case column
    /// Horizontal bars (long category names read better).
    case bar
    /// Lines with markers.
    case line
    /// Horizontal bars, the series stacked end to end (shares of a whole).
    case stackedBar
  }

  /// Where the legend goes.
  enum LegendPosition: Sendable {
    case none, bottom, right, top
  }

  /// One series: a name and the cells it plots against the categories.
  struct Series: Sendable {
    var name: String
    var sheet: SheetName
    var categories: CellRange
    var values: CellRange
    var color: Color
  }

  var kind: Kind
  var title: String
  var series: [Series]
  var categoryAxisTitle: String?
  var valueAxisTitle: String?
  var valueFormat: NumberFormat?
  var legend = LegendPosition.bottom
  /// Where the value axis starts (0, so bars are not exaggerated); `nil` lets the chart choose.
  var valueAxisMinimum: Double? = 0
  /// Where the value axis ends; `nil` lets the chart choose.
  var valueAxisMaximum: Double? = nil
  /// Size relative to Excel's default chart (480 × 288 pixels).
  var widthScale = 1.5
  var heightScale = 1.25
}

/// An Excel table: a header row and data rows with filters and banded rows.
struct TableSpec: Sendable {
  /// The table's name (unique in the workbook).
  var name: DefinedName
  /// The column headers, one per column, distinct ignoring case.
  var headers: [String]
  /// How each header cell looks.
  var headerStyles: [CellStyle]
  /// Where the header row starts and how many data rows follow (at least one).
  var origin: CellPosition
  var dataRowCount: Int
}
