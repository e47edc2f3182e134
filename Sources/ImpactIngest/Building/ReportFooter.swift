import ImpactModel

/// The lines after a file's data that are not data (DATA.md "Real exports"): a report
/// footer starts at a line whose only cell, the first, begins with a footer phrase
/// (`Grand Totals (6 records)`, `Copyright (c) …`, `Confidential Information …`, from
/// `values.txt`), and goes on over every following line of at most one cell. The footer is
/// listed once per file, neither read nor rejected.
struct ReportFooter {
  /// The words that start a footer.
  static let phrases = CodeTable<Bool>(vocabulary: "footer") { $0 == "footer" ? true : nil }

  /// The footer lines seen, and the first one's text.
  private(set) var lines = 0
  private(set) var first = ""
  private var open = false

  /// Whether a record is a footer line (and if so, counts it).
  mutating func take(_ record: borrowing CSVRecord) -> Bool {
    guard record.count > 0, record.nonBlankCells(atMost: 2) == 1 else {
      open = false
      return false
    }
    let isPhrase = record.withFieldBytes(0) { raw in
      let bytes = CellText.trimmed(raw)
      guard !bytes.isEmpty, case .code = Self.phrases.match(bytes) else { return false }
      return true
    }
    guard open || isPhrase else { return false }
    if !open, lines == 0 { first = record.text(0) ?? "" }
    open = true
    lines += 1
    return true
  }

  /// The note for a file's footer, if it had one.
  func note(for path: String) -> FileNote? {
    guard lines > 0 else { return nil }
    let count = lines == 1 ? "1 line" : "\(lines) lines"
    return FileNote(
      path: path,
      message: "\(path): \(count) after the data are a report footer (`\(first)` …), not data: "
        + "neither read nor rejected")
  }
}

extension CSVRecord {
  /// How many cells hold more than white space, counting no further than `limit`.
  func nonBlankCells(atMost limit: Int) -> Int {
    var found = 0
    for index in 0..<count where found < limit {
      let blank = withFieldBytes(index) { CellText.trimmed($0).isEmpty }
      if !blank { found += 1 }
    }
    return found
  }
}
