import ImpactModel

/// The positions of an attendance file's columns, resolved once per file.
struct AttendanceColumns {
  let date, programme, participant, headcount, sessionID, activity, venue, setting, artForm,
    delivery, startTime, hours, minutes, status, capacity: Int?

  init(_ layout: ColumnLayout) {
    let p = layout.position
    date = p["date"]
    programme = p["programme"]
    participant = p["participant_id"]
    headcount = p["headcount"]
    sessionID = p["session_id"]
    activity = p["activity"]
    venue = p["venue"]
    setting = p["setting"]
    artForm = p["art_form"]
    delivery = p["delivery"]
    startTime = p["start_time"]
    hours = p["duration_hours"]
    minutes = p["duration_minutes"]
    status = p["status"]
    capacity = p["capacity"]
  }
}

extension DatasetBuilder {
  /// Reads one attendance record.
  mutating func addAttendance(
    _ row: borrowing CSVRecord, _ c: AttendanceColumns, _ profile: ProfileColumns
  ) {
    let line = row.line
    // Required values: a missing or unreadable one rejects the row.
    guard let parsedDay = cellDay(row, c.date) else {
      return reject(line, "date", "", "the date is missing")
    }
    guard case .value(let day) = parsedDay else {
      return reject(line, "date", row.text(c.date) ?? "", reason(for: parsedDay, "a date"))
    }
    guard let programme = cellText(row, c.programme) else {
      return reject(line, "programme", "", "the programme is missing")
    }
    var participant: Int32 = -1
    var headcount: Int32 = 0
    if let person = cellParticipant(row, c.participant) {
      participant = person
      if let countText = row.text(c.headcount), countText != "1" {
        note(
          .warning, line: line, column: "headcount", value: countText,
          "the row names a participant, so it counts as one person and the headcount is ignored")
      }
    } else if let countText = row.text(c.headcount) {
      switch NumberParser.headcount(countText) {
      case .value(let count): headcount = Int32(clamping: count)
      case .unknown, .invalid:
        return reject(
          line, "headcount", countText,
          "`\(countText)` is not a headcount; use a whole number of 1 or more")
      }
    } else {
      return reject(
        line, "participant_id", "",
        "the row has neither a participant id nor a headcount")
    }
    see(day)
    let activity = cellText(row, c.activity)
    let venue = cellText(row, c.venue)

    var setting: Setting?
    if let text = row.text(c.setting) {
      switch CodeMatcher.setting(text) {
      case .value(let value): setting = value
      case .unknown: break
      case .invalid(let why):
        setting = .other
        note(.warning, line: line, column: "setting", value: text, why)
      }
    }
    var delivery: Delivery = setting == .online ? .online : .inPerson
    if let text = row.text(c.delivery) {
      switch CodeMatcher.delivery(text) {
      case .value(let value): delivery = value
      case .unknown: break
      case .invalid(let why): note(.warning, line: line, column: "delivery", value: text, why)
      }
    }
    var status = AttendanceStatus.attended
    if let text = row.text(c.status) {
      switch CodeMatcher.attendanceStatus(text) {
      case .value(let value): status = value
      case .unknown: break
      case .invalid(let why):
        note(.warning, line: line, column: "status", value: text, why + "; read as attended")
      }
    }
    let hours = duration(row, c, line)
    var capacity: Int32 = -1
    if let text = row.text(c.capacity) {
      switch NumberParser.count(text) {
      case .value(let value) where value >= 1: capacity = Int32(clamping: value)
      case .invalid(let why):
        note(.warning, line: line, column: "capacity", value: text, why)
      default:
        note(
          .warning, line: line, column: "capacity", value: text,
          "`\(text)` is not a number of places; capacity left unknown")
      }
    }
    let session = sessionIndex(
      row, c, line: line, day: day, programme: programme.folded, activity: activity?.folded,
      venue: venue?.folded)

    // Duplicates: the same person at the same session counts once.
    if participant >= 0 {
      let key = UInt64(UInt32(bitPattern: session)) << 32 | UInt64(UInt32(bitPattern: participant))
      if let earlier = attendanceRowBySessionPerson[key] {
        if status == .attended { dataset.attendance.status[Int(earlier)] = .attended }
        // The row is collapsed, but profile values it alone carries still fill blanks.
        addProfileValues(row, profile, participant: participant, ageDay: day)
        return note(
          .duplicate, line: line, column: "participant_id",
          value: row.text(c.participant) ?? "",
          "the same person at the same session again; counted once")
      }
      attendanceRowBySessionPerson[key] = Int32(dataset.attendance.count)
    } else if !headcountRowsSeen.insert(HeadcountKey(session: session, headcount: headcount))
      .inserted
    {
      note(
        .warning, line: line, column: "headcount", value: String(headcount),
        "an identical headcount for the same session; both are counted")
    }

    dataset.attendance.append(
      AttendanceRow(
        day: day, programme: programme.id, participant: participant, headcount: headcount,
        session: session, status: status, setting: setting, delivery: delivery,
        venue: venue?.id ?? -1, artForm: cellText(row, c.artForm)?.id ?? -1,
        activity: activity?.id ?? -1, durationHours: hours, capacity: capacity))
    if participant >= 0 {
      addProfileValues(row, profile, participant: participant, ageDay: day)
    }
  }

  /// The session length in hours from `duration_hours` or `duration_minutes`.
  private mutating func duration(_ row: borrowing CSVRecord, _ c: AttendanceColumns, _ line: Int)
    -> Double
  {
    if let hours = durationCell(row, c.hours, "duration_hours", line) { return hours }
    if let minutes = durationCell(row, c.minutes, "duration_minutes", line) { return minutes / 60 }
    return .nan
  }

  /// A readable duration cell, or `nil` (with a warning when the cell holds something else).
  private mutating func durationCell(
    _ row: borrowing CSVRecord, _ position: Int?, _ column: String, _ line: Int
  ) -> Double? {
    guard let text = row.text(position) else { return nil }
    switch NumberParser.duration(text) {
    case .value(let value): return value
    case .unknown: return nil
    case .invalid(let why):
      note(.warning, line: line, column: column, value: text, why + "; duration left unknown")
      return nil
    }
  }

  /// The session a row belongs to, by `session_id` or by the composite key.
  private mutating func sessionIndex(
    _ row: borrowing CSVRecord, _ c: AttendanceColumns, line: Int, day: Day, programme: Int32,
    activity: Int32?, venue: Int32?
  ) -> Int32 {
    let next = Int32(sessionsByID.count + sessionsByKey.count)
    if let id = row.text(c.sessionID) {
      if let index = sessionsByID[id] { return index }
      sessionsByID[id] = next
      return next
    }
    var time: Int32 = -1
    if let text = row.text(c.startTime) {
      switch TimeParser.parse(text) {
      case .value(let minutes): time = Int32(minutes)
      case .unknown: break
      case .invalid(let why):
        note(.warning, line: line, column: "start_time", value: text, why)
        time = -2 - fold(text)
      }
    }
    let key = SessionKey(
      day: day.ordinal, programme: programme, activity: activity ?? -1, venue: venue ?? -1,
      startTime: time)
    if let index = sessionsByKey[key] { return index }
    sessionsByKey[key] = next
    return next
  }

  /// Rejects the current row.
  mutating func reject(_ line: Int, _ column: String, _ value: String, _ problem: String) {
    note(.rejected, line: line, column: column, value: value, problem)
  }

  /// The plain-words reason a parse failed.
  func reason<T>(for parsed: ParsedValue<T>, _ what: String) -> String {
    if case .invalid(let why) = parsed { return why }
    return "\(what) is missing"
  }
}
