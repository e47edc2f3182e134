import ImpactAnalytics
import ImpactModel
import Testing

private let day = IndicatorFixture.day

/// The inclusion fixture, reported for 2025-26 Q2. Four people:
///
/// | person | disability | ethnic group | age | IMD decile | sessions |
/// | --- | --- | --- | --- | --- | --- |
/// | Q1 | Disabled | White | born 2000-01-01: 25 on 2025-07-10 (25-34) | 3 (quintile 2) | A1, B1 |
/// | Q2 | Not disabled | Asian (Indian) | band 16-19 only | 10 (quintile 5) | A1 |
/// | Q3 | – | White | – | – | B1, C1 |
/// | Q4 | Not disabled | White | band 65-74 only | – | B1 |
///
/// Sessions: A1 2025-07-10 (programme A), B1 2025-08-10 (B), C1 2025-09-01 (C).
///
/// Priority groups: `disabled` (disability equals Disabled; target 0.3, benchmark 0.2),
/// `young` (age ≤ 19), `older` (age ≥ 65), `under_18` (age ≤ 17). Benchmarks: ethnicity
/// group Asian 0.1, White 0.8, Black 0.05; disability Disabled 0.25.
func inclusionFixture(minCount: Int = 0) -> IndicatorFixture {
  var fixture = IndicatorFixture(
    minCount: minCount,
    priorityGroups: [
      PriorityGroupRule(
        id: "disabled", label: "Disabled people", field: "disability",
        condition: .equals("Disabled"), target: 0.3, benchmark: 0.2),
      PriorityGroupRule(
        id: "young", label: "Young", field: "age", condition: .range(min: nil, max: 19)),
      PriorityGroupRule(
        id: "older", label: "Older", field: "age", condition: .range(min: 65, max: nil)),
      PriorityGroupRule(
        id: "under_18", label: "Under 18", field: "age", condition: .range(min: nil, max: 17)),
    ])
  fixture.configuration.benchmarks = [
    PersonField(rawValue: "ethnicity_group")!: ["Asian": 0.1, "White": 0.8, "Black": 0.05],
    PersonField(rawValue: "disability")!: ["Disabled": 0.25],
  ]
  fixture.person("Q1") {
    $0.disability = .disabled
    $0.ethnicGroup = .white
    $0.dateOfBirth = day(2000, 1, 1)
    $0.imdDecile = 3
  }
  fixture.person("Q2") {
    $0.disability = .notDisabled
    $0.ethnicGroup = .asian
    $0.ethnicity = .indian
    $0.ageBand = .age16to19
    $0.imdDecile = 10
  }
  fixture.person("Q3") { $0.ethnicGroup = .white }
  fixture.person("Q4") {
    $0.disability = .notDisabled
    $0.ethnicGroup = .white
    $0.ageBand = .age65to74
  }
  let a1 = SessionInfo("A1", day(2025, 7, 10), programme: "A")
  let b1 = SessionInfo("B1", day(2025, 8, 10), programme: "B")
  let c1 = SessionInfo("C1", day(2025, 9, 1), programme: "C")
  fixture.attend("Q1", a1)
  fixture.attend("Q2", a1)
  fixture.attend("Q1", b1)
  fixture.attend("Q3", b1)
  fixture.attend("Q4", b1)
  fixture.attend("Q3", c1)
  return fixture
}

@Test func participantShareAmongThoseKnown() throws {
  let figures = try inclusionFixture().figures("2025-26 Q2")
  // Ethnic group known for all four: White 3 of 4, Asian 1 of 4.
  let white = try #require(figures.row("participant_share", "ethnicity_group", "White"))
  #expect(white.value == 0.75)
  #expect(white.numerator == 3 && white.denominator == 4)
  #expect(white.n == 3)
  #expect(white.unit == .share)
  #expect(white.benchmark == 0.8)
  // Wilson 95% for 3 of 4: 0.3006418425…, 0.9544127391…
  #expect(close(white.ciLow, 0.30064184258240184))
  #expect(close(white.ciHigh, 0.9544127391902995))
  let asian = try #require(figures.row("participant_share", "ethnicity_group", "Asian"))
  #expect(asian.value == 0.25)
  #expect(asian.n == 1)
  #expect(asian.benchmark == 0.1)
  // Disability known for Q1, Q2, Q4: Disabled 1 of 3, Not disabled 2 of 3 (no benchmark).
  let disabled = try #require(figures.row("participant_share", "disability", "Disabled"))
  #expect(close(disabled.value, 1.0 / 3.0))
  #expect(disabled.denominator == 3)
  #expect(disabled.benchmark == 0.25)
  let notDisabled = try #require(figures.row("participant_share", "disability", "Not disabled"))
  #expect(close(notDisabled.value, 2.0 / 3.0))
  #expect(notDisabled.benchmark == nil)
  // No row for the unknown group, nor for a field nobody answered (gender).
  #expect(figures.row("participant_share", "disability", "Unknown") == nil)
  #expect(figures.groups("participant_share", "gender").isEmpty)
  // Detailed ethnicity by its full ONS label: only Q2 is known, 1 of 1.
  #expect(
    figures.row(
      "participant_share", "ethnicity", "Asian, Asian British or Asian Welsh: Indian")?.value == 1)
  // IMD quintiles: decile 3 → quintile 2, decile 10 → quintile 5; 1 of 2 each.
  #expect(figures.row("participant_share", "imd_quintile", "2")?.value == 0.5)
  #expect(figures.row("participant_share", "imd_quintile", "5")?.value == 0.5)
  // Age bands: Q1 is 25 (25-34), Q2 and Q4 by their given bands.
  #expect(close(figures.row("participant_share", "age_band", "25-34")?.value, 1.0 / 3.0))
  #expect(close(figures.row("participant_share", "age_band", "16-19")?.value, 1.0 / 3.0))
  #expect(close(figures.row("participant_share", "age_band", "65-74")?.value, 1.0 / 3.0))
}

@Test func dataCompletenessPerField() throws {
  let figures = try inclusionFixture().figures("2025-26 Q2")
  // |U| = 4. Known: ethnic group 4, disability 3, age band 3 (Q3 unknown), IMD 2, gender 0.
  let ethnic = try #require(figures.row("data_completeness", "ethnicity_group", "All"))
  #expect(ethnic.value == 1)
  #expect(ethnic.numerator == 4 && ethnic.denominator == 4)
  #expect(ethnic.n == 4)
  #expect(figures.row("data_completeness", "disability", "All")?.value == 0.75)
  #expect(figures.row("data_completeness", "age_band", "All")?.value == 0.75)
  #expect(figures.row("data_completeness", "imd_quintile", "All")?.value == 0.5)
  let gender = try #require(figures.row("data_completeness", "gender", "All"))
  #expect(gender.value == 0)
  // A share with a zero numerator rests on its denominator.
  #expect(gender.n == 4)
  #expect(gender.ciLow == 0)
  // Wilson 95% upper end for 0 of 4: z² ÷ (4 + z²) = 0.4898908364…
  #expect(close(gender.ciHigh, 0.4898908364545973))
  // Detailed ethnicity has no completeness row.
  #expect(figures.row("data_completeness", "ethnicity", "All") == nil)
}

@Test func priorityShareAmongThoseEvaluable() throws {
  let figures = try inclusionFixture().figures("2025-26 Q2")
  // disabled: Q1 in; Q2, Q4 out; Q3's disability unknown, so not evaluable: 1 of 3.
  let disabled = try #require(figures.row("priority_share:disabled"))
  #expect(close(disabled.value, 1.0 / 3.0))
  #expect(disabled.numerator == 1 && disabled.denominator == 3)
  #expect(disabled.n == 1)
  #expect(disabled.benchmark == 0.2)
  #expect(close(disabled.ciLow, 0.06149194472039626))
  #expect(close(disabled.ciHigh, 0.7923403991979523))
  // young (≤ 19): Q1 is 25, out; Q2's band 16-19 lies wholly inside, in; Q4's band 65-74
  // wholly outside, out; Q3 not evaluable: 1 of 3.
  let young = try #require(figures.row("priority_share:young"))
  #expect(young.numerator == 1 && young.denominator == 3)
  // older (≥ 65): Q4's band 65-74 wholly inside; Q2's 16-19 wholly outside; Q1 out: 1 of 3.
  let older = try #require(figures.row("priority_share:older"))
  #expect(older.numerator == 1 && older.denominator == 3)
  // under_18 (≤ 17): Q2's band 16-19 straddles 17, so not evaluable; Q1 and Q4 out: 0 of 2.
  let under18 = try #require(figures.row("priority_share:under_18"))
  #expect(under18.value == 0)
  #expect(under18.numerator == 0 && under18.denominator == 2)
  #expect(under18.n == 2)
  // Only the `all` row carries the benchmark; other rules have none.
  #expect(young.benchmark == nil)
}

@Test func priorityShareBySessionField() throws {
  let figures = try inclusionFixture().figures("2025-26 Q2")
  // Programme A = Q1, Q2. disabled 1 of 2; young: Q2 in, Q1 out: 1 of 2.
  let disabledA = try #require(figures.row("priority_share:disabled", "programme", "A"))
  #expect(disabledA.value == 0.5)
  #expect(disabledA.benchmark == nil)
  #expect(figures.row("priority_share:young", "programme", "A")?.value == 0.5)
  // under_18 in A: Q1 out, Q2 not evaluable: 0 of 1.
  #expect(figures.row("priority_share:under_18", "programme", "A")?.denominator == 1)
  // Programme B = Q1, Q3, Q4. disabled: Q1 in, Q4 out, Q3 not evaluable: 1 of 2.
  #expect(figures.row("priority_share:disabled", "programme", "B")?.value == 0.5)
  // older in B: Q4 in, Q1 out: 1 of 2.
  #expect(figures.row("priority_share:older", "programme", "B")?.value == 0.5)
  // Programme C = Q3 alone, for whom no rule is evaluable: no priority_share:ID rows.
  #expect(figures.row("priority_share:disabled", "programme", "C") == nil)
  #expect(figures.row("priority_share:young", "programme", "C") == nil)
}

@Test func priorityShareAny() throws {
  let figures = try inclusionFixture().figures("2025-26 Q2")
  // In at least one group: Q1 (disabled), Q2 (young), Q4 (older); Q3 in none: 3 of 4.
  let any = try #require(figures.row("priority_share:any"))
  #expect(any.value == 0.75)
  #expect(any.numerator == 3 && any.denominator == 4)
  #expect(any.n == 3)
  // A: Q1, Q2 both in: 1. B: Q1, Q4 of Q1, Q3, Q4: 2 of 3. C: Q3 only: 0 of 1.
  #expect(figures.row("priority_share:any", "programme", "A")?.value == 1)
  #expect(close(figures.row("priority_share:any", "programme", "B")?.value, 2.0 / 3.0))
  let c = try #require(figures.row("priority_share:any", "programme", "C"))
  #expect(c.value == 0)
  #expect(c.denominator == 1)
}

@Test func priorityGroupBreakdownOfReach() throws {
  let figures = try inclusionFixture().figures("2025-26 Q2")
  // Each person in each group whose rule is true for them; every configured group has rows.
  #expect(figures.row("unique_participants", "priority_group", "disabled")?.value == 1)
  #expect(figures.row("unique_participants", "priority_group", "young")?.value == 1)
  #expect(figures.row("unique_participants", "priority_group", "older")?.value == 1)
  let under18 = try #require(figures.row("unique_participants", "priority_group", "under_18"))
  #expect(under18.value == 0)
  #expect(under18.n == 0)
  // Q1 attended A1 and B1: 2 attendances in `disabled`.
  #expect(figures.row("attendances", "priority_group", "disabled")?.value == 2)
}

@Test func representationIndexAgainstBenchmarks() throws {
  let figures = try inclusionFixture().figures("2025-26 Q2")
  // White: 0.75 ÷ 0.8 = 0.9375; value only, with the benchmark and the share's n.
  let white = try #require(figures.row("representation_index", "ethnicity_group", "White"))
  #expect(white.value == 0.9375)
  #expect(white.unit == .ratio)
  #expect(white.benchmark == 0.8)
  #expect(white.n == 3)
  #expect(white.numerator == nil && white.denominator == nil)
  #expect(white.ciLow == nil && white.ciHigh == nil)
  // Asian: 0.25 ÷ 0.1 = 2.5.
  #expect(close(figures.row("representation_index", "ethnicity_group", "Asian")?.value, 2.5))
  // Black is benchmarked but nobody is Black: a row with 0; its share 0 of 4 rests on 4.
  let black = try #require(figures.row("representation_index", "ethnicity_group", "Black"))
  #expect(black.value == 0)
  #expect(black.benchmark == 0.05)
  #expect(black.n == 4)
  // Disabled: (1 ÷ 3) ÷ 0.25 = 4 ÷ 3.
  #expect(
    close(figures.row("representation_index", "disability", "Disabled")?.value, 4.0 / 3.0))
  // The disabled priority group: (1 ÷ 3) ÷ 0.2 = 5 ÷ 3, n of the share = 1.
  let priority = try #require(figures.row("representation_index", "priority_group", "disabled"))
  #expect(close(priority.value, 5.0 / 3.0))
  #expect(priority.benchmark == 0.2)
  #expect(priority.n == 1)
  // Groups without a benchmark have none.
  #expect(figures.row("representation_index", "priority_group", "young") == nil)
}
