import ImpactModel

/// One pass over a period's attended rows: the totals for everyone and, when asked, for
/// each group of each session field.
///
/// People and sessions are dense numbers, so the pass counts them in arrays: each person and
/// session gets a slot the first time they occur, and the groups of a session field are
/// numbered by ``KeyNumbering``, their people and sessions tallied by ``PairTally``.
struct PeriodAttendance {
  /// Everyone in the period.
  private(set) var all = ReachAccumulator()
  /// Per session field, per group key.
  private(set) var bySession: [SessionField: [Int32: ReachAccumulator]] = [:]
  /// Each participant's slot (first-occurrence order), `-1` when they did not attend.
  private let slot: [Int32]
  /// Per slot: the person's first attended date in the period.
  private let firstDays: [Day]
  /// Per slot: the person's position in `all.people`.
  private let rank: [Int32]

  init(
    _ rows: ArraySlice<Int32>, table: AttendanceTable, index: AttendanceIndex, people: Int,
    breakdowns: Bool
  ) {
    let fields = breakdowns ? SessionField.allCases : []
    var slot = [Int32](repeating: -1, count: people)
    var slotRows: [Int32] = []
    var firstDays: [Day] = []
    var sessionSlot = [Int32](repeating: -1, count: table.sessionCount)
    var sessionsSeen: Int32 = 0
    var numbering = [KeyNumbering](repeating: KeyNumbering(), count: fields.count)
    var totals = [[ReachAccumulator]](repeating: [], count: fields.count)
    var members = [PairTally](repeating: PairTally(), count: fields.count)
    var sessionGroups = [PairTally](repeating: PairTally(), count: fields.count)
    var all = ReachAccumulator()
    let shapes = table.shapes
    for entry in rows {
      let row = Int(entry)
      let shape = Int(table.shape[row])
      let person = table.participant[row]
      let weight = person >= 0 ? 1 : Int(shapes.headcount[shape])
      let session = Int(table.session[row])
      let hours = shapes.durationHours[shape]
      let online = shapes.delivery[shape] == .online
      let capacity = index.sessionCapacity[session]
      all.add(
        weight: weight, isAnonymous: person < 0, hours: hours, isOnline: online,
        hasCapacity: capacity >= 0)
      var sessionAt = sessionSlot[session]
      if sessionAt < 0 {
        sessionAt = sessionsSeen
        sessionsSeen += 1
        sessionSlot[session] = sessionAt
        all.addSession(capacity: capacity)
      }
      var personAt: Int32 = -1
      if person >= 0 {
        personAt = slot[Int(person)]
        if personAt < 0 {
          personAt = Int32(slotRows.count)
          slot[Int(person)] = personAt
          slotRows.append(1)
          firstDays.append(shapes.day[shape])
        } else {
          slotRows[Int(personAt)] += 1
        }
      }
      for position in fields.indices {
        let group = numbering[position].number(of: fields[position].key(shapes, shape))
        if Int(group) == totals[position].count { totals[position].append(ReachAccumulator()) }
        totals[position][Int(group)].add(
          weight: weight, isAnonymous: person < 0, hours: hours, isOnline: online,
          hasCapacity: capacity >= 0)
        if personAt >= 0 { members[position].add(owner: personAt, group: group) }
        if sessionGroups[position].add(owner: sessionAt, group: group) {
          totals[position][Int(group)].addSession(capacity: capacity)
        }
      }
    }
    // Everyone, and each group's people, in ascending participant order.
    var rank = [Int32](repeating: -1, count: slotRows.count)
    for person in slot.indices where slot[person] >= 0 {
      let at = slot[person]
      rank[Int(at)] = Int32(all.people.count)
      all.addPerson(Int32(person), attended: slotRows[Int(at)])
      for position in fields.indices {
        members[position].forEachGroup(of: at) { group, count in
          totals[position][Int(group)].addPerson(Int32(person), attended: count)
        }
      }
    }
    for (position, field) in fields.enumerated() {
      bySession[field] = Dictionary(
        uniqueKeysWithValues: zip(numbering[position].keys, totals[position]))
    }
    self.all = all
    self.slot = slot
    self.firstDays = firstDays
    self.rank = rank
  }

  /// A person's first attended date in the period, or `nil` when they did not attend in it.
  func firstDay(of person: Int32) -> Day? {
    let at = slot[Int(person)]
    return at >= 0 ? firstDays[Int(at)] : nil
  }

  /// The position of a person who attended in the period among `all.people`.
  func position(of person: Int32) -> Int {
    Int(rank[Int(slot[Int(person)])])
  }
}
