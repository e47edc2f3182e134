extension CSVRecord {
  /// The trimmed text of a column, or `nil` when the column is absent or the cell is empty.
  func text(_ column: Int?) -> String? {
    guard let column, column < count else { return nil }
    return withFieldBytes(column) { bytes in
      let trimmed = CellText.trimmed(bytes)
      return trimmed.isEmpty ? nil : String(decoding: trimmed, as: UTF8.self)
    }
  }

  /// Whether every cell is empty or white space (a spreadsheet's empty row).
  var isBlank: Bool {
    (0..<count).allSatisfy { field in
      withFieldBytes(field) { bytes in bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
    }
  }

  /// Every field's text.
  var allFields: [String] { (0..<count).map { self[$0] } }
}
