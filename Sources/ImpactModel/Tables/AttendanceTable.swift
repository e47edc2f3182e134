/// Attendance rows, stored column by column.
///
/// One row is one person at one session, or one anonymous group headcount. Duplicates
/// (the same person at the same session) are already collapsed. Rows of every status are
/// kept; only `attended` rows count as attendances. Text columns hold ids into
/// ``Dataset/text``; `-1` means unknown.
public struct AttendanceTable: Sendable {
  /// The session date.
  public var day: [Day] = []
  /// The programme's text id.
  public var programme: [Int32] = []
  /// The participant's index in ``Dataset/participants``, or `-1` for a headcount row.
  public var participant: [Int32] = []
  /// The anonymous headcount, or `0` for a row about one person.
  public var headcount: [Int32] = []
  /// The session's index, `0..<sessionCount`; one id is one session across files.
  public var session: [Int32] = []
  /// Whether the person attended.
  public var status: [AttendanceStatus] = []
  /// Where the session took place, `nil` when unknown.
  public var setting: [Setting?] = []
  /// How the session was delivered (defaults from the setting when not given).
  public var delivery: [Delivery] = []
  /// The venue's text id, or `-1`.
  public var venue: [Int32] = []
  /// The art form's text id, or `-1`.
  public var artForm: [Int32] = []
  /// The activity's text id, or `-1`.
  public var activity: [Int32] = []
  /// The session length in hours; `.nan` when unknown.
  public var durationHours: [Double] = []
  /// The places offered at the session, or `-1` when unknown.
  public var capacity: [Int32] = []

  /// The number of distinct sessions.
  public var sessionCount: Int = 0

  /// Creates an empty table.
  public init() {}

  /// The number of rows.
  public var count: Int { day.count }

  /// The weight of a row: 1 for a person, the headcount for an anonymous row.
  @inlinable public func weight(_ row: Int) -> Int {
    participant[row] >= 0 ? 1 : Int(headcount[row])
  }

  /// Reserves room for `capacity` rows.
  public mutating func reserve(_ rows: Int) {
    day.reserveCapacity(rows)
    programme.reserveCapacity(rows)
    participant.reserveCapacity(rows)
    headcount.reserveCapacity(rows)
    session.reserveCapacity(rows)
    status.reserveCapacity(rows)
    setting.reserveCapacity(rows)
    delivery.reserveCapacity(rows)
    venue.reserveCapacity(rows)
    artForm.reserveCapacity(rows)
    activity.reserveCapacity(rows)
    durationHours.reserveCapacity(rows)
    capacity.reserveCapacity(rows)
  }
}
