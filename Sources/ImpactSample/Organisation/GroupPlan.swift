import ImpactModel

/// One regular group of a programme: where and when it meets and how many people it holds.
struct GroupPlan {
  /// The venue as written in registers.
  var venue: String
  /// Where the sessions take place.
  var setting: Setting
  /// Day of the week, 0 = Monday.
  var weekday: Int
  /// Start time in minutes after midnight.
  var startMinutes: Int
  /// Length of a session in minutes.
  var durationMinutes: Int
  /// Places offered at a session.
  var capacity: Int
  /// People on the register at any time.
  var rosterSize: Int
  /// Mean number of sessions a person stays before leaving.
  var meanStay: Int
  /// Who the group serves.
  var cohort: PersonCohort
  /// Short code used in session ids.
  var code: String
  /// Another programme (by index) some newcomers already belong to, and that share.
  var sharesPeopleWith: (programme: Int, share: Double)? = nil
}
