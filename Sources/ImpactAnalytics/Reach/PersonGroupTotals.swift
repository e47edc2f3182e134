/// Reach totals of one group of people (a person-field group or a priority group).
struct PersonGroupTotals {
  var attendances = 0
  var people = 0
  var newPeople = 0
  var retained = 0

  /// Adds a person with their attended sessions in the period.
  mutating func add(sessions: Int32, isNew: Bool, retentionMinSessions: Int) {
    attendances += Int(sessions)
    people += 1
    if isNew { newPeople += 1 }
    if Int(sessions) >= retentionMinSessions { retained += 1 }
  }

  /// Writes the rows of the group. `always` writes every row even when there is nothing to
  /// count (priority groups always get their rows).
  func write(groupBy: String, group: String, always: Bool, into sink: inout RowSink) {
    func keep(_ value: Int) -> Bool { always || value != 0 }
    if keep(attendances) {
      sink.count(
        "attendances", groupBy, group, Double(attendances), unit: .count,
        n: people > 0 ? people : (attendances > 0 ? nil : 0))
    }
    if keep(people) {
      sink.count("unique_participants", groupBy, group, Double(people), unit: .people, n: people)
      sink.share("retained_share", groupBy, group, Double(retained), Double(people))
    }
    if keep(newPeople) {
      sink.count("new_participants", groupBy, group, Double(newPeople), unit: .people, n: newPeople)
    }
    if keep(people - newPeople) {
      sink.count(
        "returning_participants", groupBy, group, Double(people - newPeople), unit: .people,
        n: people - newPeople)
    }
  }
}
