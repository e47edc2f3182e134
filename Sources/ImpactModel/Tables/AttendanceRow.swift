/// One attendance row on its way into an ``AttendanceTable``.
public struct AttendanceRow: Sendable {
  public var day: Day
  public var programme: Int32
  public var participant: Int32
  public var headcount: Int32
  public var session: Int32
  public var status: AttendanceStatus
  public var setting: Setting?
  public var delivery: Delivery
  public var venue: Int32
  public var artForm: Int32
  public var activity: Int32
  public var durationHours: Double
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

extension AttendanceTable {
  /// Appends a row.
  public mutating func append(_ row: AttendanceRow) {
    day.append(row.day)
    programme.append(row.programme)
    participant.append(row.participant)
    headcount.append(row.headcount)
    session.append(row.session)
    status.append(row.status)
    setting.append(row.setting)
    delivery.append(row.delivery)
    venue.append(row.venue)
    artForm.append(row.artForm)
    activity.append(row.activity)
    durationHours.append(row.durationHours)
    capacity.append(row.capacity)
  }
}
