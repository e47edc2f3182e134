extension CSVRecord {
  /// The trimmed text of a column, or `nil` when the column is absent or the cell is empty.
  func text(_ column: Int?) -> String? {
    guard let column, column < count else { return nil }
    return withFieldBytes(column) { bytes in
      let trimmed = CellText.trimmed(bytes)
      return trimmed.isEmpty ? nil : String(decoding: trimmed, as: UTF8.self)
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
