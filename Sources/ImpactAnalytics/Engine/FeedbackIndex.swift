import ImpactModel

/// The survey responses in date order, like ``AttendanceIndex`` for attendance, so that
/// per-period work (responses, means, answers, quotes) reads only the responses dated in
/// the period. Built once per run.
struct FeedbackIndex: Sendable {
  /// Every response, by date.
  let byDay: DayOrderedRows

  init(_ table: FeedbackTable) {
    byDay = DayOrderedRows(Array(0..<Int32(table.count)), dayOf: table.day)
  }

  /// The responses dated in a period (both ends included), in file order: the order in
  /// which figures sum them.
  func responses(in period: Period) -> [Int] {
    guard period.start != nil, period.end != nil else { return Array(0..<byDay.rows.count) }
    return byDay.rowsInRowOrder(in: period)
  }
}
