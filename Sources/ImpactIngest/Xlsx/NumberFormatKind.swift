/// What a cell's number format makes of its number: a plain number, a date, a date and time,
/// or a time of day. Read from the built-in format ids and from format codes.
enum NumberFormatKind: Equatable, Sendable {
  case number
  case date
  case dateTime
  case time

  /// The kind of built-in format `id` (ECMA-376 part 1, 18.8.30; ids 27–36 and 50–58 are the
  /// East Asian date formats).
  static func builtIn(_ id: Int) -> NumberFormatKind {
    switch id {
    case 14...17, 27...31, 34...36, 50...58: return .date
    case 22: return .dateTime
    case 18...21, 32, 33, 45...47: return .time
    default: return .number
    }
  }

  /// The kind a format code gives (`dd/mm/yyyy`, `h:mm AM/PM`, `#,##0.00`): its first section
  /// is read for date and time parts outside quoted text, escapes and colour or locale tags.
  static func of(code: String) -> NumberFormatKind {
    let bytes = Array(code.utf8)
    var hasDate = false
    var hasTime = false
    var hasMonthOrMinute = false
    var index = 0
    scan: while index < bytes.count {
      let byte = bytes[index] | 0x20  // ASCII lower case (harmless for the other bytes)
      switch bytes[index] {
      case UInt8(ascii: ";"): break scan
      case UInt8(ascii: "\""):
        index += 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") { index += 1 }
      case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"): index += 1
      case UInt8(ascii: "["):
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "]") { end += 1 }
        let tag = bytes[(index + 1)..<min(end, bytes.count)].map { $0 | 0x20 }
        // Elapsed time ([h], [mm], [ss]) counts; colours, conditions and locales do not.
        if !tag.isEmpty, tag.allSatisfy({ [0x68, 0x6D, 0x73].contains($0) }) { hasTime = true }
        index = end
      default:
        if byte == UInt8(ascii: "a"), Self.startsAMPM(bytes, at: index) {
          hasTime = true
          index += bytes[index...].prefix(5).map { $0 | 0x20 } == Array("am/pm".utf8) ? 4 : 2
        } else if byte == UInt8(ascii: "y") || byte == UInt8(ascii: "d") {
          hasDate = true
        } else if byte == UInt8(ascii: "h") || byte == UInt8(ascii: "s") {
          hasTime = true
        } else if byte == UInt8(ascii: "m") {
          hasMonthOrMinute = true
        } else if byte == UInt8(ascii: "g"), Self.startsGeneral(bytes, at: index) {
          index += 6
        }
      }
      index += 1
    }
    if hasMonthOrMinute && !hasTime { hasDate = true }
    switch (hasDate, hasTime) {
    case (true, true): return .dateTime
    case (true, false): return .date
    case (false, true): return .time
    case (false, false): return .number
    }
  }

  private static func startsAMPM(_ bytes: [UInt8], at index: Int) -> Bool {
    let rest = bytes[index...].prefix(5).map { $0 | 0x20 }
    return rest.starts(with: Array("am/pm".utf8)) || rest.starts(with: Array("a/p".utf8))
  }

  private static func startsGeneral(_ bytes: [UInt8], at index: Int) -> Bool {
    bytes[index...].prefix(7).map { $0 | 0x20 } == Array("general".utf8)
  }
}
