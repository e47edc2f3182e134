import ImpactModel

/// Everyone the simulation has created, in a few compact arrays (about 19 bytes a person), so
/// that memory grows with the number of people, never with the number of attendance rows.
struct PersonRegistry {
  /// Each person's cohort.
  private(set) var cohorts: [PersonCohort] = []
  /// The programme (index) that created each person.
  private(set) var homeProgrammes: [UInt8] = []
  /// The day each person joined their home programme: the anchor of their profile.
  private(set) var joinDays: [Int32] = []
  /// Each person's first attended day in any programme (`Int32.max` when never).
  private(set) var firstAttended: [Int32] = []
  /// Each person's first and last attended days in their home programme.
  private(set) var homeFirstAttended: [Int32] = []
  private(set) var homeLastAttended: [Int32] = []
  /// The sessions each person attended in their home programme (at most 65,535).
  private(set) var homeSessions: [UInt16] = []

  /// The number of people.
  var count: Int { cohorts.count }

  /// Adds a person and returns their index.
  mutating func add(cohort: PersonCohort, programme: Int, joinDay: Day) -> Int {
    cohorts.append(cohort)
    homeProgrammes.append(UInt8(programme))
    joinDays.append(joinDay.ordinal)
    firstAttended.append(Int32.max)
    homeFirstAttended.append(Int32.max)
    homeLastAttended.append(Int32.min)
    homeSessions.append(0)
    return cohorts.count - 1
  }

  /// Notes that a person attended a session of `programme` on `day`.
  mutating func recordAttendance(person: Int, programme: Int, day: Day) {
    firstAttended[person] = min(firstAttended[person], day.ordinal)
    if Int(homeProgrammes[person]) == programme {
      homeFirstAttended[person] = min(homeFirstAttended[person], day.ordinal)
      homeLastAttended[person] = max(homeLastAttended[person], day.ordinal)
      homeSessions[person] &+= homeSessions[person] == UInt16.max ? 0 : 1
    }
  }

  /// The participant id of a person (`RAC-000042`).
  static func identifier(_ index: Int) -> String {
    let number = String(index + 1)
    let padding = number.utf8.count < 6 ? String(repeating: "0", count: 6 - number.utf8.count) : ""
    return "RAC-" + padding + number
  }
}
