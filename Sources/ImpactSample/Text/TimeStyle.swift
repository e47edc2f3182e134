/// The ways the sample writes a start time, each one DATA.md accepts.
enum TimeStyle {
  /// `14:00`
  case twentyFourHour
  /// `2pm`, `2:30pm`
  case twelveHour

  /// The text of a time given in minutes after midnight.
  func text(minutes: Int) -> String {
    let hour = minutes / 60
    let minute = minutes % 60
    switch self {
    case .twentyFourHour:
      return "\(DateStyle.twoDigits(hour)):\(DateStyle.twoDigits(minute))"
    case .twelveHour:
      let suffix = hour < 12 ? "am" : "pm"
      let clock = hour % 12 == 0 ? 12 : hour % 12
      return minute == 0 ? "\(clock)\(suffix)" : "\(clock):\(DateStyle.twoDigits(minute))\(suffix)"
    }
  }
}
