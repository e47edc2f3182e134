import ImpactAnalytics
import ImpactModel
import Testing

private let day = IndicatorFixture.day

/// The reach fixture with targets: unique_participants quarter 3, year 10, ytd 5; sessions a
/// plain 6; online_share 0.1, lower is better; attendances quarter 19, lower is better.
private func targetFixture(minCount: Int = 0) -> IndicatorFixture {
  var fixture = reachFixture()
  fixture.configuration.suppressionMinCount = minCount
  fixture.configuration.targets = [
    IndicatorID("unique_participants"): Target(quarter: 3, year: 10, yearToDate: 5),
    IndicatorID("sessions"): Target(value: 6),
    IndicatorID("online_share"): Target(value: 0.1, direction: .lower),
    IndicatorID("attendances"): Target(quarter: 19, direction: .lower),
  ]
  return fixture
}

@Test func quarterTargetsMetAndMissed() throws {
  let figures = try targetFixture().figures("2025-26 Q2")
  // Q2: 3 people ≥ 3: met (equal counts).
  let unique = try #require(figures.row("unique_participants"))
  #expect(unique.target == 3)
  #expect(unique.status == .met)
  // Previous quarter 0 < 3, same quarter last year 1 < 3: not met.
  #expect(figures.row("unique_participants", period: "2025-26 Q1")?.status == .notMet)
  #expect(figures.row("unique_participants", period: "2024-25 Q2")?.target == 3)
  #expect(figures.row("unique_participants", period: "2024-25 Q2")?.status == .notMet)
  // Year to date: the ytd target 5; 3 < 5: not met.
  let ytd = try #require(figures.row("unique_participants", period: "2025-26 YTD"))
  #expect(ytd.target == 5)
  #expect(ytd.status == .notMet)
  // A plain target fits every period: 6 sessions ≥ 6 met; Q1's 0 not met.
  #expect(figures.row("sessions")?.status == .met)
  #expect(figures.row("sessions", period: "2025-26 Q1")?.target == 6)
  #expect(figures.row("sessions", period: "2025-26 Q1")?.status == .notMet)
  // Targets apply to `all` rows only.
  let programme = try #require(figures.row("unique_participants", "programme", "Youth Theatre"))
  #expect(programme.target == nil && programme.status == nil)
  // No target configured: no target, no status.
  #expect(figures.row("new_participants")?.target == nil)
  #expect(figures.row("new_participants")?.status == nil)
}

@Test func lowerIsBetterTargets() throws {
  let figures = try targetFixture().figures("2025-26 Q2")
  // online_share 0.05 ≤ 0.1: met.
  #expect(figures.row("online_share")?.status == .met)
  // attendances 20 > 19 with direction lower: not met.
  let attendances = try #require(figures.row("attendances"))
  #expect(attendances.target == 19)
  #expect(attendances.status == .notMet)
  // An undefined figure (online share in the empty Q1) has no status.
  let empty = try #require(figures.row("online_share", period: "2025-26 Q1"))
  #expect(empty.value == nil)
  #expect(empty.status == nil)
}

@Test func yearTargetsAndTrendQuarters() throws {
  let figures = try targetFixture().figures("2025-26")
  // The whole year: 3 people < year target 10.
  let year = try #require(figures.row("unique_participants"))
  #expect(year.target == 10)
  #expect(year.status == .notMet)
  // The previous year 2024-25: 1 < 10.
  #expect(figures.row("unique_participants", period: "2024-25")?.status == .notMet)
  // Trend quarters get quarter targets too: 2025-26 Q2 has 3 ≥ 3.
  let trend = try #require(figures.row("unique_participants", period: "2025-26 Q2"))
  #expect(trend.target == 3)
  #expect(trend.status == .met)
  // attendances in the trend quarter 2024-25 Q2: 1 ≤ 19, lower is better: met.
  #expect(figures.row("attendances", period: "2024-25 Q2")?.status == .met)
}

@Test func customRangeGetsOnlyPlainTargets() throws {
  let figures = try targetFixture().figures("2025-07-01..2025-08-31")
  // quarter/year/ytd targets do not fit a custom range.
  #expect(figures.row("unique_participants")?.target == nil)
  #expect(figures.row("unique_participants")?.status == nil)
  // Sessions Jul–Aug: YT1, YT2, YT3, FD1, FD2 = 5 < the plain 6.
  let sessions = try #require(figures.row("sessions"))
  #expect(sessions.value == 5)
  #expect(sessions.target == 6)
  #expect(sessions.status == .notMet)
}

@Test func suppressedFiguresGetNoStatus() throws {
  let figures = try targetFixture(minCount: 5).figures("2025-26 Q2")
  // 3 people < 5: suppressed, so no status.
  let unique = try #require(figures.row("unique_participants"))
  #expect(unique.suppressed == .primary)
  #expect(unique.status == nil)
}

@Test func priorityGroupTargetsApplyToItsShare() throws {
  let figures = try inclusionFixture().figures("2025-26 Q2")
  // disabled: 1 of 3 ≥ 0.3: met.
  let disabled = try #require(figures.row("priority_share:disabled"))
  #expect(disabled.target == 0.3)
  #expect(disabled.status == .met)
  // Not on its programme rows; not on groups without a target.
  #expect(figures.row("priority_share:disabled", "programme", "A")?.target == nil)
  #expect(figures.row("priority_share:young")?.target == nil)
  // With a target of 0.4 it is missed.
  var stricter = inclusionFixture()
  stricter.configuration.priorityGroups[0].target = 0.4
  #expect(try stricter.figures("2025-26 Q2").row("priority_share:disabled")?.status == .notMet)
}

@Test func wellbyIsSuppressedWithItsChange() throws {
  var fixture = IndicatorFixture(minCount: 5)
  fixture.configuration.wellbeing.wellby = true
  // Three life-satisfaction pairs (fewer than 5).
  for person in ["L1", "L2", "L3"] {
    fixture.response(person, on: day(2025, 7, 1), programme: "Choir", stage: .pre) {
      $0.onsLifeSatisfaction = 5
    }
    fixture.response(person, on: day(2025, 9, 1), programme: "Choir", stage: .post) {
      $0.onsLifeSatisfaction = 7
    }
  }
  let figures = try fixture.figures("2025-26 Q2")
  #expect(figures.row("ons_life_satisfaction_change")?.suppressed == .primary)
  let wellby = try #require(figures.row("wellby_value"))
  #expect(wellby.suppressed == .primary)
  #expect(wellby.value == nil)
}
