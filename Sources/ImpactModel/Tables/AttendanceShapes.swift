/// The distinct combinations of the columns an ``AttendanceTable`` stores once per shape
/// rather than once per row: everything but the participant, the session and the status.
///
/// The rows of one session nearly always agree on these values, so a table holds about one
/// shape per session. Shape `i`'s values are at position `i` of every column.
public struct AttendanceShapes: Sendable {
  /// The session date.
  public private(set) var day: [Day] = []
  /// The programme's text id.
  public private(set) var programme: [Int32] = []
  /// The anonymous headcount, or `0` for a row about one person.
  public private(set) var headcount: [Int32] = []
  /// Where the session took place, `nil` when unknown.
  public private(set) var setting: [Setting?] = []
  /// How the session was delivered.
  public private(set) var delivery: [Delivery] = []
  /// The venue's text id, or `-1`.
  public private(set) var venue: [Int32] = []
  /// The art form's text id, or `-1`.
  public private(set) var artForm: [Int32] = []
  /// The activity's text id, or `-1`.
  public private(set) var activity: [Int32] = []
  /// The session length in hours; `.nan` when unknown.
  public private(set) var durationHours: [Double] = []
  /// The places offered at the session, or `-1` when unknown.
  public private(set) var capacity: [Int32] = []

  /// Creates an empty set of shapes.
  public init() {}

  /// The number of shapes.
  public var count: Int { day.count }

  /// Whether shape `shape` holds exactly a row's values (the hours compared bit for bit, so
  /// that every value, `.nan` included, reads back as it was given).
  func holds(_ row: AttendanceRow, at shape: Int32) -> Bool {
    let i = Int(shape)
    return day[i] == row.day && programme[i] == row.programme && headcount[i] == row.headcount
      && setting[i] == row.setting && delivery[i] == row.delivery && venue[i] == row.venue
      && artForm[i] == row.artForm && activity[i] == row.activity
      && durationHours[i].bitPattern == row.durationHours.bitPattern
      && capacity[i] == row.capacity
  }

  /// Adds a row's values as a new shape and returns its index.
  mutating func append(_ row: AttendanceRow) -> Int32 {
    let index = Int32(count)
    day.append(row.day)
    programme.append(row.programme)
    headcount.append(row.headcount)
    setting.append(row.setting)
    delivery.append(row.delivery)
    venue.append(row.venue)
    artForm.append(row.artForm)
    activity.append(row.activity)
    durationHours.append(row.durationHours)
    capacity.append(row.capacity)
    return index
  }
}
