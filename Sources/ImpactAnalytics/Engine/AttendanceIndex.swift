import ImpactModel

/// The attended rows in date order, so that any period's rows are one contiguous slice, and
/// the facts about people and sessions that do not depend on the period.
struct AttendanceIndex {
  /// Attended row numbers, ordered by date (then file order).
  let byDay: DayOrderedRows
  /// Each person's first attended date in all the data.
  let firstAttended: [Day?]
  /// Each session's capacity: the largest known on any of its rows, or `-1`.
  let sessionCapacity: [Int32]

  init(_ table: AttendanceTable, people: Int) {
    var capacity = [Int32](repeating: -1, count: table.sessionCount)
    let places = table.capacity
    for row in 0..<table.count {
      let session = Int(table.session[row])
      if places[row] > capacity[session] { capacity[session] = places[row] }
    }
    let dayOf = table.day
    let status = table.status
    // The attended rows are picked out as they are ordered, with no list of them made first.
    let byDay = DayOrderedRows(
      (0..<Int32(table.count)).lazy.filter { status[Int($0)] == .attended }, dayOf: dayOf)
    var first = [Day?](repeating: nil, count: people)
    for row in byDay.rows {
      let person = Int(table.participant[Int(row)])
      if person >= 0, first[person] == nil { first[person] = dayOf[Int(row)] }
    }
    self.byDay = byDay
    firstAttended = first
    sessionCapacity = capacity
  }

  /// The attended rows dated in a period.
  func rows(in period: Period) -> ArraySlice<Int32> {
    byDay.rows(in: period)
  }

  /// The latest attended date, for `--period latest`.
  var latestDay: Day? { byDay.days.last.map { Day(ordinal: $0) } }

  /// The distinct attended days, for the trend quarters.
  var distinctDays: [Day] { byDay.days.map { Day(ordinal: $0) } }
}
