import ImpactModel

/// Writes the reach figures of one group (everyone, or one group of a session field).
struct ReachRows {
  let retentionMinSessions: Int
  let firstAttended: [Day?]
  let period: Period

  /// Whether a person's first attended date in all the data lies in the period.
  func isNew(_ person: Int32) -> Bool {
    guard let first = firstAttended[Int(person)] else { return false }
    return period.contains(first)
  }

  /// The rows of one group. For a group other than `all`, a figure with nothing to count
  /// gets no row. The people-based counts go through ``GroupReachCounts``, as for person
  /// groups.
  func write(
    _ acc: ReachAccumulator, groupBy: GroupBy, group: Group, into sink: inout RowSink
  ) {
    let isAll = groupBy == .all
    let n = acc.identifiedN
    let people = acc.people.count
    let newPeople = acc.people.reduce(0) { $0 + (isNew($1) ? 1 : 0) }
    let retained = acc.attended.reduce(0) { $0 + ($1 >= retentionMinSessions ? 1 : 0) }
    func keep(_ total: Double) -> Bool { isAll || total != 0 }

    GroupReachCounts(
      attendances: acc.attendances, people: people, newPeople: newPeople, retained: retained
    ).write(groupBy: groupBy, group: group, always: isAll, into: &sink)
    if keep(Double(acc.anonymous)) {
      sink.count(
        .anonymousAttendances, groupBy, group, Double(acc.anonymous), unit: .count,
        n: acc.anonymous > 0 ? nil : 0)
    }
    if keep(Double(acc.sessions)) {
      sink.count(.sessions, groupBy, group, Double(acc.sessions), unit: .count, n: n)
      sink.share(
        .attendancesPerSession, groupBy, group, Double(acc.attendances),
        Double(acc.sessions), n: n, interval: false, unit: .ratio)
    }
    if keep(acc.hours) {
      sink.count(.participantHours, groupBy, group, acc.hours, unit: .hours, n: n)
    }
    if keep(Double(acc.capacity)) {
      sink.share(
        .occupancy, groupBy, group, Double(acc.attendancesWithCapacity), Double(acc.capacity),
        n: n, interval: false)
    }
    if keep(Double(acc.attendances)) {
      sink.share(
        .onlineShare, groupBy, group, Double(acc.online), Double(acc.attendances), n: n)
    }
  }
}
