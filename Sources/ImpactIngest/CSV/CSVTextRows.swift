import ImpactFiles

/// A CSV file's records as texts, read the way the report reads it: the encoding found from
/// the file's bytes, the delimiter (comma, semicolon or tab) from the first line that splits
/// into at least three fields. For tools that turn CSV data into other forms (`impact-bench`
/// writes the benchmark's workbook from the sample's registers with it); not used by the report.
public enum CSVTextRows {
  /// Calls `body` with the fields of each record of the file at `path`, in order, and its line.
  /// Records with malformed quoting are skipped, as they have no fields. Throws
  /// ``CSVReadError`` when the file cannot be read, and whatever `body` throws.
  public static func forEach(
    path: String, _ body: (_ line: Int, _ fields: [String]) throws -> Void
  ) throws {
    let reader = try CSVFileReader(path: path)
    let delimiter = Delimiter.sniff(sampleLines: try reader.sampleLines(10)) { $0.count >= 3 }
    try reader.forEachRecord(delimiter: delimiter) { record in
      guard record.problem == nil else { return }
      try body(record.line, record.allFields)
    }
  }
}
