import ImpactModel

/// The result of a run: every row, the periods they are for, and the quotes of the
/// reporting period. Exporters read figures from here and compute none of their own.
public struct IndicatorTable: Sendable {
  /// The run's periods.
  public let periods: ReportingPeriods
  /// Every row, suppressed, in the row order of OUTPUTS.md.
  public let rows: [IndicatorRow]
  /// Consented comments dated in the reporting period.
  public let quotes: [Quote]
  /// The suppression threshold the rows were suppressed with (0 when off).
  public let minCount: Int
  /// Per breakdown (period label, indicator, group_by): each group's row position.
  private let index: [RowKey: [Group: Int]]
  /// The positions of each breakdown's rows, in row order.
  private let breakdowns: [BreakdownRows: [Int]]

  /// Creates a table from rows in row order.
  public init(periods: ReportingPeriods, rows: [IndicatorRow], quotes: [Quote], minCount: Int) {
    self.periods = periods
    self.rows = rows
    self.quotes = quotes
    self.minCount = minCount
    var index: [RowKey: [Group: Int]] = [:]
    var breakdowns: [BreakdownRows: [Int]] = [:]
    // The rows of a breakdown come one after another in row order: each run of them is
    // looked up once, not once a row.
    var start = 0
    while start < rows.count {
      let first = rows[start]
      var end = start + 1
      while end < rows.count, rows[end].period == first.period,
        rows[end].indicator == first.indicator, rows[end].groupBy == first.groupBy
      {
        end += 1
      }
      breakdowns[BreakdownRows(first.period, first.indicator, first.groupBy), default: []]
        .append(contentsOf: start..<end)
      Self.add(
        rows, start..<end,
        to: &index[RowKey(first.period.label, first.indicator, first.groupBy), default: [:]])
      start = end
    }
    self.index = index
    self.breakdowns = breakdowns
  }

  /// Adds the position of each row of `run` under its group; a later row of the same group
  /// takes its place.
  private static func add(_ rows: [IndicatorRow], _ run: Range<Int>, to groups: inout [Group: Int])
  {
    groups.reserveCapacity(groups.count + run.count)
    for position in run { groups[rows[position].group] = position }
  }

  /// The row of an indicator for a group in a period, if there is one.
  public func row(
    _ indicator: IndicatorID, in period: Period, groupBy: GroupBy = .all, group: Group = .all
  ) -> IndicatorRow? {
    index[RowKey(period.label, indicator, groupBy)]?[group].map { rows[$0] }
  }

  /// The rows of a breakdown of an indicator in a period, in row order.
  public func breakdown(_ indicator: IndicatorID, by groupBy: GroupBy, in period: Period)
    -> [IndicatorRow]
  {
    (breakdowns[BreakdownRows(period, indicator, groupBy)] ?? []).map { rows[$0] }
  }

  /// The groups a breakdown has in a period (e.g. every programme), in the order people
  /// read them: age bands youngest first, `Unknown` last, the rest in row order.
  public func groups(of groupBy: GroupBy, for indicator: IndicatorID, in period: Period) -> [Group]
  {
    Self.readingOrder(breakdown(indicator, by: groupBy, in: period).map(\.group), by: groupBy)
  }

  /// Groups in the order people read them: age bands youngest first, sessions attended fewest
  /// first, ONS bands lowest first, `Unknown` last, the rest by Unicode code point (the order
  /// of `indicators.csv`).
  public static func readingOrder(_ groups: [Group], by groupBy: GroupBy) -> [Group] {
    let bands: [Group]
    switch groupBy {
    case .person(.ageBand): bands = AgeBand.allCases.map { Group($0.label) }
    case .sessionsAttended: bands = PersonSessions.bands
    case .band: bands = ONSBand.readingOrder
    default: bands = []
    }
    func rank(_ group: Group) -> Int {
      if group == .unknown { return Int.max }
      return bands.firstIndex(of: group) ?? bands.count
    }
    return groups.sorted { a, b in
      let (ra, rb) = (rank(a), rank(b))
      return ra != rb
        ? ra < rb : a.label.unicodeScalars.lexicographicallyPrecedes(b.label.unicodeScalars)
    }
  }

  /// The headline of an indicator's `all` row: now, the comparisons and the target.
  public func headline(_ indicator: IndicatorID) -> Headline {
    Headline(
      indicator: indicator, current: row(indicator, in: periods.reporting),
      previousQuarter: row(indicator, in: periods.previousQuarter),
      samePeriodLastYear: row(indicator, in: periods.samePeriodLastYear),
      yearToDate: row(indicator, in: periods.yearToDate))
  }

  /// The `all` rows of an indicator across the trend quarters, oldest first.
  public func trend(_ indicator: IndicatorID) -> [IndicatorRow] {
    periods.trend.compactMap { row(indicator, in: $0) }
  }
}

/// One indicator broken down one way in a period, the period named by its label.
private struct RowKey: Hashable {
  var period: String
  var indicator: IndicatorID
  var groupBy: GroupBy

  init(_ period: String, _ indicator: IndicatorID, _ groupBy: GroupBy) {
    self.period = period
    self.indicator = indicator
    self.groupBy = groupBy
  }
}

/// One indicator broken down one way in one period.
private struct BreakdownRows: Hashable {
  var period: Period
  var indicator: IndicatorID
  var groupBy: GroupBy

  init(_ period: Period, _ indicator: IndicatorID, _ groupBy: GroupBy) {
    self.period = period
    self.indicator = indicator
    self.groupBy = groupBy
  }
}
