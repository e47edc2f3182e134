import ImpactModel

extension ProfileMerger {
  /// Checks each date of birth and birth year against the person's first attended date (or,
  /// for someone who never attended, the latest date in the data): an age outside 0–120
  /// there makes it unknown, with a warning at the cell it came from.
  func checkAges(
    _ people: inout ParticipantTable, attendance table: AttendanceTable, log: inout IssueLog
  ) {
    guard !provenance.isEmpty else { return }
    var firstAttended = [Day?](repeating: nil, count: people.count)
    let days = table.day
    for row in 0..<table.count where table.participant[row] >= 0 && table.status[row] == .attended {
      let person = Int(table.participant[row])
      if firstAttended[person].map({ days[row] < $0 }) ?? true {
        firstAttended[person] = days[row]
      }
    }
    for (participant, source) in provenance.sorted(by: { $0.key < $1.key }) {
      let index = Int(participant)
      guard let reference = firstAttended[index] ?? latestDay else { continue }
      let profile = people.profiles[index]
      var age: Int?
      if let dob = profile.dateOfBirth {
        age = dob.wholeYears(to: reference)
      } else if let birthYear = profile.birthYear {
        age = reference.year - Int(birthYear)
      }
      guard let age, !(0...120).contains(age) else { continue }
      people.profiles[index].dateOfBirth = nil
      people.profiles[index].birthYear = nil
      log.append(
        DataQualityIssue(
          file: source.file, line: source.line, kind: source.kind, column: source.column.name,
          value: source.value, severity: .warning,
          problem: "gives an age of \(age) on \(reference), outside 0–120; age left unknown"))
    }
  }

  /// Fills unknown IMD deciles from the configured postcode lookup.
  static func fillIMD(_ people: inout ParticipantTable, from lookup: [String: Int8]) {
    guard !lookup.isEmpty else { return }
    for index in people.profiles.indices {
      let profile = people.profiles[index]
      guard profile.imdDecile == nil, let postcode = profile.postcode else { continue }
      people.profiles[index].imdDecile = lookup[postcode]
    }
  }
}
