import ImpactAnalytics
import ImpactFiles

/// `indicators.csv`: every figure, one row each, as OUTPUTS.md lays down.
public struct IndicatorsCSVFile {
  let rows: [IndicatorRow]

  /// Creates the file's content.
  public init(rows: [IndicatorRow]) {
    self.rows = rows
  }

  /// Writes the file at `path`, atomically.
  public func write(to path: String) throws(FileWriteError) {
    var writer = try CSVWriter(path: path)
    try writer.writeRow(IndicatorColumns.names.map { CSVField($0) })
    var cells = IndicatorCells()
    for row in rows {
      try writer.writeRow(
        cells.cells(row).map { cell in
          switch cell {
          case .text(let text, let fromData): return CSVField(text, spreadsheetSafe: fromData)
          case .number(let value): return CSVField(PlainNumber.text(value))
          case .empty: return CSVField("")
          }
        })
    }
    try writer.finish()
  }
}
