/// The text encodings a ``CSVWriter`` can write.
public enum CSVTextEncoding: Hashable, Sendable, CustomStringConvertible {
  /// UTF-8 without a byte order mark (the tool's outputs).
  case utf8
  /// UTF-8 with a byte order mark, as Excel's "CSV UTF-8" writes it.
  case utf8WithBOM
  /// UTF-16 little-endian with a byte order mark, as Excel's "Unicode text" writes it.
  case utf16LittleEndianWithBOM
  /// Windows-1252, as Excel's plain "CSV" writes it on Windows.
  case windows1252

  /// The name shown in messages.
  public var description: String {
    switch self {
    case .utf8: return "UTF-8"
    case .utf8WithBOM: return "UTF-8 with BOM"
    case .utf16LittleEndianWithBOM: return "UTF-16 LE"
    case .windows1252: return "Windows-1252"
    }
  }

  /// The bytes written at the very start of a file.
  var byteOrderMark: [UInt8] {
    switch self {
    case .utf8, .windows1252: return []
    case .utf8WithBOM: return [0xEF, 0xBB, 0xBF]
    case .utf16LittleEndianWithBOM: return [0xFF, 0xFE]
    }
  }

  /// The Windows-1252 byte for a scalar, or `nil` when it has none.
  static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
    let value = scalar.value
    if value < 0x80 || (0xA0...0xFF).contains(value) { return UInt8(value) }
    switch value {
    case 0x20AC: return 0x80
    case 0x201A: return 0x82
    case 0x0192: return 0x83
    case 0x201E: return 0x84
    case 0x2026: return 0x85
    case 0x2020: return 0x86
    case 0x2021: return 0x87
    case 0x02C6: return 0x88
    case 0x2030: return 0x89
    case 0x0160: return 0x8A
    case 0x2039: return 0x8B
    case 0x0152: return 0x8C
    case 0x017D: return 0x8E
    case 0x2018: return 0x91
    case 0x2019: return 0x92
    case 0x201C: return 0x93
    case 0x201D: return 0x94
    case 0x2022: return 0x95
    case 0x2013: return 0x96
    case 0x2014: return 0x97
    case 0x02DC: return 0x98
    case 0x2122: return 0x99
    case 0x0161: return 0x9A
    case 0x203A: return 0x9B
    case 0x0153: return 0x9C
    case 0x017E: return 0x9E
    case 0x0178: return 0x9F
    default: return nil
    }
  }
}
