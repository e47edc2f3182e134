import ImpactModel

/// The positions of a file's participant columns, resolved once per file.
struct ProfileColumns {
  let participant, dateOfBirth, birthYear, age, ageBand, gender, ethnicity, disability,
    postcode, imdDecile: Int?
  /// Extra columns that priority-group rules read: (position, field index, name).
  let extra: [(position: Int, field: Int, name: String)]

  /// Whether the file carries any profile column beyond the id.
  let isEmpty: Bool

  /// - Parameter extraFields: the extra participant columns priority-group rules read; only
  ///   attendance and participants files carry them.
  init(
    _ layout: ColumnLayout, kind: FileKind, extraFields: Set<String>,
    participants: inout ParticipantTable
  ) {
    let p = layout.position
    participant = p["participant_id"]
    dateOfBirth = p["date_of_birth"]
    birthYear = p["birth_year"]
    age = p["age"]
    ageBand = p["age_band"]
    gender = p["gender"]
    ethnicity = p["ethnicity"]
    disability = p["disability"]
    postcode = p["postcode"]
    imdDecile = p["imd_decile"]
    let carriesProfiles = kind == .attendance || kind == .participants
    extra = p.filter { carriesProfiles && extraFields.contains($0.key) }
      .sorted { $0.value < $1.value }.map {
        (position: $0.value, field: participants.extraField(named: $0.key), name: $0.key)
      }
    isEmpty =
      [dateOfBirth, birthYear, age, ageBand, gender, ethnicity, disability, postcode, imdDecile]
      .allSatisfy { $0 == nil } && extra.isEmpty
  }
}

extension DatasetBuilder {
  /// Reads one participants record.
  mutating func addParticipant(_ row: borrowing CSVRecord, _ c: ProfileColumns) {
    guard let id = row.text(c.participant) else {
      return reject(row.line, "participant_id", "", "the participant id is missing")
    }
    let participant = dataset.participants.index(for: id)
    if !participantRowsSeen.insert(participant).inserted {
      note(
        .duplicate, line: row.line, column: "participant_id", value: id,
        "a further profile row for the same person; merged into one")
    }
    addProfileValues(row, c, participant: participant, ageDay: nil)
  }

  /// Merges the profile values a row carries into a person's profile.
  ///
  /// - Parameter ageDay: the date a stated `age` refers to (the row's own date), or `nil`
  ///   for the person's first attended date.
  mutating func addProfileValues(
    _ row: borrowing CSVRecord, _ c: ProfileColumns, participant: Int32, ageDay: Day?
  ) {
    guard !c.isEmpty else { return }
    let line = row.line
    if let text = row.text(c.dateOfBirth) {
      // Dates of birth rarely repeat, so they are parsed without a memo.
      switch dates.parse(text) {
      case .value(let dob):
        if merge(\.dateOfBirth, dob, participant, line, "date_of_birth", text) {
          provenance[participant] = ProfileProvenance(
            file: file, kind: kind, line: line, column: "date_of_birth", value: text)
        }
      case .unknown: break
      case .invalid(let why): note(.warning, line: line, column: "date_of_birth", value: text, why)
      }
    }
    if let text = row.text(c.birthYear) {
      switch AgeParser.birthYear(text) {
      case .value(let year):
        if merge(\.birthYear, Int16(year), participant, line, "birth_year", text),
          provenance[participant]?.column != "date_of_birth"
        {
          provenance[participant] = ProfileProvenance(
            file: file, kind: kind, line: line, column: "birth_year", value: text)
        }
      case .unknown: break
      case .invalid(let why): note(.warning, line: line, column: "birth_year", value: text, why)
      }
    }
    if let text = row.text(c.age) { mergeAge(text, participant, line, ageDay) }
    if let text = row.text(c.ageBand) {
      switch AgeParser.band(text) {
      case .band(let band): merge(\.ageBand, band, participant, line, "age_band", text)
      case .nonStandard(let written):
        merge(\.nonstandardAgeBand, written, participant, line, "age_band", text)
        note(
          .warning, line: line, column: "age_band", value: text,
          "`\(text)` is not one of the standard age bands; kept as written")
      case .unknown: break
      }
    }
    if let text = row.text(c.gender) {
      mergeParsed(CodeMatcher.gender(text), \.gender, participant, line, "gender", text)
    }
    if let text = row.text(c.ethnicity) { mergeEthnicity(text, participant, line) }
    if let text = row.text(c.disability) {
      mergeParsed(CodeMatcher.disability(text), \.disability, participant, line, "disability", text)
    }
    if let text = row.text(c.postcode) {
      mergeParsed(PostcodeParser.parse(text), \.postcode, participant, line, "postcode", text)
    }
    if let text = row.text(c.imdDecile) {
      mergeParsed(
        DecileParser.parse(text).map { Int8($0) }, \.imdDecile, participant, line,
        "imd_decile", text)
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

  /// Merges a stated age, checking it lies in 0–120.
  private mutating func mergeAge(_ text: String, _ participant: Int32, _ line: Int, _ day: Day?) {
    switch AgeParser.age(text) {
    case .value(let age):
      let index = Int(participant)
      let old = dataset.participants.profiles[index]
      if let oldAge = old.statedAge, oldAge != Int16(age) {
        // Ages stated on different dates agree when the years between them explain the gap.
        let years = (old.statedAgeDay.flatMap { a in day.map { a.days(to: $0) } } ?? 0) / 365
        if abs(Int(age) - Int(oldAge) - years) > 1 {
          warnDisagreement(line, "age", text, earlier: String(oldAge))
        }
      }
      dataset.participants.profiles[index].statedAge = Int16(age)
      dataset.participants.profiles[index].statedAgeDay = day
    case .unknown: break
    case .invalid(let why): note(.warning, line: line, column: "age", value: text, why)
    }
  }

  private mutating func mergeEthnicity(_ text: String, _ participant: Int32, _ line: Int) {
    let reading = EthnicityParser.parse(text)
    guard let ethnicity = reading.ethnicity else { return }
    merge(\.ethnicGroup, ethnicity.group, participant, line, "ethnicity", text)
    if let category = ethnicity.category {
      merge(\.ethnicity, category, participant, line, "ethnicity", text)
    }
    if case .unlisted(let reason) = reading,
      ethnicityTextsWarned.insert(text.lowercased()).inserted
    {
      note(
        .warning, line: line, column: "ethnicity", value: text,
        reason + "; counted as Other (each such text is listed once)")
    }
  }

  private mutating func mergeParsed<T: Equatable>(
    _ parsed: ParsedValue<T>, _ field: WritableKeyPath<ParticipantProfile, T?>,
    _ participant: Int32, _ line: Int, _ column: String, _ text: String
  ) {
    switch parsed {
    case .value(let value): merge(field, value, participant, line, column, text)
    case .unknown: break
    case .invalid(let why): note(.warning, line: line, column: column, value: text, why)
    }
  }

  /// Sets a profile field: a blank is filled, a disagreement is warned about and the later
  /// value wins. Returns whether the field now holds the new value.
  @discardableResult
  private mutating func merge<T: Equatable>(
    _ field: WritableKeyPath<ParticipantProfile, T?>, _ value: T, _ participant: Int32,
    _ line: Int, _ column: String, _ text: String
  ) -> Bool {
    let index = Int(participant)
    if let earlier = dataset.participants.profiles[index][keyPath: field] {
      if earlier == value { return false }
      warnDisagreement(line, column, text, earlier: "\(earlier)")
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
