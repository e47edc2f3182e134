import ImpactFiles
import ImpactModel

/// Runs one programme through the two financial years, week by week, writing its register for
/// each year and the anonymous feedback cards its sessions collect.
///
/// Each group keeps a register of people: someone stays for a random number of sessions
/// around the group's mean stay, then leaves and a newcomer takes the place. Rows are written
/// as they are made, so memory does not grow with the number of rows.
struct ProgrammeSimulation {
  private struct GroupState {
    var people: [Int]
    var sessionsLeft: [Int]
    var academicYear = -1
  }

  private static let facilitators = [
    "Amira Khan", "Tom Okafor", "Beth Lloyd", "Jon Price", "Priya Shah", "Sam Carter",
  ]

  let programmeIndex: Int
  let plan: ProgrammePlan
  private let code: String
  private var random: SampleRandom
  private var groups: [GroupState]
  private var week = 0

  init(programmeIndex: Int, plan: ProgrammePlan, seed: UInt64, scale: Int) {
    self.programmeIndex = programmeIndex
    self.plan = plan
    code = String(plan.name.split(separator: " ").compactMap(\.first))
    random = SampleRandom(seed: seed, stream: 0x7072_6F67_0000 + UInt64(programmeIndex))
    groups = (0..<plan.groups.count * scale).map { index in
      let size = plan.groups[index % plan.groups.count].rosterSize
      return GroupState(
        people: Array(repeating: -1, count: size), sessionsLeft: Array(repeating: 0, count: size))
    }
  }

  /// Writes the register of financial year `year` to `folder` + `path`.
  mutating func writeYear(
    _ year: Int, path: String, events: inout CSVWriter, context: inout SampleContext
  ) throws(FileWriteError) {
    let layout = AttendanceLayouts.layout(slug: plan.slug, year: year)
    let financialYear = RiversideArtsCentre.financialYears[year]
    var writer = try CSVWriter(path: context.folder + path, format: layout.format)
    if let title = layout.titleRow { try writer.writeRow([title]) }
    try writer.writeRow(layout.columns.map(\.header))
    let headerRows = writer.rowsWritten
    var pendingProblem = layout.problem

    while true {
      let weekStart = RiversideArtsCentre.firstDay.adding(days: 7 * week)
      if weekStart > financialYear.end { break }
      for groupIndex in groups.indices {
        let group = plan.groups[groupIndex % plan.groups.count]
        let replica = groupIndex / plan.groups.count
        let day = weekStart.adding(days: group.weekday)
        guard day <= financialYear.end, meets(on: day, group: groupIndex) else { continue }
        try writeSession(
          day: day, groupIndex: groupIndex, group: group, replica: replica, layout: layout,
          path: path, pendingProblem: &pendingProblem, writer: &writer, events: &events,
          context: &context)
      }
      week += 1
    }
    let rows = writer.rowsWritten - headerRows
    try writer.finish()
    context.files.append(
      SampleFile(
        path: path, kind: .attendance, rows: rows, encoding: layout.format.encoding))
  }

  private func meets(on day: Day, group: Int) -> Bool {
    if plan.fortnightly && (week + group) % 2 != 0 { return false }
    switch plan.schedule {
    case .termTime:
      return RiversideArtsCentre.isTermTime(day)
    case .yearRound(let skipsAugust):
      if RiversideArtsCentre.isChristmasClosure(day) { return false }
      return !(skipsAugust && day.components.month == 8)
    }
  }

  private mutating func writeSession(
    day: Day, groupIndex: Int, group: GroupPlan, replica: Int, layout: AttendanceLayout,
    path: String, pendingProblem: inout AttendanceLayout.Problem?, writer: inout CSVWriter,
    events: inout CSVWriter, context: inout SampleContext
  ) throws(FileWriteError) {
    refreshRegister(day: day, groupIndex: groupIndex, group: group, context: &context)
    let cancelled = random.chance(0.02)
    if cancelled && !layout.hasStatus { return }
    let session = sessionText(day: day, group: group, replica: replica, layout: layout)
    var problem: AttendanceLayout.Problem?
    if groupIndex == 0, let pending = pendingProblem, day >= pending.from {
      problem = pending
      pendingProblem = nil
    }

    for _ in 0..<plan.headcountRows where !cancelled {
      let count = random.int(in: plan.headcountRange)
      try writeRow(
        session, person: nil, headcount: count, status: layout.statuses.attended,
        layout: layout, path: path, problem: &problem, writer: &writer, context: &context)
    }
    let people = groups[groupIndex].people
    for slot in people.indices {
      let person = people[slot]
      var status = layout.statuses.cancelled
      if !cancelled {
        if random.chance(plan.attendanceRate) {
          status = layout.statuses.attended
          context.registry.recordAttendance(person: person, programme: programmeIndex, day: day)
        } else {
          status = random.chance(0.3) ? layout.statuses.noShow : layout.statuses.absent
          if !layout.hasStatus { continue }
        }
        groups[groupIndex].sessionsLeft[slot] -= 1
      }
      try writeRow(
        session, person: person, headcount: nil, status: status, layout: layout, path: path,
        problem: &problem, writer: &writer, context: &context)
    }
    if !cancelled, case .single(let perSession) = plan.surveys {
      var cards = Int(perSession)
      if random.chance(perSession - Double(cards)) { cards += 1 }
      for _ in 0..<cards {
        try EventFeedback.writeCard(
          day: day, programme: plan.name, random: &random, writer: &events, context: &context)
      }
    }
  }

  /// Lets people whose stay is over leave, and fills their places.
  private mutating func refreshRegister(
    day: Day, groupIndex: Int, group: GroupPlan, context: inout SampleContext
  ) {
    if plan.newCohortEachSeptember {
      let (year, month, _) = day.components
      let academicYear = month >= 9 ? year : year - 1
      if groups[groupIndex].academicYear != academicYear {
        groups[groupIndex].academicYear = academicYear
        for slot in groups[groupIndex].sessionsLeft.indices {
          groups[groupIndex].sessionsLeft[slot] = 0
        }
      }
    }
    for slot in groups[groupIndex].people.indices where groups[groupIndex].sessionsLeft[slot] <= 0 {
      groups[groupIndex].people[slot] = newcomer(
        day: day, groupIndex: groupIndex, group: group, context: &context)
      groups[groupIndex].sessionsLeft[slot] = 1 + random.below(2 * group.meanStay)
    }
  }

  private mutating func newcomer(
    day: Day, groupIndex: Int, group: GroupPlan, context: inout SampleContext
  ) -> Int {
    if let shared = group.sharesPeopleWith, shared.programme < context.programmePeople.count,
      random.chance(shared.share)
    {
      let pool = context.programmePeople[shared.programme]
      if !pool.isEmpty {
        let candidate = pool.lowerBound + random.below(pool.count)
        if !groups[groupIndex].people.contains(candidate) { return candidate }
      }
    }
    return context.registry.add(cohort: group.cohort, programme: programmeIndex, joinDay: day)
  }

  private mutating func sessionText(
    day: Day, group: GroupPlan, replica: Int, layout: AttendanceLayout
  ) -> SessionText {
    let (year, month, dayOfMonth) = day.components
    let groupCode = replica == 0 ? group.code : "\(group.code)\(replica + 1)"
    let compactDate = "\(year)\(DateStyle.twoDigits(month))\(DateStyle.twoDigits(dayOfMonth))"
    return SessionText(
      date: layout.dates.text(day),
      sessionId: "\(code)-\(groupCode)-\(compactDate)",
      programme: plan.name,
      activity: plan.activities[(week + replica) % plan.activities.count],
      venue: replica == 0 ? group.venue : "\(group.venue) (group \(replica + 1))",
      setting: layout.settingText(group.setting),
      artForm: plan.artForm,
      delivery: group.setting == .online ? "online" : "in_person",
      startTime: layout.times.text(minutes: group.startMinutes),
      durationHours: SessionText.hours(minutes: group.durationMinutes),
      durationMinutes: "\(group.durationMinutes)",
      capacity: "\(group.capacity)",
      facilitator: random.pick(Self.facilitators))
  }

  private func writeRow(
    _ session: SessionText, person: Int?, headcount: Int?, status: String,
    layout: AttendanceLayout, path: String, problem: inout AttendanceLayout.Problem?,
    writer: inout CSVWriter, context: inout SampleContext
  ) throws(FileWriteError) {
    let profile = layout.hasProfileColumns ? person.map { profileOf($0, context: context) } : nil
    guard let deliberate = problem else {
      for (column, _) in layout.columns {
        try writer.writeField(
          text(
            column, session: session, person: person, headcount: headcount, status: status,
            profile: profile))
      }
      try writer.endRow()
      return
    }
    problem = nil
    var texts = layout.columns.map {
      text(
        $0.column, session: session, person: person, headcount: headcount, status: status,
        profile: profile)
    }
    let line = writer.line
    func index(_ column: AttendanceColumn) -> Int {
      layout.columns.firstIndex { $0.column == column }!
    }
    switch deliberate {
    case .impossibleDate:
      texts[index(.date)] = "31/02/2025"
      try writer.writeRow(texts)
      context.note(
        path, line: line, column: "date", value: "31/02/2025", severity: .rejected,
        problem: "`31/02/2025` is not a date")
    case .duplicateRow:
      try writer.writeRow(texts)
      let id = texts[index(.participantId)]
      context.note(
        path, line: writer.line, column: Column.participantID.name, value: id, severity: .duplicate,
        problem: "the same person at the same session twice")
      try writer.writeRow(texts)
    case .malformedQuote:
      texts[index(.activity)] = "\"Big\" Band"
      let delimiter = String(UnicodeScalar(layout.format.delimiter.rawValue))
      try writer.writeVerbatimLine(texts.joined(separator: delimiter))
      context.note(
        path, line: line, column: "activity", value: "\"Big\" Band", severity: .rejected,
        problem: "text after a closing quote")
    case .missingProgramme:
      texts[index(.programme)] = ""
      try writer.writeRow(texts)
      context.note(
        path, line: line, column: Column.programme.name, value: "", severity: .rejected,
        problem: "the programme is missing")
    case .unknownSetting:
      texts[index(.setting)] = "Bandstand"
      try writer.writeRow(texts)
      context.note(
        path, line: line, column: "setting", value: "Bandstand", severity: .warning,
        problem: "`Bandstand` is not a setting; read as `other`")
    }
  }

  private func profileOf(_ person: Int, context: SampleContext) -> PersonProfile {
    PersonProfile(
      seed: context.seed, person: person, cohort: context.registry.cohorts[person],
      joinDay: Day(ordinal: context.registry.joinDays[person]), postcodes: context.postcodes)
  }

  private func text(
    _ column: AttendanceColumn, session: SessionText, person: Int?, headcount: Int?,
    status: String, profile: PersonProfile?
  ) -> String {
    switch column {
    case .sessionId: return session.sessionId
    case .date: return session.date
    case .programme: return session.programme
    case .participantId: return person.map(PersonRegistry.identifier) ?? ""
    case .headcount: return headcount.map { "\($0)" } ?? ""
    case .activity: return session.activity
    case .venue: return session.venue
    case .setting: return session.setting
    case .artForm: return session.artForm
    case .delivery: return session.delivery
    case .startTime: return session.startTime
    case .durationHours: return session.durationHours
    case .durationMinutes: return session.durationMinutes
    case .capacity: return session.capacity
    case .status: return status
    case .facilitator: return session.facilitator
    case .gender: return profile?.gender ?? ""
    case .dateOfBirth: return profile.map { DateStyle.ukSlash.text($0.birthDay) } ?? ""
    case .postcode: return profile?.postcode ?? ""
    case .careExperienced: return profile?.careExperienced ?? ""
    }
  }
}
