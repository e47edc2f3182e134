/// The totals of one group's attended rows in a period: running sums added row by row, and
/// the distinct sessions and people that ``PeriodAttendance`` fills in after its pass.
struct ReachAccumulator {
  /// Σ weight.
  var attendances = 0
  /// Σ headcount over anonymous rows.
  var anonymous = 0
  /// Σ weight × duration over rows with a known duration.
  var hours = 0.0
  /// Σ weight over rows delivered online.
  var online = 0
  /// The number of distinct sessions.
  var sessions = 0
  /// Σ weight over rows at sessions with a known capacity.
  var attendancesWithCapacity = 0
  /// Σ capacity over the distinct sessions with a known capacity.
  var capacity = 0
  /// The distinct identified people, by participant index, in ascending order.
  var people: [Int32] = []
  /// Each person's attended rows (so sessions, duplicates being collapsed), parallel to
  /// `people`.
  var attended: [Int32] = []

  /// Adds the sums of one attended row; its session and person are counted apart.
  mutating func add(
    weight: Int, isAnonymous: Bool, hours duration: Double, isOnline: Bool,
    hasCapacity: Bool
  ) {
    attendances += weight
    if isAnonymous { anonymous += weight }
    if !duration.isNaN { hours += Double(weight) * duration }
    if isOnline { online += weight }
    if hasCapacity { attendancesWithCapacity += weight }
  }

  /// Counts a session the first time one of its rows is seen, with its capacity (`-1` when
  /// unknown).
  mutating func addSession(capacity sessionCapacity: Int32) {
    sessions += 1
    if sessionCapacity >= 0 { capacity += Int(sessionCapacity) }
  }

  /// Adds a distinct person with their attended rows. People are added in ascending order.
  mutating func addPerson(_ person: Int32, attended rows: Int32) {
    people.append(person)
    attended.append(rows)
  }

  /// `n` for attendance-based figures: the distinct identified people; `nil` when the rows
  /// are anonymous headcounts alone; 0 when there are no rows.
  var identifiedN: Int? {
    if !people.isEmpty { return people.count }
    return attendances > 0 ? nil : 0
  }
}
