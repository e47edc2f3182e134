/// The normal form coded values are compared in.
///
/// ASCII letters are lower-cased (other letters through Unicode lower-casing); spaces,
/// hyphens, underscores, dashes and the punctuation `, . ; : ! ? ( ) [ ] " *` are read as
/// one `_` (runs collapse, and none is kept at either end); `&` is read as the word `and`;
/// curly apostrophes are read as `'`. Other characters (`/`, `+`, `✓` …) are kept. So
/// "Face-to-face" and " face to face " are both `face_to_face`, and "Yes, definitely." is
/// `yes_definitely`. With `slashSeparates`, `/` is a separator too ("Mixed/Multiple").
enum CodeKey {
  /// The separator that joins the words of a key.
  static let separator = UInt8(ascii: "_")

  /// The key of a text.
  static func make(_ text: String, slashSeparates: Bool = false) -> String {
    CellText.withTrimmedBytes(text) { make($0, slashSeparates: slashSeparates) }
  }

  /// The key of trimmed UTF-8 bytes.
  static func make(_ bytes: UnsafeBufferPointer<UInt8>, slashSeparates: Bool = false) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 5 + 1) { output in
      var count = 0
      var pendingSeparator = false
      var needsUnicodeLowercasing = false
      func emit(_ byte: UInt8) {
        if pendingSeparator && count > 0 {
          output[count] = separator
          count += 1
        }
        pendingSeparator = false
        output[count] = byte
        count += 1
      }
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
          emit(byte | 0x20)
          index += 1
        case 0x09...0x0D, UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "_"),
          UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"),
          UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"),
          UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "*"):
          pendingSeparator = true
          index += 1
        case UInt8(ascii: "/") where slashSeparates:
          pendingSeparator = true
          index += 1
        case UInt8(ascii: "&"):
          pendingSeparator = true
          emit(UInt8(ascii: "a"))
          emit(UInt8(ascii: "n"))
          emit(UInt8(ascii: "d"))
          pendingSeparator = true
          index += 1
        case 0x80...:
          let special = specialLength(bytes, at: index)
          if special.length > 0 {
            if let replacement = special.replacement {
              emit(replacement)
            } else {
              pendingSeparator = true
            }
            index += special.length
          } else {
            needsUnicodeLowercasing = true
            emit(byte)
            index += 1
          }
        default:
          emit(byte)
          index += 1
        }
      }
      let key = String(
        decoding: UnsafeBufferPointer(rebasing: output[0..<count]), as: UTF8.self)
      return needsUnicodeLowercasing ? key.lowercased() : key
    }
  }

  /// The non-ASCII characters read specially: Unicode spaces and dashes (a separator,
  /// `replacement` nil) and curly apostrophes (`'`).
  private static func specialLength(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> (length: Int, replacement: UInt8?) {
    let space = CellText.unicodeSpaceLength(bytes, at: index)
    if space > 0 { return (space, nil) }
    guard index + 2 < bytes.count else { return (0, nil) }
    switch (bytes[index], bytes[index + 1], bytes[index + 2]) {
    case (0xE2, 0x80, 0x90...0x95), (0xE2, 0x88, 0x92): return (3, nil)
    case (0xE2, 0x80, 0x98), (0xE2, 0x80, 0x99): return (3, UInt8(ascii: "'"))
    default: return (0, nil)
    }
  }
}
