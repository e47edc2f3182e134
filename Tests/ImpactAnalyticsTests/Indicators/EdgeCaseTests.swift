import ImpactAnalytics
import ImpactModel
import Testing

private let day = IndicatorFixture.day

@Test func identicalHeadcountRowsAreBothCounted() throws {
  // DATA.md: two identical headcount rows for one session are both counted.
  var fixture = IndicatorFixture()
  let session = SessionInfo("S1", day(2025, 7, 10), programme: "Choir")
  fixture.headcount(5, session)
  fixture.headcount(5, session)
  let figures = try fixture.figures("2025-26 Q2")
  #expect(figures.row("anonymous_attendances")?.value == 10)
  #expect(figures.row("attendances")?.value == 10)
  #expect(figures.row("sessions")?.value == 1)
  // Anonymous headcounts alone: no identified person, n blank.
  #expect(figures.row("attendances")?.n == nil)
  #expect(figures.row("unique_participants")?.value == 0)
}

@Test func pairAgeIsTakenOnTheFirstAttendedDateElseThePostDate() throws {
  // Both born 2005-08-15: 19 (16-19) on 2025-07-10, 20 (20-24) on 2025-09-01.
  // A attended on 2025-07-10 in Q2, so A is classified on that date; B did not attend, so B
  // is classified on the post response's date.
  var fixture = IndicatorFixture()
  for person in ["A", "B"] {
    fixture.person(person) { $0.dateOfBirth = day(2005, 8, 15) }
    fixture.response(person, on: day(2025, 7, 1), programme: "Choir", stage: .pre) {
      $0.swemwbsRaw = 20
    }
    fixture.response(person, on: day(2025, 9, 1), programme: "Choir", stage: .post) {
      $0.swemwbsRaw = 22
    }
  }
  fixture.attend("A", SessionInfo("S1", day(2025, 7, 10), programme: "Choir"))
  let figures = try fixture.figures("2025-26 Q2")
  #expect(figures.row("swemwbs_pairs", "age_band", "16-19")?.value == 1)
  #expect(figures.row("swemwbs_pairs", "age_band", "20-24")?.value == 1)
  // Change for each: 19.98 − 18.59 = 1.39.
  #expect(close(figures.row("swemwbs_change", "age_band", "20-24")?.value, 1.39))
}

@Test func configuredPriorityGroupsHaveRowsInAnEmptyPeriod() throws {
  let figures = try inclusionFixture().figures("2025-26 Q2")
  // 2025-26 Q1 holds nobody; every configured group still gets its rows.
  let q1 = "2025-26 Q1"
  let share = try #require(figures.row("priority_share:disabled", period: q1))
  #expect(share.value == nil)
  #expect(share.n == 0)
  #expect(share.benchmark == 0.2)
  #expect(figures.row("priority_share:under_18", period: q1) != nil)
  #expect(figures.row("priority_share:any", period: q1)?.value == nil)
  let people = try #require(
    figures.row("unique_participants", "priority_group", "young", period: q1))
  #expect(people.value == 0)
  // Benchmarked groups get a representation index row, 0 or empty, even with nobody.
  #expect(figures.row("representation_index", "ethnicity_group", "Black", period: q1) != nil)
}

@Test func benchmarkNamesMatchLabelsIgnoringCase() throws {
  var fixture = inclusionFixture()
  fixture.configuration.benchmarks = [PersonField(rawValue: "ethnicity_group")!: ["white": 0.8]]
  let figures = try fixture.figures("2025-26 Q2")
  // The benchmark written `white` belongs to the group labelled `White`.
  #expect(figures.row("participant_share", "ethnicity_group", "White")?.benchmark == 0.8)
  // The index row is about that group, so it carries the group's label: 0.75 ÷ 0.8.
  #expect(figures.row("representation_index", "ethnicity_group", "White")?.value == 0.9375)
  #expect(figures.row("representation_index", "ethnicity_group", "white") == nil)
}

@Test func meansByStageAreLeftOutOfTrendQuarters() throws {
  // Attendance in 2024-25 Q4 and 2025-26 Q2 makes 2024-25 Q4 a trend-only quarter; a
  // SWEMWBS pair has its post there.
  var fixture = IndicatorFixture()
  fixture.attend("A", SessionInfo("S0", day(2025, 1, 10), programme: "Choir"))
  fixture.attend("A", SessionInfo("S1", day(2025, 7, 10), programme: "Choir"))
  fixture.response("A", on: day(2025, 1, 5), programme: "Choir", stage: .pre) {
    $0.swemwbsRaw = 20
  }
  fixture.response("A", on: day(2025, 2, 5), programme: "Choir", stage: .post) {
    $0.swemwbsRaw = 23
  }
  let figures = try fixture.figures("2025-26 Q2")
  let trend = "2024-25 Q4"
  #expect(figures.count("swemwbs_mean", period: trend) == 0)
  // 20.73 − 18.59 = 2.14.
  #expect(figures.row("swemwbs_pairs", period: trend)?.value == 1)
  #expect(close(figures.row("swemwbs_change", period: trend)?.value, 2.14))
  #expect(figures.row("feedback_responses", period: trend)?.value == 2)
}
