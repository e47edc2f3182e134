/// Attendance rows, stored column by column.
///
/// One row is one person at one session, or one anonymous group headcount. Duplicates
/// (the same person at the same session) are already collapsed. Rows of every status are
/// kept; only `attended` rows count as attendances. Text columns hold ids into
/// ``Dataset/text``; `-1` means unknown.
///
/// Only the participant, the session and the status are stored per row. The other columns
/// repeat across the rows of a session, so each row points to a ``shape`` in ``shapes``, the
/// distinct combinations of their values; the columns read through it row by row, and a row
/// always reads back exactly the values it was appended with.
public struct AttendanceTable: Sendable {
  /// The participant's index in ``Dataset/participants``, or `-1` for a headcount row.
  public private(set) var participant: [Int32] = []
  /// The session's index, `0..<sessionCount`; one id is one session across files.
  public private(set) var session: [Int32] = []
  /// Whether the person attended.
  public var status: [AttendanceStatus] = []
  /// Each row's index into ``shapes``.
  public private(set) var shape: [Int32] = []
  /// The distinct combinations of the values stored per shape.
  public private(set) var shapes = AttendanceShapes()
  /// Each session's most recently used shape, or `-1`, to find a row's shape without a
  /// lookup table.
  private var latestShape: [Int32] = []

  /// The number of distinct sessions.
  public var sessionCount: Int = 0

  /// Creates an empty table.
  public init() {}

  /// The number of rows.
  public var count: Int { participant.count }

  /// The session date.
  @inlinable public var day: AttendanceColumn<Day> {
    AttendanceColumn(shapeOfRow: shape, values: shapes.day)
  }
  /// The programme's text id.
  @inlinable public var programme: AttendanceColumn<Int32> {
    AttendanceColumn(shapeOfRow: shape, values: shapes.programme)
  }
  /// The anonymous headcount, or `0` for a row about one person.
  @inlinable public var headcount: AttendanceColumn<Int32> {
    AttendanceColumn(shapeOfRow: shape, values: shapes.headcount)
  }
  /// Where the session took place, `nil` when unknown.
  @inlinable public var setting: AttendanceColumn<Setting?> {
    AttendanceColumn(shapeOfRow: shape, values: shapes.setting)
  }
  /// How the session was delivered (defaults from the setting when not given).
  @inlinable public var delivery: AttendanceColumn<Delivery> {
    AttendanceColumn(shapeOfRow: shape, values: shapes.delivery)
  }
  /// The venue's text id, or `-1`.
  @inlinable public var venue: AttendanceColumn<Int32> {
    AttendanceColumn(shapeOfRow: shape, values: shapes.venue)
  }
  /// The art form's text id, or `-1`.
  @inlinable public var artForm: AttendanceColumn<Int32> {
    AttendanceColumn(shapeOfRow: shape, values: shapes.artForm)
  }
  /// The activity's text id, or `-1`.
  @inlinable public var activity: AttendanceColumn<Int32> {
    AttendanceColumn(shapeOfRow: shape, values: shapes.activity)
  }
  /// The session length in hours; `.nan` when unknown.
  @inlinable public var durationHours: AttendanceColumn<Double> {
    AttendanceColumn(shapeOfRow: shape, values: shapes.durationHours)
  }
  /// The places offered at the session, or `-1` when unknown.
  @inlinable public var capacity: AttendanceColumn<Int32> {
    AttendanceColumn(shapeOfRow: shape, values: shapes.capacity)
  }

  /// The weight of a row: 1 for a person, the headcount for an anonymous row.
  @inlinable public func weight(_ row: Int) -> Int {
    participant[row] >= 0 ? 1 : Int(shapes.headcount[Int(shape[row])])
  }

  /// Reserves room for `rows` rows.
  public mutating func reserve(_ rows: Int) {
    participant.reserveCapacity(rows)
    session.reserveCapacity(rows)
    status.reserveCapacity(rows)
    shape.reserveCapacity(rows)
  }

  /// Appends a row.
  public mutating func append(_ row: AttendanceRow) {
    let index = shapeIndex(of: row)
    participant.append(row.participant)
    session.append(row.session)
    status.append(row.status)
    shape.append(index)
  }

  /// The shape that holds a row's values: the row before's, or the session's latest, when
  /// either holds them exactly; otherwise a new one.
  private mutating func shapeIndex(of row: AttendanceRow) -> Int32 {
    let session = Int(row.session)
    let index: Int32
    if let previous = shape.last, shapes.holds(row, at: previous) {
      index = previous
    } else if session >= 0, session < latestShape.count, latestShape[session] >= 0,
      shapes.holds(row, at: latestShape[session])
    {
      index = latestShape[session]
    } else {
      index = shapes.append(row)
    }
    if session >= 0 {
      while latestShape.count <= session { latestShape.append(-1) }
      latestShape[session] = index
    }
    return index
  }
}
