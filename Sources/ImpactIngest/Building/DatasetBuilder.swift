import ImpactModel

/// Turns the records of every file into one ``Dataset``, applying DATA.md's rules for
/// values, duplicates and merging, and accounting for every problem.
///
/// Files must be fed in path order: "the later file and later row wins" relies on it.
struct DatasetBuilder {
  var dataset = Dataset()
  let configuration: ImpactConfiguration
  let dates: DateParser

  /// The file being read and its running report.
  var file = ""
  var kind = FileKind.attendance
  var report: FileReport?

  // Sessions: by `session_id`, or by the composite key of DATA.md.
  var sessionsByID: [String: Int32] = [:]
  var sessionsByKey: [SessionKey: Int32] = [:]
  var foldedText = StringPool()
  // Memos keyed by a cell's bytes, for the columns every register row repeats.
  var dayCells = ByteKeyedCache<ParsedValue<Day>>(limit: 1 << 20)
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
    finishFile()
    file = path
    kind = report.kind
    self.report = report
  }

  /// Closes the current file's report.
  mutating func finishFile() {
    if let report { dataset.files.append(report) }
    report = nil
  }

  /// Records a problem of the current file.
  mutating func note(
    _ severity: Severity, line: Int, column: String, value: String, _ problem: String
  ) {
    dataset.issues.append(
      DataQualityIssue(
        file: file, line: line, kind: kind, column: column, value: value, severity: severity,
        problem: problem))
    switch severity {
    case .rejected: report?.rowsRejected += 1
    case .duplicate: report?.duplicates += 1
    case .warning: report?.warnings += 1
    }
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
    finishFile()
    checkAges()
    fillIMD(from: imdLookup)
    dataset.attendance.sessionCount = sessionsByID.count + sessionsByKey.count
    let order = Dictionary(
      uniqueKeysWithValues: dataset.files.enumerated().map { ($1.path, $0) })
    dataset.issues = dataset.issues.enumerated().sorted { a, b in
      let fa = order[a.element.file] ?? Int.max
      let fb = order[b.element.file] ?? Int.max
      if fa != fb { return fa < fb }
      if a.element.line != b.element.line { return a.element.line < b.element.line }
      return a.offset < b.offset
    }.map(\.element)
    recount()
    return dataset
  }

  /// Recounts each file's warnings after the whole-dataset checks added some.
  private mutating func recount() {
    var warnings: [String: Int] = [:]
    for issue in dataset.issues where issue.severity == .warning {
      warnings[issue.file, default: 0] += 1
    }
    for index in dataset.files.indices {
      dataset.files[index].warnings = warnings[dataset.files[index].path] ?? 0
    }
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
