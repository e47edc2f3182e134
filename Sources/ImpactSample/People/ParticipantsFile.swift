import ImpactFiles
import ImpactModel

/// `participants.csv`: one profile row per person, with one of the four age columns filled
/// (date of birth, birth year, age on the first attended date, or age band) or none.
enum ParticipantsFile {
  static let path = "participants.csv"

  static let header = [
    "participant_id", "DOB", "birth_year", "age", "age_band", "gender", "Ethnic group",
    "disability", "postcode", "imd_decile", "care_experienced",
  ]

  /// Writes everyone in `context.registry`.
  static func write(context: inout SampleContext) throws(FileWriteError) {
    var writer = try CSVWriter(path: context.folder + path)
    try writer.writeRow(header)
    var wroteImpossibleAge = false
    let registry = context.registry
    for person in 0..<registry.count {
      let profile = PersonProfile(
        seed: context.seed, person: person, cohort: registry.cohorts[person],
        joinDay: Day(ordinal: registry.joinDays[person]), postcodes: context.postcodes)
      let first = registry.firstAttended[person]
      let referenceDay = first == Int32.max ? RiversideArtsCentre.lastDay : Day(ordinal: first)
      let age = profile.age(on: referenceDay)
      var ageFields = ["", "", "", ""]
      switch profile.ageColumn {
      case .dateOfBirth: ageFields[0] = DateStyle.ukSlash.text(profile.birthDay)
      case .birthYear: ageFields[1] = "\(profile.birthDay.year)"
      case .age:
        if wroteImpossibleAge {
          ageFields[2] = "\(age)"
        } else {
          wroteImpossibleAge = true
          ageFields[2] = "212"
          context.note(
            path, line: writer.line, column: "age", value: "212", severity: .warning,
            problem: "an age of 212 is outside 0-120")
        }
      case .ageBand: ageFields[3] = PersonProfile.band(age: age)
      case .none: break
      }
      try writer.writeField(PersonRegistry.identifier(person))
      for field in ageFields { try writer.writeField(field) }
      try writer.writeField(profile.gender)
      try writer.writeField(profile.ethnicity)
      try writer.writeField(profile.disability)
      try writer.writeField(profile.postcode)
      try writer.writeField(profile.imdDecile.map { "\($0)" } ?? "")
      try writer.writeField(profile.careExperienced)
      try writer.endRow()
    }
    let rows = writer.rowsWritten - 1
    try writer.finish()
    context.files.append(
      SampleFile(path: path, kind: .participants, rows: rows, encoding: .utf8))
  }
}
