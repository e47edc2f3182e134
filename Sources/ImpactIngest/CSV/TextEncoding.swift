/// The text encoding of an input file, as found by `detect(in:chunkSize:)`.
enum TextEncoding: Hashable, Sendable, CaseIterable {
  /// UTF-8 without a byte order mark (plain ASCII is reported as this).
  case utf8
  /// UTF-8 starting with the byte order mark EF BB BF (Excel's "CSV UTF-8").
  case utf8WithBOM
  /// UTF-16 little-endian, starting with FF FE (Excel's "Unicode text").
  case utf16LittleEndian
  /// UTF-16 big-endian, starting with FE FF.
  case utf16BigEndian
  /// Windows-1252: any file that is not valid UTF-8 (Excel's plain "CSV" on Windows).
  case windows1252

  /// The name shown to users.
  var name: String {
    switch self {
    case .utf8: return "UTF-8"
    case .utf8WithBOM: return "UTF-8 with BOM"
    case .utf16LittleEndian: return "UTF-16LE"
    case .utf16BigEndian: return "UTF-16BE"
    case .windows1252: return "Windows-1252"
    }
  }

  /// Bytes per code unit: 2 for UTF-16, otherwise 1.
  var unitSize: Int {
    switch self {
    case .utf16LittleEndian, .utf16BigEndian: return 2
    case .utf8, .utf8WithBOM, .windows1252: return 1
    }
  }
}
