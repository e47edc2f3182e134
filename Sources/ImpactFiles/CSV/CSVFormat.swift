/// How a CSV file is laid out: delimiter, line ends and text encoding.
///
/// The default is the format of every output of the tool: comma-separated, `\n` line ends,
/// UTF-8 without a byte order mark. The other choices exist for writing test and sample data
/// that looks like the exports people bring.
public struct CSVFormat: Hashable, Sendable {
  /// The byte between fields.
  public var delimiter: Delimiter
  /// The bytes after each row.
  public var lineEnding: LineEnding
  /// The text encoding of the file.
  public var encoding: TextEncoding

  /// A format; by default comma-separated UTF-8 with `\n` line ends.
  public init(
    delimiter: Delimiter = .comma, lineEnding: LineEnding = .lf,
    encoding: TextEncoding = .utf8
  ) {
    self.delimiter = delimiter
    self.lineEnding = lineEnding
    self.encoding = encoding
  }

  /// The bytes that end a row.
  public enum LineEnding: Hashable, Sendable {
    /// `\n` (Unix, and the tool's outputs).
    case lf
    /// `\r\n` (Windows).
    case crlf
  }
}
