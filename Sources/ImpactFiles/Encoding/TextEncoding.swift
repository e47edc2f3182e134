/// The text encoding of a file, for reading and for writing.
///
/// These are the encodings of the exports people bring: a reader finds which one a file uses,
/// and a ``CSVWriter`` can write each of them (the tool's own outputs are always ``utf8``).
/// UTF-16 always comes with its byte order mark: a reader recognises UTF-16 by it, and a
/// writer puts it first.
public enum TextEncoding: Hashable, Sendable, CaseIterable {
  /// UTF-8 without a byte order mark (plain ASCII is this too); the tool's outputs.
  case utf8
  /// UTF-8 starting with the byte order mark EF BB BF (Excel's "CSV UTF-8").
  case utf8WithBOM
  /// UTF-16 little-endian, starting with FF FE (Excel's "Unicode text").
  case utf16LittleEndian
  /// UTF-16 big-endian, starting with FE FF.
  case utf16BigEndian
  /// Windows-1252 (Excel's plain "CSV" on Windows); see ``Windows1252``.
  case windows1252

  /// The name shown to users (`UTF-8`, `UTF-8 with BOM`, `UTF-16LE`, `UTF-16BE`,
  /// `Windows-1252`).
  public var name: String {
    switch self {
    case .utf8: return "UTF-8"
    case .utf8WithBOM: return "UTF-8 with BOM"
    case .utf16LittleEndian: return "UTF-16LE"
    case .utf16BigEndian: return "UTF-16BE"
    case .windows1252: return "Windows-1252"
    }
  }

  /// The bytes at the very start of a file in this encoding: its byte order mark, if any.
  public var byteOrderMark: [UInt8] {
    switch self {
    case .utf8, .windows1252: return []
    case .utf8WithBOM: return [0xEF, 0xBB, 0xBF]
    case .utf16LittleEndian: return [0xFF, 0xFE]
    case .utf16BigEndian: return [0xFE, 0xFF]
    }
  }

  /// Bytes per code unit: 2 for UTF-16, otherwise 1.
  public var codeUnitSize: Int {
    switch self {
    case .utf16LittleEndian, .utf16BigEndian: return 2
    case .utf8, .utf8WithBOM, .windows1252: return 1
    }
  }
}
