/// Running totals of one group's attended rows in a period.
struct ReachAccumulator {
  /// Σ weight.
  var attendances = 0
  /// Σ headcount over anonymous rows.
  var anonymous = 0
  /// Σ weight × duration over rows with a known duration.
  var hours = 0.0
  /// Σ weight over rows delivered online.
  var online = 0
  /// The distinct sessions.
  var sessions: Set<Int32> = []
  /// Σ weight over rows at sessions with a known capacity.
  var attendancesWithCapacity = 0
  /// Σ capacity over the distinct sessions with a known capacity.
  var capacity = 0
  /// Each identified person's attended rows (so sessions, duplicates being collapsed).
  var people: [Int32: Int32] = [:]

  /// Adds one attended row.
  mutating func add(
    weight: Int, person: Int32, session: Int32, hours duration: Double, isOnline: Bool,
    sessionCapacity: Int32
  ) {
    attendances += weight
    if person < 0 { anonymous += weight } else { people[person, default: 0] += 1 }
    if !duration.isNaN { hours += Double(weight) * duration }
    if isOnline { online += weight }
    if sessionCapacity >= 0 {
      attendancesWithCapacity += weight
      if sessions.insert(session).inserted { capacity += Int(sessionCapacity) }
    } else {
      sessions.insert(session)
    }
  }

  /// `n` for attendance-based figures: the distinct identified people; `nil` when the rows
  /// are anonymous headcounts alone; 0 when there are no rows.
  var identifiedN: Int? {
    if !people.isEmpty { return people.count }
    return attendances > 0 ? nil : 0
  }
}
