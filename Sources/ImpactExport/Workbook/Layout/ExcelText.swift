/// Text prepared for a cell: what libxlsxwriter is given so that the cell reads back as the
/// original text in any strict reader, cut to Excel's limit with a visible note.
///
/// XML 1.0 cannot hold most control characters nor U+FFFE/U+FFFF, and C strings cannot hold
/// NUL, so those are written in the spreadsheet escape `_xHHHH_`, which readers turn back into
/// the character. A literal `_xHHHH_` in the text has its underscore escaped (`_x005F_`) so it
/// is not read as an escape. A cell holds at most 32,767 characters (UTF-16 units); longer
/// text is cut at a character boundary and ends with a note (the workbook's is
/// `workbook.cut` of `labels.txt`).
enum ExcelText {
  /// The most characters a cell holds.
  static let cellLimit = 32_767

  /// The escaped text and whether it was cut; a cut text ends with `cutNote`.
  static func cell(_ text: String, cutNote: String = "") -> (escaped: String, wasCut: Bool) {
    if text.utf8.count <= cellLimit, needsNoEscape(text.utf8) { return (text, false) }
    let whole = escape(text, budget: cellLimit)
    if !whole.wasCut { return (whole.escaped, false) }
    let noteLength = cutNote.utf16.count
    let cut = escape(text, budget: max(cellLimit - noteLength, 0))
    return (cut.escaped + cutNote, true)
  }

  /// Text for places that are not cells (document properties): characters XML cannot hold
  /// become spaces, since no reader decodes escapes there.
  static func plain(_ text: String, limit: Int = 255) -> String {
    let cleaned = String(
      String.UnicodeScalarView(text.unicodeScalars.map { isForbidden($0) ? " " : $0 }))
    guard cleaned.utf16.count > limit else { return cleaned }
    var out = ""
    var length = 0
    for character in cleaned {
      length += character.utf16.count
      if length > limit - 1 { break }
      out.append(character)
    }
    return out + "…"
  }

  /// Escapes whole characters while both the escaped length (in code points, as
  /// libxlsxwriter counts) and the read-back length (UTF-16, as Excel counts) stay within
  /// `budget`.
  private static func escape(_ text: String, budget: Int) -> (escaped: String, wasCut: Bool) {
    var out = String.UnicodeScalarView()
    var escapedLength = 0
    var readLength = 0
    let scalars = Array(text.unicodeScalars)
    var index = 0
    for character in text {
      var piece = String.UnicodeScalarView()
      for _ in character.unicodeScalars {
        let scalar = scalars[index]
        if isForbidden(scalar) {
          piece.append(contentsOf: code(scalar.value).unicodeScalars)
        } else if scalar == "_", isEscapeLike(scalars, at: index) {
          piece.append(contentsOf: code(0x5F).unicodeScalars)
        } else {
          piece.append(scalar)
        }
        index += 1
      }
      let read = character.utf16.count
      if escapedLength + piece.count > budget || readLength + read > budget {
        return (String(out), true)
      }
      out.append(contentsOf: piece)
      escapedLength += piece.count
      readLength += read
    }
    return (String(out), false)
  }

  private static func code(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
  }

  /// Characters XML 1.0 cannot hold (tab and line feed can), and carriage return, which XML
  /// readers turn into a line feed.
  private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A) || value == 0xFFFE
      || value == 0xFFFF
  }

  /// Whether text can go as it is, judged from its UTF-8 bytes (the common case, without
  /// decoding): no control character but tab and line feed, no byte 0xEF (which starts
  /// U+FFFE and U+FFFF; text with it takes the careful path), and no `_x` or `_X`.
  private static func needsNoEscape(_ bytes: String.UTF8View) -> Bool {
    var afterUnderscore = false
    for byte in bytes {
      if byte < 0x20 && byte != 0x09 && byte != 0x0A { return false }
      if byte == 0xEF { return false }
      if afterUnderscore && (byte == UInt8(ascii: "x") || byte == UInt8(ascii: "X")) {
        return false
      }
      afterUnderscore = byte == UInt8(ascii: "_")
    }
    return true
  }

  /// Whether `_xHHHH_` starts at `index`.
  private static func isEscapeLike(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard index + 6 < scalars.count, scalars[index + 1] == "x" || scalars[index + 1] == "X",
      scalars[index + 6] == "_"
    else { return false }
    return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
  }
}
