import ImpactModel

/// Finds a file's header among its first records: the first row that fits a kind, or a
/// survey export's two header rows (SurveyMonkey: question titles, then sub-labels).
struct HeaderLocator {
  /// How many records to look through before giving up.
  static let searchDepth = 20

  /// Where the header is and what it makes the file.
  struct Found {
    /// The index, in the searched records, of the first data record.
    var firstDataRecord: Int
    /// The line of the (first) header row.
    var line: Int
    var kind: FileKind
    var layout: ColumnLayout
  }

  let recognizer: KindRecognizer

  /// Looks for the header in `records` (each a line number and its cells).
  func locate(
    _ records: [(line: Int, cells: [String])], named: FileKind?,
    fromName: FileNameFacts = FileNameFacts()
  ) -> Found? {
    for (index, record) in records.enumerated() {
      // A title row above the header names a register grid's programme.
      let title = index > 0 ? records[index - 1].cells.first { !CellText.trimmed($0).isEmpty } : nil
      if index + 1 < records.count, Self.isSubHeader(records[index + 1].cells) {
        let merged = Self.merge(record.cells, records[index + 1].cells)
        if let (kind, layout) = recognizer.recognise(
          header: merged, named: named, fromName: fromName, title: title)
        {
          return Found(firstDataRecord: index + 2, line: record.line, kind: kind, layout: layout)
        }
      }
      if let (kind, layout) = recognizer.recognise(
        header: record.cells, named: named, fromName: fromName, title: title)
      {
        return Found(firstDataRecord: index + 1, line: record.line, kind: kind, layout: layout)
      }
    }
    return nil
  }

  /// Whether a row is a survey export's second header row: it labels answers
  /// ("Response", "Open-Ended Response") rather than holding them.
  static func isSubHeader(_ cells: [String]) -> Bool {
    cells.contains { cell in
      let text = CellText.trimmed(cell).lowercased()
      return text == "response" || text == "open-ended response"
    }
  }

  /// The header a two-row survey export means: a sub-label names its column, unless it is a
  /// generic one ("Response"), when the title above (or the last title to the left) does.
  static func merge(_ titles: [String], _ labels: [String]) -> [String] {
    var merged: [String] = []
    for position in 0..<max(titles.count, labels.count) {
      let title = position < titles.count ? CellText.trimmed(titles[position]) : ""
      let label = position < labels.count ? CellText.trimmed(labels[position]) : ""
      let generic = label.isEmpty || isSubHeader([label])
      merged.append(generic ? title : label)
    }
    return merged
  }
}
