/// One attendance row on its way into an ``AttendanceTable``.
public struct AttendanceRow: Sendable {
  /// The date.
  public var day: Day
  /// The programme's text id (or `-1`).
  public var programme: Int32
  /// The participant's index, or `-1` when anonymous.
  public var participant: Int32
  /// The anonymous headcount, or `0` for a row about one person.
  public var headcount: Int32
  /// The session's index.
  public var session: Int32
  /// Whether the person attended.
  public var status: AttendanceStatus
  /// Where the session took place.
  public var setting: Setting?
  /// How the session was delivered.
  public var delivery: Delivery
  /// The venue's text id, or `-1`.
  public var venue: Int32
  /// The art form's text id, or `-1`.
  public var artForm: Int32
  /// The activity's text id, or `-1`.
  public var activity: Int32
  /// The session length in hours; `.nan` when unknown.
  public var durationHours: Double
  /// The places offered, or `-1` when unknown.
  public var capacity: Int32

  /// Creates a row; every optional column defaults to unknown.
  public init(
    day: Day, programme: Int32, participant: Int32, headcount: Int32, session: Int32,
    status: AttendanceStatus = .attended, setting: Setting? = nil, delivery: Delivery = .inPerson,
    venue: Int32 = -1, artForm: Int32 = -1, activity: Int32 = -1, durationHours: Double = .nan,
    capacity: Int32 = -1
  ) {
    self.day = day
    self.programme = programme
    self.participant = participant
    self.headcount = headcount
    self.session = session
    self.status = status
    self.setting = setting
    self.delivery = delivery
    self.venue = venue
    self.artForm = artForm
    self.activity = activity
    self.durationHours = durationHours
    self.capacity = capacity
  }
}
