import ImpactModel

/// Turns the records of every file into one ``Dataset``, applying DATA.md's rules for
/// values, duplicates and merging, and accounting for every problem.
///
/// Files must be fed in path order: "the later file and later row wins" relies on it.
struct DatasetBuilder {
  var dataset = Dataset()
  let configuration: ImpactConfiguration
  let dates: DateParser

  /// Every problem found, and each file's report.
  var log = IssueLog()

  // Sessions: by `session_id`, or by the composite key of DATA.md.
  var sessionsByID: [String: Int32] = [:]
  var sessionsByKey: [SessionKey: Int32] = [:]
  var foldedText = StringPool()
  // Memos keyed by a cell's bytes, for the columns every register row repeats.
  var textCells = ByteKeyedCache<TextCell>(limit: 1 << 20)
  var participantCells = ByteKeyedCache<Int32>()
  // Duplicate detection.
  var attendanceRowBySessionPerson: [UInt64: Int32] = [:]
  var headcountRowsSeen: Set<HeadcountKey> = []
  var responseIDs: Set<String> = []
  var referencedFundingLines: Set<FundingLine> = []
  // Where each person's profile values came from, for warnings about them.
  var provenance: [Int32: ProfileProvenance] = [:]
  var participantRowsSeen: Set<Int32> = []
  var ethnicityTextsWarned: Set<String> = []
  var latestDay: Day?

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
    _ severity: Severity, line: Int, column: String, value: String, _ problem: String
  ) {
    log.note(severity, line: line, column: column, value: value, problem)
  }

  /// The interned id of a non-empty text.
  mutating func textID(_ text: String) -> Int32 {
    dataset.text.intern(text)
  }

  /// Notes a date seen in the data (for checking ages of people who never attended).
  mutating func see(_ day: Day) {
    if latestDay.map({ day > $0 }) ?? true { latestDay = day }
  }

  /// Finishes the dataset: closes the last file, checks ages, fills IMD deciles from the
  /// lookup, and orders the issues by file and line.
  mutating func finish(imdLookup: [String: Int8]) -> Dataset {
    log.finishFile()
    checkAges()
    fillIMD(from: imdLookup)
    dataset.attendance.sessionCount = sessionsByID.count + sessionsByKey.count
    (dataset.issues, dataset.files) = log.finish()
    return dataset
  }
}

/// The composite identity of a session without a `session_id`: date, programme, activity,
/// venue and start time, the texts case-folded with spaces collapsed.
struct SessionKey: Hashable {
  var day: Int32
  var programme: Int32
  var activity: Int32
  var venue: Int32
  var startTime: Int32
}

/// Two headcount rows are identical when they are for one session with one count.
struct HeadcountKey: Hashable {
  var session: Int32
  var headcount: Int32
}

/// Where a person's date of birth or birth year was read, for the age check.
struct ProfileProvenance {
  var file: String
  var kind: FileKind
  var line: Int
  var column: String
  var value: String
}
