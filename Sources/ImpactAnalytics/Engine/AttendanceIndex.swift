import ImpactModel

/// The attended rows in date order, so that any period's rows are one contiguous slice, and
/// the facts about people and sessions that do not depend on the period.
struct AttendanceIndex {
  /// Attended row numbers, ordered by date (then file order).
  let rows: [Int32]
  /// The date ordinal of each entry of `rows`.
  let days: [Int32]
  /// Each person's first attended date in all the data.
  let firstAttended: [Day?]
  /// Each session's capacity: the largest known on any of its rows, or `-1`.
  let sessionCapacity: [Int32]

  init(_ table: AttendanceTable, people: Int) {
    var attended: [Int32] = []
    attended.reserveCapacity(table.count)
    var capacity = [Int32](repeating: -1, count: table.sessionCount)
    for row in 0..<table.count {
      let session = Int(table.session[row])
      if table.capacity[row] > capacity[session] { capacity[session] = table.capacity[row] }
      if table.status[row] == .attended { attended.append(Int32(row)) }
    }
    let dayOf = table.day
    attended.sort { a, b in
      let (da, db) = (dayOf[Int(a)].ordinal, dayOf[Int(b)].ordinal)
      return da != db ? da < db : a < b
    }
    var first = [Day?](repeating: nil, count: people)
    for row in attended {
      let person = Int(table.participant[Int(row)])
      if person >= 0, first[person] == nil { first[person] = dayOf[Int(row)] }
    }
    rows = attended
    days = attended.map { dayOf[Int($0)].ordinal }
    firstAttended = first
    sessionCapacity = capacity
  }

  /// The attended rows dated in a period.
  func rows(in period: Period) -> ArraySlice<Int32> {
    guard let start = period.start, let end = period.end else { return rows[...] }
    let low = lowerBound(start.ordinal)
    let high = lowerBound(end.ordinal + 1)
    return rows[low..<high]
  }

  /// The latest attended date, for `--period latest`.
  var latestDay: Day? { days.last.map { Day(ordinal: $0) } }

  /// The distinct attended days, for the trend quarters.
  var distinctDays: [Day] {
    var result: [Day] = []
    for day in days where result.last?.ordinal != day { result.append(Day(ordinal: day)) }
    return result
  }

  private func lowerBound(_ ordinal: Int32) -> Int {
    var low = 0
    var high = days.count
    while low < high {
      let mid = (low + high) / 2
      if days[mid] < ordinal { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
