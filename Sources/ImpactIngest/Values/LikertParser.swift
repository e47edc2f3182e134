/// Reads survey scores: the wellbeing items of SWEMWBS and WEMWBS (1–5), satisfaction
/// (1–5) and the 0–10 scales (the ONS personal wellbeing items, likelihood to recommend).
///
/// A score is written as its number (`4`, `4.0`), as a label that starts with the number
/// (`10 - Extremely likely`, `4 (Often)`, `0 = Not at all`), or as one of the scale's
/// labels. A number outside the scale is invalid ("`7` is outside 1–5").
enum LikertParser {
  /// The labels of the Warwick-Edinburgh scales.
  static let wellbeingLabels = CodeTable<Int>([
    (1, ["none of the time"]),
    (2, ["rarely"]),
    (3, ["some of the time"]),
    (4, ["often"]),
    (5, ["all of the time"]),
  ])

  /// The labels of satisfaction ratings: quality and satisfaction wordings.
  static let satisfactionLabels = CodeTable<Int>([
    (1, ["very poor", "very dissatisfied", "very unsatisfied"]),
    (2, ["poor", "dissatisfied", "unsatisfied"]),
    (3, ["fair", "average", "neutral", "neither satisfied nor dissatisfied", "neither"]),
    (4, ["good", "satisfied"]),
    (5, ["excellent", "very good", "very satisfied"]),
  ])

  /// The labels of the ONS three-item loneliness measure.
  static let uclaLabels = CodeTable<Int>([
    (1, ["hardly ever or never", "hardly ever", "never"]),
    (2, ["some of the time"]),
    (3, ["often"]),
  ])

  /// The end labels of the 0–10 scales.
  static let zeroToTenLabels = CodeTable<Int>([
    (0, ["not at all", "not at all likely", "extremely unlikely"]),
    (10, ["completely", "extremely likely"]),
  ])

  /// A SWEMWBS or WEMWBS item, 1–5.
  static func wellbeingItem(_ text: String) -> ParsedValue<Int> {
    CellText.withTrimmedBytes(text) { wellbeingItem($0) }
  }

  /// A SWEMWBS or WEMWBS item, from trimmed UTF-8 bytes.
  static func wellbeingItem(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Int> {
    score(bytes, in: 1...5, labels: wellbeingLabels)
  }

  /// An item of the ONS three-item loneliness measure, 1–3.
  static func uclaItem(_ text: String) -> ParsedValue<Int> {
    CellText.withTrimmedBytes(text) { uclaItem($0) }
  }

  /// An item of the three-item loneliness measure, from trimmed UTF-8 bytes.
  static func uclaItem(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Int> {
    score(bytes, in: 1...3, labels: uclaLabels)
  }

  /// A satisfaction rating, 1–5.
  static func satisfaction(_ text: String) -> ParsedValue<Int> {
    CellText.withTrimmedBytes(text) { satisfaction($0) }
  }

  /// A satisfaction rating, from trimmed UTF-8 bytes.
  static func satisfaction(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Int> {
    score(bytes, in: 1...5, labels: satisfactionLabels)
  }

  /// A 0–10 score (ONS wellbeing items, likelihood to recommend).
  static func zeroToTen(_ text: String) -> ParsedValue<Int> {
    CellText.withTrimmedBytes(text) { zeroToTen($0) }
  }

  /// A 0–10 score, from trimmed UTF-8 bytes.
  static func zeroToTen(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Int> {
    score(bytes, in: 0...10, labels: zeroToTenLabels)
  }

  /// A score within `range`, by number, number-led label, or one of `labels`.
  static func score(
    _ text: String, in range: ClosedRange<Int>, labels: CodeTable<Int>
  ) -> ParsedValue<Int> {
    CellText.withTrimmedBytes(text) { score($0, in: range, labels: labels) }
  }

  /// A score within `range`, from trimmed UTF-8 bytes.
  static func score(
    _ bytes: UnsafeBufferPointer<UInt8>, in range: ClosedRange<Int>, labels: CodeTable<Int>
  ) -> ParsedValue<Int> {
    if bytes.isEmpty { return .unknown }
    if let number = leadingNumber(bytes) {
      return NumberParser.integer(number, in: range)
    }
    switch labels.match(bytes) {
    case .code(let value): return .value(value)
    case .unknown: return .unknown
    case .unmatched:
      return .invalid(
        CellText.quoted(bytes)
          + " is not a score from \(range.lowerBound) to \(range.upperBound)")
    }
  }

  /// The number a cell starts with (`4`, `4.5`, the `10` of `10 - Extremely likely`), when it
  /// starts with one followed by nothing or by a space or punctuation.
  private static func leadingNumber(
    _ bytes: UnsafeBufferPointer<UInt8>
  ) -> UnsafeBufferPointer<UInt8>? {
    var cursor = ByteCursor(bytes)
    _ = cursor.read(UInt8(ascii: "-"))
    guard cursor.readNumber() != nil else { return nil }
    let afterWhole = cursor.position
    if cursor.read(UInt8(ascii: ".")), cursor.readNumber() == nil { cursor.position = afterWhole }
    let end = cursor.position
    if let next = cursor.next, next < 0x80, ByteCursor.isLetter(next) || next == 0x2E {
      return nil
    }
    return UnsafeBufferPointer(rebasing: bytes[0..<end])
  }
}
