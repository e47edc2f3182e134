import ImpactModel

extension DatasetBuilder {
  /// Reads one attendance record: one attendance, or in a register grid one per marked date
  /// cell (a blank cell is no row; a `Total` row is passed over).
  mutating func addAttendance(
    _ row: borrowing CSVRecord, _ c: inout AttendanceColumns, _ profile: inout ProfileColumns
  ) {
    guard !c.gridDates.isEmpty else { return addAttendance(row, &c, &profile, grid: nil) }
    if let first = (0..<row.count).first(where: { row.holds($0) }).flatMap({ row.text($0) }),
      Self.isTotal(first)
    {
      return
    }
    for cell in c.gridDates where row.holds(cell.position) {
      addAttendance(row, &c, &profile, grid: cell)
    }
  }

  /// Whether a register grid's row is its totals.
  private static func isTotal(_ text: String) -> Bool {
    if case .code = totalRow.match(text) { return true }
    return false
  }

  /// The first words of a register grid's totals row, from `values.txt`.
  private static let totalRow = CodeTable<Bool>(vocabulary: "total_row") {
    $0 == "total" ? true : nil
  }

  /// Reads one attendance: a record's, or a register grid's cell (its date column's day, its
  /// mark the status).
  private mutating func addAttendance(
    _ row: borrowing CSVRecord, _ c: inout AttendanceColumns, _ profile: inout ProfileColumns,
    grid: (position: Int, day: Day)?
  ) {
    let line = row.line
    // Required values: a missing or unreadable one rejects the row.
    guard let day = grid?.day ?? c.nameDate ?? c.date.read(row, &log) else { return }
    guard
      let programme = cellText(row, c.programme)
        ?? c.nameProgramme.map({ cells.text($0, in: &dataset.text) })
    else {
      return reject(line, .programme, "", "the programme is missing")
    }
    var participant: Int32 = -1
    var headcount: Int32 = 0
    if let person = cellParticipant(row, c.participant, lastName: c.participantLastName) {
      participant = person
      if row.holds(c.headcount.position, otherThan: "1") {
        note(
          .warning, line: line, column: .headcount, value: c.headcount.text(row) ?? "",
          "the row names a participant, so it counts as one person and the headcount is ignored")
      }
    } else if row.holds(c.headcount.position) {
      guard let count = c.headcount.read(row, &log) else { return }
      headcount = count
    } else {
      return reject(
        line, .participantID, "",
        "the row has neither a participant id nor a headcount")
    }
    profiles.see(day)
    let activity = cellText(row, c.activity)
    let venue = cellText(row, c.venue)
    let setting = c.setting.read(row, &log)
    let delivery = c.delivery.read(row, &log) ?? (setting == .online ? .online : .inPerson)
    let status = grid.map { c.readStatus(row, at: $0.position) } ?? c.readStatus(row)
    // The session length in hours, from `duration_hours`, else `duration_minutes`.
    var hours = Double.nan
    if let stated = c.hours.read(row, &log) {
      hours = stated
    } else if let minutes = c.minutes.read(row, &log) {
      hours = minutes / 60
    }
    let capacity = c.capacity.read(row, &log) ?? -1
    let session = sessionIndex(
      row, &c, day: day, programme: programme.folded, activity: activity?.folded,
      venue: venue?.folded)

    // Duplicates: the same person at the same session counts once.
    if participant >= 0 {
      if let earlier = duplicates.earlierAttendance(
        session: session, participant: participant, in: dataset.attendance)
      {
        if status == .attended { dataset.attendance.status[Int(earlier)] = .attended }
        // The row is collapsed, but profile values it alone carries still fill blanks.
        addProfileValues(row, &profile, participant: participant, ageDay: day)
        return note(
          .duplicate, line: line, column: .participantID,
          value: row.text(c.participant) ?? "",
          "the same person at the same session again; counted once")
      }
    } else if duplicates.isRepeated(headcount: headcount, session: session) {
      note(
        .warning, line: line, column: .headcount, value: String(headcount),
        "an identical headcount for the same session; both are counted")
    }

    if c.lastWasQuestion { c.statusTally.questionRows.append(Int32(dataset.attendance.count)) }
    dataset.attendance.append(
      AttendanceRow(
        day: day, programme: programme.id, participant: participant, headcount: headcount,
        session: session, status: status, setting: setting, delivery: delivery,
        venue: venue?.id ?? -1, artForm: cellText(row, c.artForm)?.id ?? -1,
        activity: activity?.id ?? -1, durationHours: hours, capacity: capacity))
    if participant >= 0 {
      addProfileValues(row, &profile, participant: participant, ageDay: day)
    }
  }

  /// The session a row belongs to, by `session_id` or by the composite key.
  private mutating func sessionIndex(
    _ row: borrowing CSVRecord, _ c: inout AttendanceColumns, day: Day, programme: Int32,
    activity: Int32?, venue: Int32?
  ) -> Int32 {
    if let named = sessions.session(named: row, c.sessionID) { return named }
    var time: Int32 = -1
    switch c.startTime.reading(row, &log) {
    case .value(let minutes)?: time = minutes
    // An unreadable time is still part of the key: the same text is the same session.
    case .invalid?: time = -2 - cells.fold(c.startTime.text(row) ?? "")
    case .unknown?, nil: break
    }
    let key = SessionKey(
      day: day.ordinal, programme: programme, activity: activity ?? -1, venue: venue ?? -1,
      startTime: time)
    return sessions.session(for: key)
  }
}
