import ImpactModel

/// Reach figures broken down by person field and by priority group.
struct PersonBreakdownRows {
  let people: PeopleInPeriod
  let anonymousAttendances: Int
  let rules: [PriorityGroupRule]
  let retentionMinSessions: Int

  func write(into sink: inout RowSink) {
    for field in PersonField.breakdownFields {
      var groups: [Group: GroupReachCounts] = [:]
      let labels = people.labels[field]!
      for i in people.people.indices {
        groups[labels[i].map(Group.init) ?? .unknown, default: GroupReachCounts()].add(
          sessions: people.sessions[i], isNew: people.isNew[i],
          retentionMinSessions: retentionMinSessions)
      }
      // Anonymous headcounts fall in Unknown.
      if anonymousAttendances > 0 {
        groups[.unknown, default: GroupReachCounts()].attendances += anonymousAttendances
      }
      for (label, totals) in groups {
        totals.write(groupBy: .person(field), group: label, always: false, into: &sink)
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
