import ImpactAnalytics
import ImpactModel
import Testing

/// Builds a small ``Dataset`` for the indicator tests directly through the model API (no
/// ImpactIngest), and runs the engine on it.
struct IndicatorFixture {
  /// The dataset built so far.
  var dataset = Dataset()
  /// The configuration the engine runs with.
  var configuration = ImpactConfiguration()
  private var sessions: [String: Int32] = [:]

  /// A fixture with suppression at `minCount` (0 = off, the default here so that figures can
  /// be read) and the given priority groups (none by default).
  init(minCount: Int = 0, priorityGroups: [PriorityGroupRule] = []) {
    configuration.suppressionMinCount = minCount
    configuration.priorityGroups = priorityGroups
  }

  /// A day that exists.
  static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
    Day(year: year, month: month, day: day)!
  }

  /// The text id of `text`, or `-1` for `nil`.
  mutating func text(_ text: String?) -> Int32 {
    text.map { dataset.text.intern($0) } ?? -1
  }

  /// The index of a person, adding them when new; `describe` fills in their profile.
  @discardableResult
  mutating func person(
    _ id: String, _ describe: (inout ParticipantProfile) -> Void = { _ in }
  ) -> Int32 {
    let index = dataset.participants.index(for: id)
    describe(&dataset.participants.profiles[Int(index)])
    return index
  }

  /// One person at a session (status `attended` unless given).
  mutating func attend(
    _ person: String, _ session: SessionInfo, status: AttendanceStatus = .attended
  ) {
    let index = self.person(person)
    append(session, participant: index, headcount: 0, status: status)
  }

  /// An anonymous group headcount at a session.
  mutating func headcount(_ count: Int32, _ session: SessionInfo) {
    append(session, participant: -1, headcount: count, status: .attended)
  }

  private mutating func append(
    _ session: SessionInfo, participant: Int32, headcount: Int32, status: AttendanceStatus
  ) {
    let sessionIndex: Int32
    if let known = sessions[session.key] {
      sessionIndex = known
    } else {
      sessionIndex = Int32(sessions.count)
      sessions[session.key] = sessionIndex
      dataset.attendance.sessionCount = sessions.count
    }
    dataset.attendance.append(
      AttendanceRow(
        day: session.day, programme: text(session.programme), participant: participant,
        headcount: headcount, session: sessionIndex, status: status, setting: session.setting,
        delivery: session.delivery, venue: text(session.venue), artForm: text(session.artForm),
        durationHours: session.hours ?? .nan, capacity: session.capacity ?? -1))
  }

  /// A survey response; every measure `fill` sets is marked as present in the data.
  mutating func response(
    _ person: String?, on day: Day, programme: String? = nil, stage: FeedbackStage = .single,
    _ fill: (inout FeedbackRow) -> Void = { _ in }
  ) {
    var row = FeedbackRow(day: day)
    row.participant = person.map { self.person($0) } ?? -1
    row.programme = text(programme)
    row.stage = stage
    fill(&row)
    let present: [(FeedbackMeasure, Bool)] = [
      (.swemwbs, row.swemwbsRaw != nil), (.wemwbs, row.wemwbsRaw != nil),
      (.onsLifeSatisfaction, row.onsLifeSatisfaction != nil),
      (.onsWorthwhile, row.onsWorthwhile != nil), (.onsHappy, row.onsHappy != nil),
      (.onsAnxious, row.onsAnxious != nil), (.satisfaction, row.satisfaction != nil),
      (.recommend, row.recommend != nil),
    ]
    for (measure, given) in present where given {
      dataset.feedback.measuresPresent.insert(measure)
    }
    dataset.feedback.append(row)
  }

  /// An income line for `funder`; `fill` sets its type, status and dates.
  mutating func funding(
    _ funder: String, _ amount: Double, programme: String? = nil,
    _ fill: (inout FundingLine) -> Void = { _ in }
  ) {
    var line = FundingLine(funder: text(funder), amount: amount)
    line.programme = text(programme)
    fill(&line)
    dataset.funding.append(line)
  }

  /// The engine on the dataset built so far.
  var engine: IndicatorEngine {
    IndicatorEngine(dataset: dataset, configuration: configuration)
  }

  /// Every row of a run whose reporting period is `period` (a `--period` text).
  func figures(_ period: String) throws -> Figures {
    let engine = self.engine
    let selection = try PeriodSelection(parsing: period, calendar: engine.calendar)
    let periods = try #require(engine.periods(for: selection))
    return Figures(rows: engine.compute(periods), periods: periods)
  }
}

/// What a session row carries, with every optional column unknown unless given.
struct SessionInfo {
  /// The session's identity: rows with the same key are one session.
  var key: String
  var day: Day
  var programme: String
  var venue: String?
  var setting: Setting?
  var delivery = Delivery.inPerson
  var artForm: String?
  var hours: Double?
  var capacity: Int32?

  init(
    _ key: String, _ day: Day, programme: String, venue: String? = nil, setting: Setting? = nil,
    delivery: Delivery = .inPerson, artForm: String? = nil, hours: Double? = nil,
    capacity: Int32? = nil
  ) {
    self.key = key
    self.day = day
    self.programme = programme
    self.venue = venue
    self.setting = setting
    self.delivery = delivery
    self.artForm = artForm
    self.hours = hours
    self.capacity = capacity
  }
}

/// The rows of one run, looked up by period label, indicator, group_by and group.
struct Figures {
  let rows: [IndicatorRow]
  let periods: ReportingPeriods

  /// The row of an indicator for a group in a period (the reporting period by default).
  func row(
    _ indicator: String, _ groupBy: String = "all", _ group: String = "All",
    period: String? = nil
  ) -> IndicatorRow? {
    let label = period ?? periods.reporting.label
    return rows.first {
      $0.period.label == label && $0.indicator.rawValue == indicator
        && $0.groupBy.rawValue == groupBy && $0.group.label == group
    }
  }

  /// The groups of a breakdown, in row order.
  func groups(_ indicator: String, _ groupBy: String, period: String? = nil) -> [String] {
    let label = period ?? periods.reporting.label
    return rows.filter {
      $0.period.label == label && $0.indicator.rawValue == indicator
        && $0.groupBy.rawValue == groupBy
    }.map(\.group.label)
  }

  /// How many rows there are of an indicator in a period, whatever the breakdown.
  func count(_ indicator: String, period: String? = nil) -> Int {
    let label = period ?? periods.reporting.label
    return rows.filter { $0.period.label == label && $0.indicator.rawValue == indicator }.count
  }
}

/// Whether two doubles agree to `tolerance` (figures worked out by hand to many places).
func close(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
  guard let actual else { return false }
  return abs(actual - expected) <= tolerance
}
