/// The text of one session's shared columns, worked out once per session and written on each
/// of its rows.
struct SessionText {
  var date: String
  var sessionId: String
  var programme: String
  var activity: String
  var venue: String
  var setting: String
  var artForm: String
  var delivery: String
  var startTime: String
  var durationHours: String
  var durationMinutes: String
  var capacity: String
  var facilitator: String

  /// Hours as a short decimal (`1.5`, `1.25`, `2`).
  static func hours(minutes: Int) -> String {
    let whole = minutes / 60
    let hundredths = minutes % 60 * 100 / 60
    if hundredths == 0 { return "\(whole)" }
    if hundredths % 10 == 0 { return "\(whole).\(hundredths / 10)" }
    return "\(whole).\(DateStyle.twoDigits(hundredths))"
  }
}
