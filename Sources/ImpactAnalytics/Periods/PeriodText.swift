import Foundation
import ImpactModel

/// The small pieces of `--period` text reading: trimming, ISO dates, year labels, suffixes.
enum PeriodText {
  /// What follows a year label.
  enum Suffix: Equatable {
    case none
    case quarter(Int)
    case yearToDate
  }

  /// A year label as written: its first calendar year and whether it names two.
  struct YearLabel: Equatable {
    var firstCalendarYear: Int
    var spansTwoCalendarYears: Bool
  }

  /// `text` without leading and trailing spaces, tabs and line breaks.
  static func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Splits lower-cased text into a year label and a `q1`…`q4` or `ytd` suffix, dropping the
  /// separator between them (spaces, one `-` or `_`, or nothing).
  static func splitSuffix(_ text: String) -> (year: String, suffix: Suffix) {
    var rest = Substring(text)
    let suffix: Suffix
    if rest.hasSuffix("ytd") {
      rest = rest.dropLast(3)
      suffix = .yearToDate
    } else if rest.count >= 2, rest.dropLast().last == "q", let digit = rest.last?.wholeNumberValue,
      (1...4).contains(digit), rest.last!.isASCII
    {
      rest = rest.dropLast(2)
      suffix = .quarter(digit)
    } else {
      return (text, .none)
    }
    let withoutSpaces = trimmed(String(rest))
    if withoutSpaces.count == rest.count, let last = rest.last, last == "-" || last == "_" {
      return (String(rest.dropLast()), suffix)
    }
    return (withoutSpaces, suffix)
  }

  /// Reads `2025` or `2025-26`, `2025/26`, `2025-2026`, `2025/2026` (the second year the one
  /// after the first), or `nil`.
  static func financialYear(_ text: String) -> YearLabel? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 4, let first = number(bytes[0..<4]), first >= 1 else { return nil }
    if bytes.count == 4 { return YearLabel(firstCalendarYear: first, spansTwoCalendarYears: false) }
    guard bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/"),
      let second = number(bytes[5...])
    else { return nil }
    let follows =
      switch bytes.count - 5 {
      case 2: second == (first + 1) % 100
      case 4: second == first + 1
      default: false
      }
    return follows ? YearLabel(firstCalendarYear: first, spansTwoCalendarYears: true) : nil
  }

  /// Reads an ISO date `YYYY-MM-DD`, or `nil` when the text is not one or no such date exists.
  static func isoDay(_ text: String) -> Day? {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = number(bytes[0..<4]), let month = number(bytes[5..<7]),
      let day = number(bytes[8..<10])
    else { return nil }
    return Day(year: year, month: month, day: day)
  }

  /// The value of a non-empty run of ASCII digits, or `nil`.
  private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
    guard !bytes.isEmpty else { return nil }
    var value = 0
    for byte in bytes {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }
}
