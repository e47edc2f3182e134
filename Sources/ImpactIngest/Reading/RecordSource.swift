/// Where one file's records come from, as the reading of a data folder sees it: a CSV file
/// with its delimiter, or one worksheet of a workbook. Each call streams from the start.
struct RecordSource {
  /// The name in reports and messages (`register.csv`, `terms.xlsx [Autumn]`).
  let name: String
  /// The encoding reported for it (`UTF-8`, `XLSX`).
  let encoding: String
  /// The delimiter reported for it (`comma`, `worksheet`).
  let delimiter: String
  /// Streams every record in order to the body, with the bytes read so far to `progress`, on
  /// the calling thread alone; for a look at the top, which the body ends by throwing.
  let forEach: (_ progress: ((Int) -> Void)?, _ body: (CSVRecord) throws -> Void) throws -> Void
  /// Streams every record in order to the body as `forEach` does, for a reading that goes to
  /// the end: a large file may be parsed on several cores at once.
  let forEachToEnd:
    (_ progress: ((Int) -> Void)?, _ body: (CSVRecord) throws -> Void) throws -> Void

  /// A source whose reading to the end is its plain reading.
  init(
    name: String, encoding: String, delimiter: String,
    forEach:
      @escaping (_ progress: ((Int) -> Void)?, _ body: (CSVRecord) throws -> Void) throws
      -> Void,
    forEachToEnd: (
      (_ progress: ((Int) -> Void)?, _ body: (CSVRecord) throws -> Void) throws -> Void
    )? = nil
  ) {
    self.name = name
    self.encoding = encoding
    self.delimiter = delimiter
    self.forEach = forEach
    self.forEachToEnd = forEachToEnd ?? forEach
  }
}
