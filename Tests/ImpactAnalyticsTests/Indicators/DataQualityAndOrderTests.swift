import ImpactAnalytics
import ImpactModel
import Testing

private let day = IndicatorFixture.day

@Test func dataQualityRowsPerFileKind() throws {
  var fixture = IndicatorFixture()
  // One attendance row; reading collapsed a second row for D at S1 into it.
  fixture.attend("D", SessionInfo("S1", day(2025, 7, 10), programme: "Choir"))
  var register = FileReport(
    path: "attendance/choir.csv", kind: .attendance, encoding: "UTF-8", delimiter: ",",
    headerLine: 1)
  register.rowsRead = 10
  register.rowsRejected = 1
  register.duplicates = 1
  var second = FileReport(
    path: "attendance/dance.csv", kind: .attendance, encoding: "UTF-8", delimiter: ",",
    headerLine: 1)
  second.rowsRead = 5
  var people = FileReport(
    path: "participants.csv", kind: .participants, encoding: "UTF-8", delimiter: ",",
    headerLine: 1)
  people.rowsRead = 4
  people.duplicates = 2
  fixture.dataset.files = [register, second, people]
  func issue(_ kind: FileKind, _ severity: Severity) -> DataQualityIssue {
    DataQualityIssue(
      file: "f.csv", line: 2, kind: kind, column: "c", value: "v", severity: severity,
      problem: "p")
  }
  fixture.dataset.issues = [
    issue(.attendance, .rejected), issue(.attendance, .duplicate), issue(.attendance, .warning),
    issue(.attendance, .warning), issue(.attendance, .warning), issue(.participants, .duplicate),
    issue(.participants, .duplicate), issue(.feedback, .warning),
  ]
  let figures = try fixture.figures("2025-26 Q2")
  // The collapsed duplicate is one attendance.
  #expect(figures.row("attendances")?.value == 1)
  // Period `all`, group_by `kind`: rows read 10 + 5 and 4; rejected 1; duplicates 1 and 2;
  // warnings: the three attendance warnings and the feedback one.
  func quality(_ id: String, _ kind: String) -> IndicatorRow? {
    figures.row(id, "kind", kind, period: "all")
  }
  let read = try #require(quality("rows_read", "attendance"))
  #expect(read.value == 15)
  #expect(read.unit == .count)
  #expect(read.n == nil)
  #expect(read.period.start == nil && read.period.end == nil)
  #expect(quality("rows_read", "participants")?.value == 4)
  #expect(quality("rows_rejected", "attendance")?.value == 1)
  #expect(quality("duplicates_collapsed", "attendance")?.value == 1)
  #expect(quality("duplicates_collapsed", "participants")?.value == 2)
  #expect(quality("warnings", "attendance")?.value == 3)
  #expect(quality("warnings", "feedback")?.value == 1)
  #expect(quality("warnings", "attendance")?.suppressed == .no)
  // Only data-quality rows in `all`.
  let kinds = Set(figures.rows.filter { $0.period.label == "all" }.map(\.groupBy.rawValue))
  #expect(kinds == ["kind"])
}

/// The reach fixture plus P1 at a session in 2024-25 Q4 (a trend quarter that is no
/// comparison period) and one file report.
private func orderFixture() -> IndicatorFixture {
  var fixture = reachFixture()
  fixture.attend(
    "P1", SessionInfo("YTW", day(2025, 1, 15), programme: "Youth Theatre", venue: "Studio"))
  var report = FileReport(
    path: "attendance.csv", kind: .attendance, encoding: "UTF-8", delimiter: ",", headerLine: 1)
  report.rowsRead = 14
  fixture.dataset.files = [report]
  return fixture
}

@Test func rowsComeInPeriodThenIndicatorGroupByGroupOrder() throws {
  let figures = try orderFixture().figures("2025-26 Q2")
  // Periods: reporting, previous quarter, same quarter last year, year to date, the trend
  // quarters not already listed (2024-25 Q4), then `all`.
  var periods: [String] = []
  for row in figures.rows where periods.last != row.period.label {
    periods.append(row.period.label)
  }
  #expect(
    periods == ["2025-26 Q2", "2025-26 Q1", "2024-25 Q2", "2025-26 YTD", "2024-25 Q4", "all"])
  // Within a period, by indicator, group_by, group, compared by code point; each key once.
  func key(_ row: IndicatorRow) -> [String] {
    [row.indicator.rawValue, row.groupBy.rawValue, row.group.label]
  }
  func precedes(_ a: [String], _ b: [String]) -> Bool {
    for (x, y) in zip(a, b) where x != y {
      return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
    }
    return false
  }
  for (a, b) in zip(figures.rows, figures.rows.dropFirst()) where a.period == b.period {
    #expect(precedes(key(a), key(b)), "\(key(a)) should come before \(key(b))")
  }
  // The first rows, worked out: anonymous_attendances for all, then its session-field groups
  // that hold a headcount (FD2: art form unknown, in_person, Family Days, outdoor, Park).
  let first = figures.rows.prefix(6).map { "\($0.indicator) \($0.groupBy) \($0.group)" }
  #expect(
    first == [
      "anonymous_attendances all All", "anonymous_attendances art_form Unknown",
      "anonymous_attendances delivery in_person", "anonymous_attendances programme Family Days",
      "anonymous_attendances setting outdoor", "anonymous_attendances venue Park",
    ])
  // Upper case before lower case, code point order.
  #expect(figures.groups("attendances", "venue") == ["Library", "Park", "Studio", "Unknown"])
  #expect(figures.groups("attendances", "art_form") == ["Theatre", "Unknown", "Visual arts"])
  #expect(
    figures.groups("attendances", "setting") == ["community", "online", "outdoor", "venue"])
  #expect(figures.groups("unique_participants", "age_band") == ["12-15", "35-49", "Unknown"])
}

@Test func trendQuartersHaveOnlyTheAllBreakdown() throws {
  let figures = try orderFixture().figures("2025-26 Q2")
  let trend = figures.rows.filter { $0.period.label == "2024-25 Q4" }
  #expect(!trend.isEmpty)
  #expect(trend.allSatisfy { $0.groupBy.rawValue == "all" })
  // P1 alone, at YTW on 2025-01-15, returning (first came 2024-08-05).
  #expect(figures.row("unique_participants", period: "2024-25 Q4")?.value == 1)
  #expect(figures.row("returning_participants", period: "2024-25 Q4")?.value == 1)
  // The comparison periods do have breakdowns.
  #expect(
    figures.row("unique_participants", "programme", "Youth Theatre", period: "2024-25 Q2")?.value
      == 1)
}
