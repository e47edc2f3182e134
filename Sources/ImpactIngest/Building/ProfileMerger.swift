import ImpactModel

/// Merges the profile values rows carry into each person's one profile, the DATA.md way:
/// non-empty values fill blanks; where two disagree, the later row wins, with a `warning`.
///
/// It remembers what the whole-dataset checks need: where each date of birth or birth year
/// came from, the latest date in the data, and which unlisted ethnicity texts were reported
/// (each is reported once).
struct ProfileMerger {
  /// Where each person's date of birth or birth year was read, for the age check.
  var provenance: [Int32: ProfileProvenance] = [:]
  /// The latest date seen in the data (the age check's reference for someone who never
  /// attended).
  private(set) var latestDay: Day?
  private var ethnicityTextsWarned: Set<String> = []

  /// Notes a date seen in the data.
  mutating func see(_ day: Day) {
    if latestDay.map({ day > $0 }) ?? true { latestDay = day }
  }

  /// Merges the profile values a row carries into a person's profile.
  ///
  /// - Parameters:
  ///   - ageDay: the date a stated `age` refers to (the row's own date), or `nil` for the
  ///     person's first attended date.
  ///   - people: the profiles.
  ///   - text: the dataset's text, for the extra columns' values.
  mutating func add(
    _ row: borrowing CSVRecord, _ c: inout ProfileColumns, participant: Int32, ageDay: Day?,
    to people: inout ParticipantTable, text: inout StringPool, log: inout IssueLog
  ) {
    guard !c.isEmpty else { return }
    let line = row.line
    let person = Person(index: Int(participant), line: line)
    if let dob = c.dateOfBirth.read(row, &log),
      person.merge(\.dateOfBirth, dob, row, c.dateOfBirth.cell, &people, &log)
    {
      provenance[participant] = ProfileProvenance(
        file: log.file, kind: log.kind, line: line, column: .dateOfBirth,
        value: c.dateOfBirth.text(row) ?? "")
    }
    if let year = c.birthYear.read(row, &log),
      person.merge(\.birthYear, year, row, c.birthYear.cell, &people, &log),
      provenance[participant]?.column != .dateOfBirth
    {
      provenance[participant] = ProfileProvenance(
        file: log.file, kind: log.kind, line: line, column: .birthYear,
        value: c.birthYear.text(row) ?? "")
    }
    if let age = c.age.read(row, &log) {
      person.mergeAge(age, stated: ageDay, row, c.age.cell, &people, &log)
    }
    switch c.ageBand.read(row, &log) {
    case .band(let band)?: person.merge(\.ageBand, band, row, c.ageBand.cell, &people, &log)
    case .nonStandard(let written)?:
      person.merge(\.nonstandardAgeBand, written, row, c.ageBand.cell, &people, &log)
      log.note(
        .warning, line: line, column: .person(.ageBand), value: written,
        "`\(written)` is not one of the standard age bands; kept as written")
    case .unknown?, nil: break
    }
    if let gender = c.gender.read(row, &log) {
      person.merge(\.gender, gender, row, c.gender.cell, &people, &log)
    }
    if let reading = c.ethnicity.read(row, &log), let ethnicity = reading.ethnicity {
      person.merge(\.ethnicGroup, ethnicity.group, row, c.ethnicity.cell, &people, &log)
      if let category = ethnicity.category {
        person.merge(\.ethnicity, category, row, c.ethnicity.cell, &people, &log)
      }
      if case .unlisted(let reason) = reading {
        let written = c.ethnicity.text(row) ?? ""
        if ethnicityTextsWarned.insert(written.lowercased()).inserted {
          log.note(
            .warning, line: line, column: .person(.ethnicity), value: written,
            reason + "; counted as Other (each such text is listed once)")
        }
      }
    }
    if let disability = c.disability.read(row, &log) {
      person.merge(\.disability, disability, row, c.disability.cell, &people, &log)
    }
    if let postcode = c.postcode.read(row, &log) {
      person.merge(\.postcode, postcode, row, c.postcode.cell, &people, &log)
    }
    if let decile = c.imdDecile.read(row, &log) {
      person.merge(\.imdDecile, decile, row, c.imdDecile.cell, &people, &log)
    }
    for column in c.extra {
      guard let written = row.text(column.position) else { continue }
      let value: String
      switch YesNoParser.parse(written) {
      case .value(let yes): value = yes ? "Yes" : "No"
      default: value = written
      }
      let id = text.intern(value)
      let earlier = people.extraValues[column.field][person.index]
      if earlier >= 0, earlier != id {
        Person.warnDisagreement(line, column.name, written, earlier: text[earlier], &log)
      }
      people.extraValues[column.field][person.index] = id
    }
  }
}

/// The person a row's profile values are merged into.
private struct Person {
  let index: Int
  let line: Int

  /// Sets a profile field from a row's cell: a blank is filled, a disagreement is warned
  /// about (quoting the cell) and the later value wins. Returns whether the field now holds
  /// the new value.
  @discardableResult
  func merge<T: Equatable>(
    _ field: WritableKeyPath<ParticipantProfile, T?>, _ value: T, _ row: borrowing CSVRecord,
    _ cell: (column: Column, position: Int?), _ people: inout ParticipantTable,
    _ log: inout IssueLog
  ) -> Bool {
    if let earlier = people.profiles[index][keyPath: field] {
      if earlier == value { return false }
      Self.warnDisagreement(
        line, cell.column, row.text(cell.position) ?? "", earlier: "\(earlier)", &log)
    }
    people.profiles[index][keyPath: field] = value
    return true
  }

  /// Merges a stated age (already checked to lie in 0–120) stated on `day`.
  func mergeAge(
    _ age: Int16, stated day: Day?, _ row: borrowing CSVRecord,
    _ cell: (column: Column, position: Int?), _ people: inout ParticipantTable,
    _ log: inout IssueLog
  ) {
    let old = people.profiles[index]
    if let oldAge = old.statedAge, oldAge != age {
      // Ages stated on different dates agree when the years between them explain the gap.
      let years = (old.statedAgeDay.flatMap { a in day.map { a.days(to: $0) } } ?? 0) / 365
      if abs(Int(age) - Int(oldAge) - years) > 1 {
        Self.warnDisagreement(
          line, cell.column, row.text(cell.position) ?? "", earlier: String(oldAge), &log)
      }
    }
    people.profiles[index].statedAge = age
    people.profiles[index].statedAgeDay = day
  }

  static func warnDisagreement(
    _ line: Int, _ column: Column, _ text: String, earlier: String, _ log: inout IssueLog
  ) {
    log.note(
      .warning, line: line, column: column, value: text,
      "disagrees with an earlier value for this person (\(earlier)); the later value is used")
  }
}

/// Where a person's date of birth or birth year was read, for the age check.
struct ProfileProvenance {
  var file: String
  var kind: FileKind
  var line: Int
  var column: Column
  var value: String
}
