import ImpactModel

/// Turns the records of every file into one ``Dataset``, applying DATA.md's rules for
/// values, duplicates and merging, and accounting for every problem.
///
/// It composes named parts, each a small value type: the ``IssueLog`` (the data-quality
/// account), ``TextCells`` (free text and ids, interned once per distinct cell),
/// ``SessionIndex``, ``DuplicateTracker`` and ``ProfileMerger``. The columns of the file being
/// read come in as declarations (``FileColumns``).
///
/// Files must be fed in path order: "the later file and later row wins" relies on it.
struct DatasetBuilder {
  var dataset = Dataset()
  let configuration: ImpactConfiguration
  /// How date cells are read (the configured `date_order`).
  let dates: DateParser

  /// Every problem found, and each file's report.
  var log = IssueLog()
  /// Free-text and participant-id cells, interned once per distinct bytes.
  var cells = TextCells()
  /// The session of each attendance row.
  var sessions = SessionIndex()
  /// What is counted once, and what has been seen.
  var duplicates = DuplicateTracker()
  /// Each person's profile, merged across rows and files.
  var profiles = ProfileMerger()

  init(configuration: ImpactConfiguration) {
    self.configuration = configuration
    self.dates = DateParser(order: configuration.dateOrder)
  }

  /// Starts a file: later records and issues belong to it.
  mutating func begin(file path: String, report: FileReport) {
    log.begin(file: path, report: report)
  }

  /// Records a problem of the current file.
  mutating func note(
    _ severity: Severity, line: Int, column: Column, value: String, _ problem: String
  ) {
    log.note(severity, line: line, column: column, value: value, problem)
  }

  /// Rejects the current row.
  mutating func reject(_ line: Int, _ column: Column, _ value: String, _ problem: String) {
    log.reject(line: line, column: column, value: value, problem)
  }

  /// The interned id of a non-empty text.
  mutating func textID(_ text: String) -> Int32 {
    dataset.text.intern(text)
  }

  /// The free text in a cell, interned; `nil` when blank or absent.
  mutating func cellText(_ record: borrowing CSVRecord, _ column: Int?) -> TextCell? {
    cells.text(record, column, in: &dataset.text)
  }

  /// The participant a cell names (with `lastName`, the two cells' full name); `nil` when
  /// blank or absent.
  mutating func cellParticipant(
    _ record: borrowing CSVRecord, _ column: Int?, lastName: Int? = nil
  ) -> Int32? {
    guard let lastName else { return cells.participant(record, column, in: &dataset.participants) }
    return cells.participant(record, column, lastName, in: &dataset.participants)
  }

  /// Merges the profile values a row carries into a person's profile (see
  /// ``ProfileMerger/add(_:_:participant:ageDay:to:text:log:)``).
  mutating func addProfileValues(
    _ row: borrowing CSVRecord, _ c: inout ProfileColumns, participant: Int32, ageDay: Day?
  ) {
    profiles.add(
      row, &c, participant: participant, ageDay: ageDay, to: &dataset.participants,
      text: &dataset.text, log: &log)
  }

  /// Finishes the dataset: closes the last file, checks ages, fills IMD deciles from the
  /// lookup, and orders the issues by file and line.
  mutating func finish(imdLookup: [String: Int8]) -> Dataset {
    log.finishFile()
    profiles.checkAges(&dataset.participants, attendance: dataset.attendance, log: &log)
    ProfileMerger.fillIMD(&dataset.participants, from: imdLookup)
    dataset.attendance.sessionCount = sessions.count
    (dataset.issues, dataset.files) = log.finish()
    return dataset
  }
}
