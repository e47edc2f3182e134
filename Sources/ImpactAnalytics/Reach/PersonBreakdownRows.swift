import ImpactModel

/// Reach figures broken down by person field and by priority group.
struct PersonBreakdownRows {
  let people: PeopleInPeriod
  let anonymousAttendances: Int
  let rules: [PriorityGroupRule]
  let retentionMinSessions: Int

  func write(into sink: inout RowSink) {
    for field in PersonField.breakdownFields {
      let column = people.labels[field]!
      // Totals by label number; the last slot is Unknown, where a label reading `Unknown`
      // falls too.
      let unknown = column.labels.count
      let readsUnknown = column.labels.map { Group($0) == .unknown }
      var totals = [GroupReachCounts](repeating: GroupReachCounts(), count: unknown + 1)
      var unknownMet = false
      for i in people.people.indices {
        let number = Int(column.numbers[i])
        let slot = number < 0 || readsUnknown[number] ? unknown : number
        if slot == unknown { unknownMet = true }
        totals[slot].add(
          sessions: people.sessions[i], isNew: people.isNew[i],
          retentionMinSessions: retentionMinSessions)
      }
      // Anonymous headcounts fall in Unknown.
      if anonymousAttendances > 0 {
        totals[unknown].attendances += anonymousAttendances
        unknownMet = true
      }
      for (number, label) in column.labels.enumerated() where !readsUnknown[number] {
        totals[number].write(
          groupBy: .person(field), group: Group(label), always: false, into: &sink)
      }
      if unknownMet {
        totals[unknown].write(groupBy: .person(field), group: .unknown, always: false, into: &sink)
      }
    }
    for (position, rule) in rules.enumerated() {
      var totals = GroupReachCounts()
      for i in people.people.indices where people.standing[position][i] == .inside {
        totals.add(
          sessions: people.sessions[i], isNew: people.isNew[i],
          retentionMinSessions: retentionMinSessions)
      }
      totals.write(groupBy: .priorityGroup, group: Group(rule.id), always: true, into: &sink)
    }
  }
}
