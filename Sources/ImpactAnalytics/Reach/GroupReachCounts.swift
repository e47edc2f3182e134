import ImpactModel

/// The people-based reach counts of one group, written the same way for every kind of group:
/// everyone, a session-field group, a person-field group or a priority group. Writes
/// `attendances`, `unique_participants`, `retained_share`, `new_participants` and
/// `returning_participants`; the session-only figures are ``ReachRows``'s.
struct GroupReachCounts {
  var attendances = 0
  var people = 0
  var newPeople = 0
  var retained = 0

  /// Totals given directly: Σ weight, the distinct people, how many are new in the period
  /// and how many are retained.
  init(attendances: Int, people: Int, newPeople: Int, retained: Int) {
    self.attendances = attendances
    self.people = people
    self.newPeople = newPeople
    self.retained = retained
  }

  /// No attendances and nobody.
  init() {}

  /// Adds a person with their attended sessions in the period.
  mutating func add(sessions: Int32, isNew: Bool, retentionMinSessions: Int) {
    attendances += Int(sessions)
    people += 1
    if isNew { newPeople += 1 }
    if Int(sessions) >= retentionMinSessions { retained += 1 }
  }

  /// Writes the rows of the group. `always` writes every row even when there is nothing to
  /// count (the `all` group and priority groups always get their rows).
  func write(groupBy: GroupBy, group: Group, always: Bool, into sink: inout RowSink) {
    func keep(_ value: Int) -> Bool { always || value != 0 }
    if keep(attendances) {
      sink.count(
        .attendances, groupBy, group, Double(attendances), unit: .count,
        n: people > 0 ? people : (attendances > 0 ? nil : 0))
    }
    if keep(people) {
      sink.count(.uniqueParticipants, groupBy, group, Double(people), unit: .people, n: people)
      sink.share(.retainedShare, groupBy, group, Double(retained), Double(people))
    }
    if keep(newPeople) {
      sink.count(.newParticipants, groupBy, group, Double(newPeople), unit: .people, n: newPeople)
    }
    if keep(people - newPeople) {
      sink.count(
        .returningParticipants, groupBy, group, Double(people - newPeople), unit: .people,
        n: people - newPeople)
    }
  }
}
