/// Where one file's records come from, as the reading of a data folder sees it: a CSV file
/// with its delimiter, or one worksheet of a workbook. Each call streams from the start.
struct RecordSource {
  /// The name in reports and messages (`register.csv`, `terms.xlsx [Autumn]`).
  let name: String
  /// The encoding reported for it (`UTF-8`, `XLSX`).
  let encoding: String
  /// The delimiter reported for it (`comma`, `worksheet`).
  let delimiter: String
  /// Streams every record in order to the body, with the bytes read so far to `progress`.
  let forEach: (_ progress: ((Int) -> Void)?, _ body: (CSVRecord) throws -> Void) throws -> Void
}
