import ImpactModel

/// One pass over a period's attended rows: the totals for everyone and, when asked, for
/// each group of each session field.
struct PeriodAttendance {
  /// Everyone in the period.
  var all = ReachAccumulator()
  /// Per session field, per group key.
  var bySession: [SessionField: [Int32: ReachAccumulator]] = [:]
  /// Each person's first attended date in the period.
  var firstDay: [Int32: Day] = [:]

  init(
    _ rows: ArraySlice<Int32>, table: AttendanceTable, index: AttendanceIndex,
    breakdowns: Bool
  ) {
    let fields = breakdowns ? SessionField.allCases : []
    var groups = [[Int32: ReachAccumulator]](repeating: [:], count: fields.count)
    let shapes = table.shapes
    for entry in rows {
      let row = Int(entry)
      let shape = Int(table.shape[row])
      let person = table.participant[row]
      let weight = person >= 0 ? 1 : Int(shapes.headcount[shape])
      let session = table.session[row]
      let hours = shapes.durationHours[shape]
      let online = shapes.delivery[shape] == .online
      let capacity = index.sessionCapacity[Int(session)]
      all.add(
        weight: weight, person: person, session: session, hours: hours, isOnline: online,
        sessionCapacity: capacity)
      if person >= 0, firstDay[person] == nil { firstDay[person] = shapes.day[shape] }
      for (position, field) in fields.enumerated() {
        groups[position][field.key(shapes, shape), default: ReachAccumulator()].add(
          weight: weight, person: person, session: session, hours: hours, isOnline: online,
          sessionCapacity: capacity)
      }
    }
    for (position, field) in fields.enumerated() { bySession[field] = groups[position] }
  }
}
