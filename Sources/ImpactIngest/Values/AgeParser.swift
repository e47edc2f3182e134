import ImpactModel

/// Reads the age columns of a profile: `birth_year`, `age` and `age_band`.
enum AgeParser {
  /// The birth years accepted: four digits from 1880 to 2100 (the age they give is checked
  /// later, against the person's attended dates).
  static let birthYears = 1880...2100

  /// The ages accepted, in whole years.
  static let ages = 0...120

  /// A year of birth, four digits.
  static func birthYear(_ text: String) -> ParsedValue<Int> {
    CellText.withTrimmedBytes(text) { birthYear($0) }
  }

  /// A year of birth, from trimmed UTF-8 bytes.
  static func birthYear(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Int> {
    var cursor = ByteCursor(bytes)
    if bytes.isEmpty { return .unknown }
    guard let year = cursor.readNumber(), year.digits == 4, cursor.isAtEnd,
      birthYears.contains(year.value)
    else { return .invalid(CellText.quoted(bytes) + " is not a year of birth") }
    return .value(year.value)
  }

  /// An age in whole years, 0–120 (`34`, `34 years`, `34 yrs`); outside it the reason is
  /// "an age of 212 is outside 0–120".
  static func age(_ text: String) -> ParsedValue<Int> {
    CellText.withTrimmedBytes(text) { age($0) }
  }

  /// An age in whole years, from trimmed UTF-8 bytes.
  static func age(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Int> {
    if bytes.isEmpty { return .unknown }
    let number = ageNumber(bytes)
    switch NumberParser.integer(number) {
    case .value(let age) where !ages.contains(age):
      return .invalid("an age of \(age) is outside \(ages.lowerBound)–\(ages.upperBound)")
    case .invalid:
      return .invalid(CellText.quoted(bytes) + " is not an age in years")
    case let other: return other
    }
  }

  /// The bytes of the number in `34`, `34 years`, `34 yrs old`; all the bytes otherwise.
  private static func ageNumber(
    _ bytes: UnsafeBufferPointer<UInt8>
  ) -> UnsafeBufferPointer<UInt8> {
    var cursor = ByteCursor(bytes)
    guard cursor.readNumber() != nil else { return bytes }
    let end = cursor.position
    cursor.skipSpaces()
    guard let unit = cursor.readWord(), yearWords.contains(unit.packed) else { return bytes }
    cursor.skipSpaces()
    if let old = cursor.readWord(), old.packed != oldWord { return bytes }
    return cursor.isAtEnd ? UnsafeBufferPointer(rebasing: bytes[0..<end]) : bytes
  }

  private static let oldWord = ByteCursor.pack("old")

  private static let yearWords: [UInt64] = ["years", "year", "yrs", "yr", "y"].map { word in
    word.utf8.reduce(UInt64(0)) { $0 << 5 | UInt64($1 & 0x1F) }
  }

  /// An age band: one of the ten standard bands written `0-4` … `75+`, with spaces or an
  /// en dash or `to` between the ages (`0 - 4`, `0–4`, `25 to 34`), an open top band as
  /// `75+`, `75 plus`, `75 and over`, `75 or over`, `75 and above`, `over 74`, a bottom band as
  /// `under 5`, and an optional `years` after. Any other text is ``AgeBandReading/nonStandard(written:)``.
  static func band(_ text: String) -> AgeBandReading {
    CellText.withTrimmedBytes(text) { band($0) }
  }

  /// An age band, from trimmed UTF-8 bytes.
  static func band(_ bytes: UnsafeBufferPointer<UInt8>) -> AgeBandReading {
    if bytes.isEmpty { return .unknown }
    if let range = bandRange(bytes),
      let band = AgeBand.allCases.first(where: {
        $0.lowerAge == range.lower
          && ($0 == .age75plus ? range.upper == nil : $0.ageRange.upperBound == range.upper)
      })
    {
      return .band(band)
    }
    if case .unknown = YesNoParser.table.match(bytes) { return .unknown }
    return .nonStandard(written: String(decoding: bytes, as: UTF8.self))
  }

  /// The youngest and oldest age a band text gives (`nil` oldest for an open band).
  private static func bandRange(_ bytes: UnsafeBufferPointer<UInt8>) -> (lower: Int, upper: Int?)? {
    let key = CodeKey.make(bytes)
    let words = key.split(separator: "_")
    var numbers: [Int] = []
    var openTop = false
    var under = false
    var over = false
    for word in words {
      if let number = Int(word) {
        numbers.append(number)
        continue
      }
      switch word {
      case "to", "and", "or", "years", "yrs", "year", "olds", "old", "aged", "age", "ages": continue
      case "+", "plus", "over", "above", "older", "upwards":
        if numbers.isEmpty { over = true } else { openTop = true }
      case "under", "below":
        under = true
      default:
        // `75+` stays one word after the key is made.
        guard word.hasSuffix("+"), let number = Int(word.dropLast()) else { return nil }
        numbers.append(number)
        openTop = true
      }
    }
    switch (numbers.count, openTop, under, over) {
    case (2, false, false, false): return (numbers[0], numbers[1])
    case (1, true, false, false): return (numbers[0], nil)
    case (1, false, false, true): return (numbers[0] + 1, nil)
    case (1, false, true, false): return (0, numbers[0] - 1)
    default: return nil
    }
  }
}
