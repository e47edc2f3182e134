/// A cell of a worksheet, by zero-based row and column, always inside Excel's grid
/// (1,048,576 rows × 16,384 columns).
struct CellPosition: Hashable, Sendable {
  /// Rows in a sheet.
  static let rowCount = 1_048_576
  /// Columns in a sheet.
  static let columnCount = 16_384

  /// The zero-based row.
  let row: Int
  /// The zero-based column.
  let column: Int

  /// A cell, or `nil` when it lies outside the grid.
  init?(row: Int, column: Int) {
    guard (0..<Self.rowCount).contains(row), (0..<Self.columnCount).contains(column) else {
      return nil
    }
    self.row = row
    self.column = column
  }

  /// The column's letters (`A`, `Z`, `AA` …).
  static func columnLetters(_ column: Int) -> String {
    var letters: [Character] = []
    var rest = column + 1
    while rest > 0 {
      let digit = (rest - 1) % 26
      letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
      rest = (rest - 1) / 26
    }
    return String(letters.reversed())
  }

  /// The absolute reference, `$C$6`.
  var absoluteReference: String { "$\(Self.columnLetters(column))$\(row + 1)" }

  /// The relative reference, `C6`.
  var reference: String { "\(Self.columnLetters(column))\(row + 1)" }
}

/// A rectangle of cells, first to last inclusive.
struct CellRange: Hashable, Sendable {
  /// The top-left cell.
  let first: CellPosition
  /// The bottom-right cell.
  let last: CellPosition

  /// A range, or `nil` when a corner lies outside the grid or the corners are the wrong way
  /// round.
  init?(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
    guard let first = CellPosition(row: firstRow, column: firstColumn),
      let last = CellPosition(row: lastRow, column: lastColumn),
      firstRow <= lastRow, firstColumn <= lastColumn
    else { return nil }
    self.first = first
    self.last = last
  }

  /// `A1:C9`.
  var reference: String { "\(first.reference):\(last.reference)" }

  /// Rows in the range.
  var rowCount: Int { last.row - first.row + 1 }
  /// Columns in the range.
  var columnCount: Int { last.column - first.column + 1 }
}
