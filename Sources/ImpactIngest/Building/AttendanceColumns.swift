import ImpactModel

/// An attendance file's columns, declared once per file: the free-text and id columns by
/// position (read through the builder's interned text), every typed column as a
/// ``ColumnReader`` with its parser and what an unreadable value does.
struct AttendanceColumns {
  let programme, participant, sessionID, activity, venue, artForm: Int?
  /// The last-name cell joined after `participant` (a first name), if the person is their
  /// full name in two cells.
  let participantLastName: Int?
  /// Required: an unreadable date rejects the row.
  var date: ColumnReader<Day>
  /// The date and programme of every row of a file without those columns, from its name.
  let nameDate: Day?
  let nameProgramme: String?
  /// A register grid's date columns and their days; empty for one row per attendance.
  let gridDates: [(position: Int, day: Day)]
  /// A whole number of 1 or more; read only when the row names no participant, and then
  /// required.
  var headcount: ColumnReader<Int32>
  var setting: ColumnReader<Setting>
  var delivery: ColumnReader<Delivery>
  var status: ColumnReader<AttendanceStatus>
  /// What a row reads as when the file has no status column: attended, unless the file's
  /// layout says otherwise (an order report lists bookings).
  let statusWhenAbsent: AttendanceStatus
  /// The status cells that read as no attendance for want of a status: blank cells, the
  /// `?` mark and each other word, with their counts and first lines (see
  /// ``DatasetBuilder/finishAttendance(_:)``).
  var statusTally = StatusTally()
  /// Whether the last status read was the `?` mark.
  var lastWasQuestion = false
  /// Minutes since midnight; part of the session key.
  var startTime: ColumnReader<Int32>
  var hours: ColumnReader<Double>
  var minutes: ColumnReader<Double>
  var capacity: ColumnReader<Int32>

  init(_ layout: ColumnLayout, dates: DateParser) {
    let p = layout.position
    programme = p[.programme]
    nameDate = layout.nameDate
    gridDates = layout.gridDates
    nameProgramme = layout.nameProgramme
    participant = p[.participantID]
    participantLastName = layout.lastNamePosition
    sessionID = p[.sessionID]
    activity = p[.activity]
    venue = p[.venue]
    artForm = p[.artForm]
    date = ColumnReader(
      date: .date, in: layout, dates: dates, ifUnreadable: .reject(missing: "the date is missing"))
    headcount = ColumnReader(
      .headcount, in: layout, ifUnreadable: .reject(missing: "the headcount is missing")
    ) { bytes in
      guard let count = NumberParser.headcount(bytes).value else {
        return .invalid(
          CellText.quoted(bytes) + " is not a headcount; use a whole number of 1 or more")
      }
      return .value(Int32(clamping: count))
    }
    setting = ColumnReader(.setting, in: layout, ifUnreadable: .warn(readAs: .other)) {
      CodeMatcher.setting($0)
    }
    delivery = ColumnReader(.delivery, in: layout) { CodeMatcher.delivery($0) }
    status = ColumnReader(.status, in: layout) { CodeMatcher.attendanceStatus($0) }
    statusWhenAbsent = layout.export?.rows ?? .attended
    startTime = ColumnReader(.startTime, in: layout) { TimeParser.parse($0).map(Int32.init) }
    let duration = UnreadableValue<Double>.warn(note: "; duration left unknown")
    hours = ColumnReader(.durationHours, in: layout, ifUnreadable: duration) {
      NumberParser.duration($0)
    }
    minutes = ColumnReader(.durationMinutes, in: layout, ifUnreadable: duration) {
      NumberParser.duration($0)
    }
    capacity = ColumnReader(.capacity, in: layout) { bytes in
      switch NumberParser.count(bytes) {
      case .value(let places) where places >= 1: return .value(Int32(clamping: places))
      case .invalid(let why): return .invalid(why)
      default:
        return .invalid(
          CellText.quoted(bytes) + " is not a number of places; capacity left unknown")
      }
    }
  }
}
