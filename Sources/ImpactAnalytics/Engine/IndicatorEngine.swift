import ImpactModel

/// Computes every indicator of INDICATORS.md for a run's periods, from the compact dataset.
///
/// The attended rows are sorted by date once; each period is then one contiguous slice, read
/// in a single pass that fills the totals of every breakdown at once.
public struct IndicatorEngine: Sendable {
  let dataset: Dataset
  let configuration: ImpactConfiguration
  /// The financial calendar of the configuration.
  public let calendar: PeriodCalendar
  let index: AttendanceIndex
  let feedbackIndex: FeedbackIndex
  let classifier: PersonClassifier
  let pairings: [WellbeingScale: WellbeingPairing]
  let completion: [WellbeingScale: CompletionIndex]
  let personSessions: PersonSessions

  /// Prepares the engine: sorts the attended rows and the survey responses by date, and
  /// indexes the wellbeing responses.
  public init(dataset: Dataset, configuration: ImpactConfiguration) {
    self.dataset = dataset
    self.configuration = configuration
    calendar = PeriodCalendar(configuration: configuration)
    index = AttendanceIndex(dataset.attendance, people: dataset.participants.count)
    feedbackIndex = FeedbackIndex(dataset.feedback)
    classifier = PersonClassifier(
      participants: dataset.participants, text: dataset.text, firstAttended: index.firstAttended)
    var pairings: [WellbeingScale: WellbeingPairing] = [:]
    for scale in WellbeingScale.allCases {
      pairings[scale] = WellbeingPairing(
        dataset.feedback, scale: scale, participantIDs: dataset.participants.ids,
        text: dataset.text)
    }
    self.pairings = pairings
    completion = [
      .swemwbs: CompletionIndex(dataset.feedback, scale: .swemwbs),
      .wemwbs: CompletionIndex(dataset.feedback, scale: .wemwbs),
    ]
    // Sessions attended are counted for the SWEMWBS and WEMWBS pairs only.
    var paired = [Bool](repeating: false, count: dataset.participants.count)
    for scale in [WellbeingScale.swemwbs, .wemwbs] { pairings[scale]!.markPosted(in: &paired) }
    personSessions = PersonSessions(
      dataset.attendance, index: index, people: dataset.participants.count, kept: paired)
  }

  /// The latest date with an attended session.
  public var latestAttendedDay: Day? { index.latestDay }

  /// The periods of a run for a `--period` choice, or `nil` when the choice needs attendance
  /// data and there is none (`latest` with no attended row).
  public func periods(for selection: PeriodSelection) -> ReportingPeriods? {
    guard let reporting = selection.resolve(in: calendar, latestAttendedDay: latestAttendedDay)
    else { return nil }
    return ReportingPeriods(
      reporting: reporting, calendar: calendar, attendedDays: index.distinctDays)
  }

  /// The run's result: every row, and the printable quotes of the reporting period.
  public func table(for periods: ReportingPeriods) -> IndicatorTable {
    IndicatorTable(
      periods: periods, rows: compute(periods),
      quotes: Quote.printable(
        dataset.feedback, text: dataset.text, in: periods.reporting, index: feedbackIndex),
      minCount: configuration.suppressionMinCount)
  }

  /// Every row for the run's periods, suppressed, with targets and status, in the row order
  /// of OUTPUTS.md.
  public func compute(_ periods: ReportingPeriods) -> [IndicatorRow] {
    let comparisons: Set<Period> = [
      periods.reporting, periods.previousQuarter, periods.samePeriodLastYear,
      periods.yearToDate,
    ]
    // Periods are independent: computed on both cores, the most work first (breakdowns, then
    // more attended rows), so that the longest period does not start last while the other core
    // waits; then put back in the run's period order and joined.
    let ordered = periods.ordered
    // `all` beside another reporting period holds the data-quality counts alone: no work.
    @Sendable func qualityOnly(_ period: Period) -> Bool {
      period.kind == .all && period != periods.reporting
    }
    let work = ordered.map { period in
      (
        breakdowns: comparisons.contains(period),
        rows: qualityOnly(period) ? 0 : index.rows(in: period).count
      )
    }
    let schedule = ordered.indices.sorted { a, b in
      work[a].breakdowns != work[b].breakdowns ? work[a].breakdowns : work[a].rows > work[b].rows
    }
    var computed = ParallelMap.map(schedule.map { ordered[$0] }) { period in
      var sink = RowSink(period: period)
      if qualityOnly(period) {
        DataQualityRows.write(dataset, into: &sink)
      } else {
        compute(
          period, breakdowns: comparisons.contains(period),
          isReporting: period == periods.reporting, into: &sink)
      }
      return sink.rows
    }
    var parts = [[IndicatorRow]](repeating: [], count: ordered.count)
    for (slot, position) in schedule.enumerated() { swap(&parts[position], &computed[slot]) }
    // Joined a period at a time, each period's rows let go once copied, so that no more than
    // one period's rows are held twice.
    var rows: [IndicatorRow] = []
    rows.reserveCapacity(parts.reduce(0) { $0 + $1.count })
    for part in parts.indices {
      rows += parts[part]
      parts[part] = []
    }
    let personBreakdowns = Set(GroupBy.personFields + [.priorityGroup])
    SuppressionPolicy(minCount: configuration.suppressionMinCount)
      .apply(to: &rows, personBreakdowns: personBreakdowns)
    TargetPolicy(configuration: configuration).apply(to: &rows)
    RoundingPolicy(roundTo: configuration.suppressionRoundTo).apply(to: &rows)
    Self.order(&rows, periods: periods)
    return rows
  }

  /// The rows of one period. Trend quarters (no breakdowns) get the `all` rows only.
  func compute(_ period: Period, breakdowns: Bool, isReporting: Bool, into sink: inout RowSink) {
    let table = dataset.attendance
    let attendance = PeriodAttendance(
      index.rows(in: period), table: table, index: index, people: dataset.participants.count,
      breakdowns: breakdowns)
    let reach = ReachRows(
      retentionMinSessions: configuration.retentionMinSessions,
      firstAttended: index.firstAttended, period: period)
    reach.write(attendance.all, groupBy: .all, group: .all, into: &sink)
    for field in SessionField.allCases {
      for (key, acc) in attendance.bySession[field] ?? [:] {
        reach.write(
          acc, groupBy: field.groupBy, group: field.label(key, text: dataset.text), into: &sink)
      }
    }
    let rules = configuration.priorityGroups
    let people = PeopleInPeriod(
      attendance, reach: reach, classifier: classifier, rules: rules, breakdowns: breakdowns)
    if breakdowns {
      PersonBreakdownRows(
        people: people, anonymousAttendances: attendance.all.anonymous, rules: rules,
        retentionMinSessions: configuration.retentionMinSessions
      ).write(into: &sink)
    }
    InclusionRows(
      people: people, attendance: attendance, rules: rules,
      benchmarks: configuration.benchmarks, text: dataset.text, breakdowns: breakdowns
    ).write(into: &sink)
    WellbeingRows(
      feedback: dataset.feedback, responses: feedbackIndex.responses(in: period),
      settings: configuration.wellbeing, classifier: classifier,
      rules: rules, text: dataset.text, attendance: attendance, breakdowns: breakdowns,
      isTrend: !breakdowns, sessions: personSessions
    ).write(pairings: pairings, into: &sink)
    EvidenceRows(
      feedback: dataset.feedback, responses: feedbackIndex.responses(in: period),
      settings: configuration.wellbeing, comparison: NormComparison(classifier: classifier),
      completion: completion, text: dataset.text, breakdowns: breakdowns, isTrend: !breakdowns
    ).write(into: &sink)
    FundingRows(
      lines: dataset.funding, text: dataset.text, breakdowns: breakdowns,
      isReporting: isReporting
    ).write(attendance: attendance, into: &sink)
  }

  /// Sorts rows in place by period (the run's order), indicator id, group_by and group, text
  /// compared by Unicode code point; rows equal in all four keep their order.
  ///
  /// Each text column is ranked once (``NameRanks``), so the sort compares integers, and the
  /// rows are then moved into their places by swaps, without a second array of rows.
  static func order(_ rows: inout [IndicatorRow], periods: ReportingPeriods) {
    let position = Dictionary(
      uniqueKeysWithValues: periods.ordered.enumerated().map { ($1, Int32($0)) })
    let indicators = NameRanks(rows.map(\.indicator)).ranks
    let groupBys = NameRanks(rows.map(\.groupBy)).ranks
    let groups = NameRanks(rows.map(\.group)).ranks
    var keys: [(Int32, Int32, Int32, Int32, Int32)] = []
    keys.reserveCapacity(rows.count)
    for (index, row) in rows.enumerated() {
      keys.append(
        (
          position[row.period] ?? .max, indicators[index], groupBys[index], groups[index],
          Int32(index)
        ))
    }
    keys.sort { $0 < $1 }
    Self.permute(&rows, by: keys.map(\.4))
  }

  /// Rearranges `rows` so that position `k` holds what was at `order[k]`, following each cycle
  /// of the permutation with swaps. `order` holds every position once.
  static func permute(_ rows: inout [IndicatorRow], by order: [Int32]) {
    var placed = [Bool](repeating: false, count: rows.count)
    for start in rows.indices where !placed[start] {
      // The row first at `start` travels along the cycle to where it belongs.
      var at = start
      while true {
        placed[at] = true
        let from = Int(order[at])
        if from == start { break }
        rows.swapAt(at, from)
        at = from
      }
    }
  }
}
