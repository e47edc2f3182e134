/// The form column headers are compared in.
enum HeaderName {
  /// A header case-folded, with everything but letters and digits (of any script) removed:
  /// "Session Date", "session_date", "SESSION-DATE" and "sessiondate" are all `sessiondate`,
  /// and "D/deaf or disabled?" is `ddeafordisabled`.
  static func normalise(_ header: String) -> String {
    var result = ""
    result.reserveCapacity(header.utf8.count)
    var isASCII = true
    for byte in header.utf8 {
      if byte >= 0x80 {
        isASCII = false
        break
      }
      if ByteCursor.isLetter(byte) {
        result.unicodeScalars.append(Unicode.Scalar(byte | 0x20))
      } else if ByteCursor.digit(byte) != nil {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      }
    }
    if isASCII { return result }
    return String(
      String.UnicodeScalarView(
        header.lowercased().unicodeScalars.filter {
          $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
  }
}
