import ImpactModel

/// A file's participant columns, declared once per file: the id by position, every profile
/// column as a ``ColumnReader`` with its parser (each unreadable value is a warning and
/// leaves the value unknown), and the extra columns priority-group rules read.
struct ProfileColumns {
  let participant: Int?
  /// Dates of birth rarely repeat, so they are read without a memo.
  var dateOfBirth: ColumnReader<Day>
  var birthYear: ColumnReader<Int16>
  var age: ColumnReader<Int16>
  /// A standard band or a band kept as written; never unreadable.
  var ageBand: ColumnReader<AgeBandReading>
  var gender: ColumnReader<Gender>
  /// A known ethnicity or unlisted text (reported once per text); never unreadable.
  var ethnicity: ColumnReader<EthnicityReading>
  var disability: ColumnReader<Disability>
  var postcode: ColumnReader<String>
  var imdDecile: ColumnReader<Int8>
  /// Extra columns that priority-group rules read: (position, field index, name).
  let extra: [(position: Int, field: Int, name: Column)]

  /// Whether the file carries any profile column beyond the id.
  let isEmpty: Bool

  /// - Parameter extraFields: the extra participant columns priority-group rules read; only
  ///   attendance and participants files carry them.
  init(
    _ layout: ColumnLayout, kind: FileKind, extraFields: Set<String>, dates: DateParser,
    participants: inout ParticipantTable
  ) {
    let p = layout.position
    participant = p[.participantID]
    dateOfBirth = ColumnReader(date: .dateOfBirth, in: layout, dates: dates, memo: false)
    birthYear = ColumnReader(.birthYear, in: layout) {
      AgeParser.birthYear($0).map { Int16($0) }
    }
    age = ColumnReader(.person(.age), in: layout) { AgeParser.age($0).map { Int16($0) } }
    ageBand = ColumnReader(.person(.ageBand), in: layout) { bytes in
      let reading = AgeParser.band(bytes)
      return reading == .unknown ? .unknown : .value(reading)
    }
    gender = ColumnReader(.person(.gender), in: layout) { CodeMatcher.gender($0) }
    ethnicity = ColumnReader(.person(.ethnicity), in: layout) { bytes in
      let reading = EthnicityParser.parse(bytes)
      return reading == .unknown ? .unknown : .value(reading)
    }
    disability = ColumnReader(.person(.disability), in: layout) { CodeMatcher.disability($0) }
    postcode = ColumnReader(.person(.postcode), in: layout) { PostcodeParser.parse($0) }
    imdDecile = ColumnReader(.person(.imdDecile), in: layout) {
      DecileParser.parse($0).map { Int8($0) }
    }
    let carriesProfiles = kind == .attendance || kind == .participants
    extra = p.filter { carriesProfiles && extraFields.contains($0.key.name) }
      .sorted { $0.value < $1.value }.map {
        (position: $0.value, field: participants.extraField(named: $0.key.name), name: $0.key)
      }
    isEmpty =
      [
        dateOfBirth.position, birthYear.position, age.position, ageBand.position,
        gender.position, ethnicity.position, disability.position, postcode.position,
        imdDecile.position,
      ]
      .allSatisfy { $0 == nil } && extra.isEmpty
  }
}
