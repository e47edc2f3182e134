import ImpactModel

/// The ways the sample writes a date, each one DATA.md accepts.
enum DateStyle {
  /// `2025-07-14`
  case iso
  /// `14/07/2025`
  case ukSlash
  /// `14/7/25`
  case ukShort
  /// `14 Jul 2025`
  case dayMonthName
  /// `14/07/2025 18:32:05`, a survey tool's date-time (the time part is ignored).
  case ukDateTime(seconds: Int)

  private static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// The text of `day` in this style.
  func text(_ day: Day) -> String {
    let (year, month, dayOfMonth) = day.components
    switch self {
    case .iso:
      return "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(dayOfMonth))"
    case .ukSlash:
      return "\(Self.twoDigits(dayOfMonth))/\(Self.twoDigits(month))/\(year)"
    case .ukShort:
      return "\(dayOfMonth)/\(month)/\(Self.twoDigits(year % 100))"
    case .dayMonthName:
      return "\(dayOfMonth) \(Self.monthNames[month - 1]) \(year)"
    case .ukDateTime(let seconds):
      let hours = seconds / 3600
      let minutes = seconds / 60 % 60
      return "\(Self.twoDigits(dayOfMonth))/\(Self.twoDigits(month))/\(year) "
        + "\(Self.twoDigits(hours)):\(Self.twoDigits(minutes)):\(Self.twoDigits(seconds % 60))"
    }
  }

  static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
