/// Every bound on what `impact` reads, in one place: the data files, the workbooks,
/// `impact.yml` and the templates. A real organisation's exports are far inside them; a
/// hostile or broken input (a ZIP bomb, a YAML billion laughs, a template that writes
/// gigabytes) meets a message naming the file and the bound, never unbounded memory or time.
///
/// Each reader takes the limits it needs (`.standard` unless told), so tests can use small ones.
/// docs/reliability.md lists them with their reasons.
public struct InputLimits: Sendable, Equatable {
  // MARK: Data files

  /// The largest data file, in bytes (the benchmark's ten million rows are 1.5 GB in all).
  public var fileBytes = 8 << 30
  /// The widest row: Excel's last column is XFD, the 16,384th.
  public var columns = 16_384
  /// The most UTF-8 bytes of one cell (Excel holds 32,767 characters of up to 4 bytes).
  public var cellBytes = 32_767 * 4
  /// The longest record of a CSV file, in bytes before decoding, however many lines it spans
  /// (a quote left open can otherwise run to the end of the file).
  public var recordBytes = 16 << 20
  /// The most rows of one file or worksheet (Excel holds 1,048,576 a sheet).
  public var rowsPerFile = 50_000_000
  /// The most data files in the data folder, below it included.
  public var filesPerFolder = 10_000
  /// The most folders deep a data file may lie below the data folder.
  public var folderDepth = 16

  // MARK: Workbooks (.xlsx)

  /// The most bytes any one part may inflate to (a million-row sheet is a few hundred MB).
  public var workbookPartBytes = 4 << 30
  /// The most a part may inflate relative to its packed size, once past `workbookRatioFloor`.
  public var workbookInflationRatio = 250
  /// The inflated size below which the ratio is not checked (small parts pack very well).
  public var workbookRatioFloor = 8 << 20
  /// The most bytes the shared strings (kept in memory for lookups) may inflate to.
  public var sharedStringsBytes = 1 << 30
  /// The most bytes a small part (relationships, workbook, styles) may inflate to.
  public var workbookSmallPartBytes = 64 << 20

  // MARK: impact.yml

  /// The largest `impact.yml`, in bytes (CONFIG.md's full example is under 4 KB).
  public var configBytes = 1 << 20
  /// The most values the settings may hold once every alias is followed (a YAML
  /// "billion laughs" multiplies a few lines into billions).
  public var configValues = 100_000
  /// The deepest nesting of lists and maps in the settings (the deepest setting is 4).
  public var configDepth = 32

  // MARK: Templates

  /// The largest template or labels file, in bytes (the largest built-in one is under 8 KB).
  public var templateBytes = 1 << 20
  /// The deepest nesting of sections and partial inclusions in a template.
  public var templateDepth = 64
  /// The most bytes one rendered document may hold (the sample board report is under 100 KB).
  public var renderedBytes = 64 << 20

  /// Creates the standard limits; change a field for a test.
  public init() {}

  /// The limits for real use.
  public static let standard = InputLimits()

  /// A size in words for a message: `16 MB`, `512 KB`, `100 bytes` (whole units, rounded down).
  public static func size(_ bytes: Int) -> String {
    if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GB" }
    if bytes >= 1 << 20 { return "\(bytes >> 20) MB" }
    if bytes >= 1 << 10 { return "\(bytes >> 10) KB" }
    return "\(bytes) bytes"
  }
}
