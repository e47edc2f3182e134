/// What reading one input file found.
public struct FileReport: Hashable, Sendable {
  /// The file, as a path relative to the data folder.
  public var path: String
  /// The kind the file was recognised as.
  public var kind: FileKind
  /// The text encoding found (`UTF-8`, `UTF-8 with BOM`, `UTF-16LE`, `Windows-1252` …).
  public var encoding: String
  /// The delimiter found (`comma`, `semicolon`, `tab`).
  public var delimiter: String
  /// The line the header was found on (1 unless title rows stand above it).
  public var headerLine: Int
  /// Data records read (rejected and duplicate ones included; header and title rows not).
  public var rowsRead = 0
  /// Rows rejected.
  public var rowsRejected = 0
  /// Rows collapsed as duplicates.
  public var duplicates = 0
  /// Warnings.
  public var warnings = 0
  /// Header names that match no canonical column; kept out of the analysis.
  public var unknownColumns: [String] = []
  /// The export layout the header was recognised as ("Google Forms responses"), if any.
  public var layout: String?
  /// What stands for each person when the file has no participant_id column (`email`,
  /// `full name`), if anything.
  public var personKey: String?
  /// What the file took from its name, said in words (`the date 2025-07-01 and the programme
  /// `Youth Theatre` from the file name`), if anything.
  public var fromFileName: String?
  /// Each header cell read as a canonical column, left to right (`Attendee Status` read as
  /// `status`); the person key's cell is read as `participant_id`.
  public var columnsRead: [ColumnRead] = []
  /// The date columns whose values all read either way (`03/04/2025`), so that `date_order`
  /// decided them.
  public var datesByDateOrder: [String] = []
  /// Further columns that could have been the attendance status, not read.
  public var otherStatusColumns: [String] = []

  /// A header cell and the canonical column it is read as.
  public struct ColumnRead: Hashable, Sendable {
    /// The header cell, as written (trimmed).
    public var header: String
    /// The canonical column's name (`status`).
    public var column: String

    /// Creates the pair.
    public init(header: String, column: String) {
      self.header = header
      self.column = column
    }
  }

  /// Creates a report with zero counts.
  public init(path: String, kind: FileKind, encoding: String, delimiter: String, headerLine: Int) {
    self.path = path
    self.kind = kind
    self.encoding = encoding
    self.delimiter = delimiter
    self.headerLine = headerLine
  }
}
