import ImpactFiles

/// Turns text in a file's encoding into UTF-8, piece by piece.
///
/// UTF-16 keeps a high surrogate that ends one piece for the next; an unpaired or invalid
/// surrogate becomes U+FFFD. Windows-1252 maps every byte through `Windows1252.scalar(for:)`
/// (the five bytes it leaves undefined map to the control characters of the same number).
/// UTF-8 needs no transcoding and is not handled here.
struct TextTranscoder: Sendable {
  /// The source encoding.
  let encoding: TextEncoding
  /// A high surrogate waiting for its low half.
  private var pendingHighSurrogate: UInt16?

  /// The most UTF-8 bytes one source byte can become (a UTF-16 unit or a Windows-1252 byte
  /// becomes at most three; a surrogate pair's four bytes come from four source bytes), plus
  /// room for two U+FFFD flushed at the end.
  static func outputCapacity(forSourceBytes count: Int) -> Int {
    count * 3 + 6
  }

  /// Creates a transcoder for `encoding`, which must not be a UTF-8 one.
  init(encoding: TextEncoding) {
    self.encoding = encoding
  }

  /// Forgets any half-read character (after seeking to a line start).
  mutating func reset() {
    pendingHighSurrogate = nil
  }

  /// Transcodes `source` (whole code units) to `output`; returns the bytes written.
  mutating func transcode(
    _ source: UnsafeRawBufferPointer, into output: UnsafeMutablePointer<UInt8>
  ) -> Int {
    switch encoding {
    case .windows1252:
      return Self.transcodeWindows1252(source, into: output)
    case .utf16LittleEndian:
      return transcodeUTF16(source, bigEndian: false, into: output)
    case .utf16BigEndian:
      return transcodeUTF16(source, bigEndian: true, into: output)
    case .utf8, .utf8WithBOM:
      preconditionFailure("UTF-8 is read as it is")
    }
  }

  /// Whether a high surrogate is waiting for its low half.
  var hasPendingSurrogate: Bool { pendingHighSurrogate != nil }

  /// At the end of the text: writes U+FFFD for a high surrogate left waiting, and one for a
  /// `halfUnit` (a lone last byte of UTF-16); returns the bytes written.
  mutating func flush(into output: UnsafeMutablePointer<UInt8>, halfUnit: Bool) -> Int {
    var written = 0
    if pendingHighSurrogate != nil {
      pendingHighSurrogate = nil
      written += Self.encode(0xFFFD, into: output)
    }
    if halfUnit {
      written += Self.encode(0xFFFD, into: output + written)
    }
    return written
  }

  private mutating func transcodeUTF16(
    _ source: UnsafeRawBufferPointer, bigEndian: Bool, into output: UnsafeMutablePointer<UInt8>
  ) -> Int {
    var written = 0
    var index = 0
    while index + 1 < source.count {
      let first = UInt16(source[index])
      let second = UInt16(source[index + 1])
      let unit = bigEndian ? first << 8 | second : second << 8 | first
      index += 2
      if let high = pendingHighSurrogate {
        pendingHighSurrogate = nil
        if unit >= 0xDC00 && unit <= 0xDFFF {
          let scalar = 0x10000 + (UInt32(high - 0xD800) << 10 | UInt32(unit - 0xDC00))
          written += Self.encode(scalar, into: output + written)
          continue
        }
        written += Self.encode(0xFFFD, into: output + written)
      }
      switch unit {
      case 0..<0x80:
        output[written] = UInt8(unit)
        written += 1
      case 0xD800...0xDBFF:
        pendingHighSurrogate = unit
      case 0xDC00...0xDFFF:
        written += Self.encode(0xFFFD, into: output + written)
      default:
        written += Self.encode(UInt32(unit), into: output + written)
      }
    }
    return written
  }

  private static func transcodeWindows1252(
    _ source: UnsafeRawBufferPointer, into output: UnsafeMutablePointer<UInt8>
  ) -> Int {
    var written = 0
    for byte in source {
      if byte < 0x80 {
        output[written] = byte
        written += 1
      } else {
        written += encode(Windows1252.scalar(for: byte).value, into: output + written)
      }
    }
    return written
  }

  /// Writes `scalar` (not a surrogate) as UTF-8; returns the bytes written.
  private static func encode(_ scalar: UInt32, into output: UnsafeMutablePointer<UInt8>) -> Int {
    switch scalar {
    case 0..<0x80:
      output[0] = UInt8(scalar)
      return 1
    case 0x80..<0x800:
      output[0] = UInt8(0xC0 | scalar >> 6)
      output[1] = UInt8(0x80 | scalar & 0x3F)
      return 2
    case 0x800..<0x10000:
      output[0] = UInt8(0xE0 | scalar >> 12)
      output[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
      output[2] = UInt8(0x80 | scalar & 0x3F)
      return 3
    default:
      output[0] = UInt8(0xF0 | scalar >> 18)
      output[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
      output[2] = UInt8(0x80 | scalar >> 6 & 0x3F)
      output[3] = UInt8(0x80 | scalar & 0x3F)
      return 4
    }
  }
}
