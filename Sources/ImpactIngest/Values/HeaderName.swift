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

extension HeaderName {
  /// A header without a leading question number: `Q3. I've been feeling useful`,
  /// `3) Rating`, `Question 12: Age` and `1a - Name` lose their number; a header that is
  /// nothing but the number is kept whole.
  static func droppingQuestionNumber(_ header: String) -> String {
    let bytes = Array(header.utf8)
    var index = 0
    func skipSpaces() { while index < bytes.count, bytes[index] == 0x20 { index += 1 } }
    skipSpaces()
    let lower = bytes.map { $0 | 0x20 }
    if lower[index...].starts(with: "question".utf8) {
      index += 8
    } else if index < bytes.count, lower[index] == UInt8(ascii: "q") {
      index += 1
    }
    skipSpaces()
    let digits = index
    while index < bytes.count, ByteCursor.digit(bytes[index]) != nil { index += 1 }
    guard index > digits, index - digits <= 3 else { return header }
    if index < bytes.count, ByteCursor.isLetter(bytes[index]),
      index + 1 >= bytes.count || !ByteCursor.isLetter(bytes[index + 1])
    {
      index += 1
    }
    let numberEnd = index
    skipSpaces()
    guard index < bytes.count else { return header }
    if ".):-".utf8.contains(bytes[index]) {
      index += 1
    } else if index == numberEnd {
      return header
    }
    skipSpaces()
    guard index < bytes.count else { return header }
    return String(decoding: bytes[index...], as: UTF8.self)
  }
}
