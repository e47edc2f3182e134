/// A table for the `_table-md`, `_table-html` and `_table-txt` partials: a caption, column
/// headings and rows of cells, numeric columns aligned right.
struct TableView: Sendable {
  /// One cell.
  struct Cell: Sendable {
    let text: String
    let numeric: Bool
    /// The first cell of a row (a row heading in HTML).
    let first: Bool
  }

  /// One row.
  struct Row: Sendable {
    let cells: [Cell]
  }

  /// The caption.
  let caption: String
  /// The headings.
  let headers: [Cell]
  /// The rows.
  let rows: [Row]
  /// Whether there are any rows (templates print a note instead of an empty table).
  let hasRows: Bool
  /// The plain-text layout: each row as one line of padded columns.
  let textLines: [String]

  /// A table whose first column is text and the others numbers.
  init(caption: String, headers: [String], rows: [[String]]) {
    self.caption = caption
    self.headers = headers.enumerated().map {
      Cell(text: $1, numeric: $0 > 0, first: $0 == 0)
    }
    self.rows = rows.map { cells in
      Row(cells: cells.enumerated().map { Cell(text: $1, numeric: $0 > 0, first: $0 == 0) })
    }
    hasRows = !rows.isEmpty
    var widths = headers.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { index, cell in
        let pad = String(
          repeating: " ", count: max(widths[min(index, widths.count - 1)] - cell.count, 0))
        return index == 0 ? cell + pad : pad + cell
      }.joined(separator: "  ")
    }
    textLines = [line(headers)] + rows.map(line)
  }
}
