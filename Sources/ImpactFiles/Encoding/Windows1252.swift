/// The Windows-1252 code page, both ways, from one table.
///
/// Bytes below 0x80 are ASCII and bytes 0xA0–0xFF are the Latin-1 characters of the same
/// number; bytes 0x80–0x9F are the typographic characters of ``highBytes`` (€, curly quotes,
/// dashes …), except five the code page leaves undefined: 0x81, 0x8D, 0x8F, 0x90 and 0x9D.
public enum Windows1252 {
  /// What bytes 0x80–0x9F stand for, in byte order; `nil` for the five undefined bytes.
  public static let highBytes: [Unicode.Scalar?] = [
    "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
    "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
    nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
    "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
  ]

  /// The character `byte` stands for.
  ///
  /// Every byte decodes: the five undefined bytes become the C1 control characters of the
  /// same number (U+0081 …), as other decoders read them, so no byte of a file is lost.
  public static func scalar(for byte: UInt8) -> Unicode.Scalar {
    if byte < 0x80 || byte >= 0xA0 { return Unicode.Scalar(byte) }
    return highBytes[Int(byte - 0x80)] ?? Unicode.Scalar(byte)
  }

  /// The byte for `scalar`, or `nil` when Windows-1252 has none (the C1 control characters
  /// U+0080–U+009F included: the code page does not define them).
  public static func byte(for scalar: Unicode.Scalar) -> UInt8? {
    let value = scalar.value
    if value < 0x80 || (0xA0...0xFF).contains(value) { return UInt8(value) }
    guard let index = highBytes.firstIndex(of: scalar) else { return nil }
    return 0x80 + UInt8(index)
  }
}
