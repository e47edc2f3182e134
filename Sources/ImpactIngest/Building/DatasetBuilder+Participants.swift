import ImpactModel

extension DatasetBuilder {
  /// Reads one participants record.
  mutating func addParticipant(_ row: borrowing CSVRecord, _ c: inout ProfileColumns) {
    guard let id = row.text(c.participant) else {
      return reject(row.line, "participant_id", "", "the participant id is missing")
    }
    let participant = dataset.participants.index(for: id)
    if !participantRowsSeen.insert(participant).inserted {
      note(
        .duplicate, line: row.line, column: "participant_id", value: id,
        "a further profile row for the same person; merged into one")
    }
    addProfileValues(row, &c, participant: participant, ageDay: nil)
  }

  /// Merges the profile values a row carries into a person's profile.
  ///
  /// - Parameter ageDay: the date a stated `age` refers to (the row's own date), or `nil`
  ///   for the person's first attended date.
  mutating func addProfileValues(
    _ row: borrowing CSVRecord, _ c: inout ProfileColumns, participant: Int32, ageDay: Day?
  ) {
    guard !c.isEmpty else { return }
    let line = row.line
    if let dob = c.dateOfBirth.read(row, &log),
      merge(\.dateOfBirth, dob, participant, row, c.dateOfBirth.cell)
    {
      provenance[participant] = ProfileProvenance(
        file: log.file, kind: log.kind, line: line, column: "date_of_birth",
        value: c.dateOfBirth.text(row) ?? "")
    }
    if let year = c.birthYear.read(row, &log),
      merge(\.birthYear, year, participant, row, c.birthYear.cell),
      provenance[participant]?.column != "date_of_birth"
    {
      provenance[participant] = ProfileProvenance(
        file: log.file, kind: log.kind, line: line, column: "birth_year",
        value: c.birthYear.text(row) ?? "")
    }
    if let age = c.age.read(row, &log) { mergeAge(age, participant, row, c.age.cell, ageDay) }
    switch c.ageBand.read(row, &log) {
    case .band(let band)?: merge(\.ageBand, band, participant, row, c.ageBand.cell)
    case .nonStandard(let written)?:
      merge(\.nonstandardAgeBand, written, participant, row, c.ageBand.cell)
      note(
        .warning, line: line, column: "age_band", value: written,
        "`\(written)` is not one of the standard age bands; kept as written")
    case .unknown?, nil: break
    }
    if let gender = c.gender.read(row, &log) {
      merge(\.gender, gender, participant, row, c.gender.cell)
    }
    if let reading = c.ethnicity.read(row, &log) {
      mergeEthnicity(reading, participant, row, c.ethnicity.cell)
    }
    if let disability = c.disability.read(row, &log) {
      merge(\.disability, disability, participant, row, c.disability.cell)
    }
    if let postcode = c.postcode.read(row, &log) {
      merge(\.postcode, postcode, participant, row, c.postcode.cell)
    }
    if let decile = c.imdDecile.read(row, &log) {
      merge(\.imdDecile, decile, participant, row, c.imdDecile.cell)
    }
    for column in c.extra {
      guard let text = row.text(column.position) else { continue }
      let value: String
      switch YesNoParser.parse(text) {
      case .value(let yes): value = yes ? "Yes" : "No"
      default: value = text
      }
      let id = textID(value)
      let earlier = dataset.participants.extraValues[column.field][Int(participant)]
      if earlier >= 0, earlier != id {
        warnDisagreement(line, column.name, text, earlier: dataset.text[earlier])
      }
      dataset.participants.extraValues[column.field][Int(participant)] = id
    }
  }

  /// Merges a stated age (already checked to lie in 0–120).
  private mutating func mergeAge(
    _ age: Int16, _ participant: Int32, _ row: borrowing CSVRecord,
    _ cell: (column: String, position: Int?), _ day: Day?
  ) {
    let index = Int(participant)
    let old = dataset.participants.profiles[index]
    if let oldAge = old.statedAge, oldAge != age {
      // Ages stated on different dates agree when the years between them explain the gap.
      let years = (old.statedAgeDay.flatMap { a in day.map { a.days(to: $0) } } ?? 0) / 365
      if abs(Int(age) - Int(oldAge) - years) > 1 {
        warnDisagreement(
          row.line, cell.column, row.text(cell.position) ?? "", earlier: String(oldAge))
      }
    }
    dataset.participants.profiles[index].statedAge = age
    dataset.participants.profiles[index].statedAgeDay = day
  }

  private mutating func mergeEthnicity(
    _ reading: EthnicityReading, _ participant: Int32, _ row: borrowing CSVRecord,
    _ cell: (column: String, position: Int?)
  ) {
    guard let ethnicity = reading.ethnicity else { return }
    merge(\.ethnicGroup, ethnicity.group, participant, row, cell)
    if let category = ethnicity.category {
      merge(\.ethnicity, category, participant, row, cell)
    }
    if case .unlisted(let reason) = reading {
      let text = row.text(cell.position) ?? ""
      if ethnicityTextsWarned.insert(text.lowercased()).inserted {
        note(
          .warning, line: row.line, column: "ethnicity", value: text,
          reason + "; counted as Other (each such text is listed once)")
      }
    }
  }

  /// Sets a profile field from a row's cell: a blank is filled, a disagreement is warned
  /// about (quoting the cell) and the later value wins. Returns whether the field now holds
  /// the new value.
  @discardableResult
  private mutating func merge<T: Equatable>(
    _ field: WritableKeyPath<ParticipantProfile, T?>, _ value: T, _ participant: Int32,
    _ row: borrowing CSVRecord, _ cell: (column: String, position: Int?)
  ) -> Bool {
    let index = Int(participant)
    if let earlier = dataset.participants.profiles[index][keyPath: field] {
      if earlier == value { return false }
      warnDisagreement(row.line, cell.column, row.text(cell.position) ?? "", earlier: "\(earlier)")
    }
    dataset.participants.profiles[index][keyPath: field] = value
    return true
  }

  private mutating func warnDisagreement(
    _ line: Int, _ column: String, _ text: String, earlier: String
  ) {
    note(
      .warning, line: line, column: column, value: text,
      "disagrees with an earlier value for this person (\(earlier)); the later value is used")
  }
}
