extension CSVRecord {
  /// The trimmed text of a column, or `nil` when the column is absent or the cell is empty.
  func text(_ column: Int?) -> String? {
    guard let column, column < count else { return nil }
    return withFieldBytes(column) { bytes in
      let trimmed = CellText.trimmed(bytes)
      return trimmed.isEmpty ? nil : String(decoding: trimmed, as: UTF8.self)
    }
  }

  /// Whether a column's cell holds anything once trimmed; `false` when the column is absent.
  func holds(_ column: Int?) -> Bool {
    guard let column, column < count else { return false }
    return withFieldBytes(column) { !CellText.trimmed($0).isEmpty }
  }

  /// Whether a column's cell, trimmed, holds something other than `text` (compared byte for
  /// byte, without making a `String`); `false` when the column is absent or the cell empty.
  func holds(_ column: Int?, otherThan text: StaticString) -> Bool {
    guard let column, column < count else { return false }
    return withFieldBytes(column) { raw in
      let trimmed = CellText.trimmed(raw)
      return !trimmed.isEmpty
        && !text.withUTF8Buffer { $0.elementsEqual(trimmed) }
    }
  }

  /// Whether every cell is empty or white space (a spreadsheet's empty row), by the same
  /// trimming rule as the cells themselves.
  var isBlank: Bool {
    (0..<count).allSatisfy { field in withFieldBytes(field) { CellText.trimmed($0).isEmpty } }
  }

  /// Every field's text.
  var allFields: [String] { (0..<count).map { self[$0] } }
}
