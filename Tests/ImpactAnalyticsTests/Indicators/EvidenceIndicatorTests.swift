import ImpactAnalytics
import ImpactModel
import Testing

private let day = IndicatorFixture.day

/// The "Deeper evidence" fixture, reported for 2025-26 Q2 (2025-07-01 … 2025-09-30), programme
/// Choir throughout. People: A a woman born 1980-01-01; B a man born in 1990; C of gender
/// Other, stated age 40; D a woman born 2010-06-01 (15 on every response: under 16); E a woman
/// known only as 25-34.
///
/// SWEMWBS (raw → metric; norms Woman 23.2, Man 23.7):
///
/// | # | person | stage | date | raw → metric | compared | completer |
/// | --- | --- | --- | --- | --- | --- | --- |
/// | 1 | A | pre | 07-01 | 20 → 18.59 | −4.61 | yes (#6) |
/// | 2 | B | pre | 07-01 | 22 → 19.98 | −3.72 | no |
/// | 3 | C | pre | 07-01 | 25 → 22.35 | no norm for Other | yes (#8, after the period) |
/// | 4 | D | pre | 07-01 | 18 → 17.43 | under 16 | no |
/// | 5 | E | pre | 07-02 | 24 → 21.54 | −1.66 (band 25-34) | yes (#7, same day, later row) |
/// | 6 | A | post | 09-01 | 26 → 23.21 | | |
/// | 7 | E | post | 07-02 | 25 → 22.35 | | |
/// | 8 | C | post | 10-05 | 27 → 25.03 | | |
/// | 9 | – | pre | 07-01 | 21 | anonymous | not counted |
///
/// Attendance: A at Choir on 07-01 (the pre's day), 07-15, 08-01 and 09-01 (the post's day):
/// 4 sessions, band `4-6`; A's Choir session of 09-02 (after the post) and Dance on 08-02
/// (another programme) do not count. E attended nothing: band `0`.
func evidenceFixture() -> IndicatorFixture {
  var fixture = IndicatorFixture()
  fixture.person("A") {
    $0.gender = .woman
    $0.dateOfBirth = day(1980, 1, 1)
  }
  fixture.person("B") {
    $0.gender = .man
    $0.birthYear = 1990
  }
  fixture.person("C") {
    $0.gender = .other
    $0.statedAge = 40
    $0.statedAgeDay = day(2025, 7, 1)
  }
  fixture.person("D") {
    $0.gender = .woman
    $0.dateOfBirth = day(2010, 6, 1)
  }
  fixture.person("E") {
    $0.gender = .woman
    $0.ageBand = .age25to34
  }
  let swemwbs: [(String?, FeedbackStage, Day, Int8)] = [
    ("A", .pre, day(2025, 7, 1), 20), ("B", .pre, day(2025, 7, 1), 22),
    ("C", .pre, day(2025, 7, 1), 25), ("D", .pre, day(2025, 7, 1), 18),
    ("E", .pre, day(2025, 7, 2), 24), ("A", .post, day(2025, 9, 1), 26),
    ("E", .post, day(2025, 7, 2), 25), ("C", .post, day(2025, 10, 5), 27),
    (nil, .pre, day(2025, 7, 1), 21),
  ]
  for (person, stage, date, raw) in swemwbs {
    fixture.response(person, on: date, programme: "Choir", stage: stage) { $0.swemwbsRaw = raw }
  }
  for (key, date) in [
    ("c1", day(2025, 7, 1)), ("c2", day(2025, 7, 15)), ("c3", day(2025, 8, 1)),
    ("c4", day(2025, 9, 1)), ("c5", day(2025, 9, 2)),
  ] {
    fixture.attend("A", SessionInfo(key, date, programme: "Choir"))
  }
  fixture.attend("A", SessionInfo("d1", day(2025, 8, 2), programme: "Dance"))
  return fixture
}

// Baseline gap: the compared pres −4.61, −3.72, −1.66 (C: no norm for Other; D: under 16;
// the anonymous pre: not compared): n 3, sum −9.99, mean −3.33; scipy.stats.ttest_1samp:
// p 0.062450309935179936, interval −7.088936247052041 … 0.42893624705204214; mean ÷ SD
// −2.2006700929328296.
@Test func baselineGapAgainstTheNormForEachGender() throws {
  let figures = try evidenceFixture().figures("2025-26 Q2")
  let gap = try #require(figures.row("swemwbs_baseline_gap"))
  #expect(gap.n == 3)
  #expect(close(gap.numerator, -9.99))
  #expect(gap.denominator == 3)
  #expect(close(gap.value, -3.33))
  #expect(close(gap.pValue, 0.062450309935179936, tolerance: 1e-9))
  #expect(close(gap.ciLow, -7.088936247052041, tolerance: 1e-9))
  #expect(close(gap.ciHigh, 0.42893624705204214, tolerance: 1e-9))
  #expect(close(gap.effectSize, -2.2006700929328296, tolerance: 1e-9))
  #expect(figures.row("swemwbs_baseline_gap", "programme", "Choir")?.n == 3)
  // No norms: no gap rows at all.
  var fixture = evidenceFixture()
  fixture.configuration.wellbeing.norms = [:]
  #expect(try fixture.figures("2025-26 Q2").count("swemwbs_baseline_gap") == 0)
}

// Completion: the pres with an id in Q2 are #1–#5; completers A (#6), C (#8, a post after the
// period) and E (#7, the same day, later in file order): 3 of 5 = 0.6, n 5. The gap:
// leavers B 19.98 and D 17.43 (mean 18.705) − completers 18.59, 22.35, 21.54 (mean
// 20.826666…) = −2.1216666…, n = min(2, 3) = 2; scipy.stats.ttest_ind(equal_var=False):
// ν 2.4582315330710474, p 0.32042571399379804, interval −8.316543921212308 … 4.073210587878975.
@Test func completionShareAndGap() throws {
  let figures = try evidenceFixture().figures("2025-26 Q2")
  let share = try #require(figures.row("swemwbs_completion_share"))
  #expect(share.numerator == 3 && share.denominator == 5)
  #expect(share.value == 0.6)
  #expect(share.n == 5)
  let gap = try #require(figures.row("swemwbs_completion_gap"))
  #expect(close(gap.value, 18.705 - (18.59 + 22.35 + 21.54) / 3))
  #expect(gap.n == 2)
  #expect(gap.numerator == nil && gap.denominator == nil && gap.effectSize == nil)
  #expect(close(gap.pValue, 0.32042571399379804, tolerance: 1e-9))
  #expect(close(gap.ciLow, -8.316543921212308, tolerance: 1e-9))
  #expect(close(gap.ciHigh, 4.073210587878975, tolerance: 1e-9))
  #expect(figures.row("swemwbs_completion_gap", "programme", "Choir")?.n == 2)
}

// Pairs in Q2: A (23.21 − 18.59 = 4.62, 4 sessions from the pre's day to the post's, both
// included: band 4-6) and E (22.35 − 21.54 = 0.81, no sessions: band 0). C's post lies in Q3.
@Test func pairsBySessionsAttended() throws {
  let figures = try evidenceFixture().figures("2025-26 Q2")
  #expect(figures.groups("swemwbs_pairs", "sessions_attended") == ["0", "4-6"])
  #expect(figures.row("swemwbs_pairs", "sessions_attended", "4-6")?.value == 1)
  #expect(close(figures.row("swemwbs_change", "sessions_attended", "4-6")?.value, 4.62))
  #expect(close(figures.row("swemwbs_change", "sessions_attended", "0")?.value, 0.81))
  #expect(figures.row("swemwbs_improved_share", "sessions_attended", "4-6")?.value == 1)
  #expect(figures.row("swemwbs_improved_share", "sessions_attended", "0")?.value == 0)
  // Not in the trend series.
  #expect(
    figures.rows.filter { $0.groupBy.rawValue == "sessions_attended" }
      .allSatisfy { $0.period.label == "2025-26 Q2" || $0.period.label == "2025-26 YTD" })
}

// ONS: life satisfaction 4, 5, 6, 7, 8, 9, 10, 0 from A, B, C, D, E and three anonymous
// answers; anxiety 1, 2, 3, 4, 5, 6 on the first six. Bands at their edges: low {4, 0}, medium
// {5, 6}, high {7, 8}, very high {9, 10}: each 2 of 8; anxiety very low {1} 1/6, low {2, 3}
// 2/6, medium {4, 5} 2/6, high {6} 1/6. The gap against 7.45 takes A, B, C (a single norm
// applies to every gender) and E, not D (under 16) or the anonymous: −3.45, −2.45, −1.45,
// 0.55, sum −6.8, mean −1.7, n 4.
@Test func onsBandsAndGaps() throws {
  var fixture = evidenceFixture()
  let people: [String?] = ["A", "B", "C", "D", "E", nil, nil, nil]
  let life: [Int8] = [4, 5, 6, 7, 8, 9, 10, 0]
  for index in people.indices {
    fixture.response(people[index], on: day(2025, 8, 10), programme: "Choir") {
      $0.onsLifeSatisfaction = life[index]
      if index < 6 { $0.onsAnxious = Int8(index + 1) }
    }
  }
  let figures = try fixture.figures("2025-26 Q2")
  for band in ["low", "medium", "high", "very_high"] {
    let row = figures.row("ons_life_satisfaction_band", "band", band)
    #expect(row?.value == 0.25)
    #expect(row?.n == 8)
  }
  #expect(close(figures.row("ons_anxious_band", "band", "very_low")?.value, 1.0 / 6))
  #expect(close(figures.row("ons_anxious_band", "band", "low")?.value, 2.0 / 6))
  #expect(close(figures.row("ons_anxious_band", "band", "medium")?.value, 2.0 / 6))
  #expect(close(figures.row("ons_anxious_band", "band", "high")?.value, 1.0 / 6))
  let gap = try #require(figures.row("ons_life_satisfaction_gap"))
  #expect(gap.n == 4)
  #expect(close(gap.numerator, -6.8))
  #expect(close(gap.value, -1.7))
  // A trend quarter has the gap's `all` row but no band rows.
  #expect(figures.row("ons_life_satisfaction_gap", period: "2025-26 Q1") != nil)
  #expect(figures.count("ons_life_satisfaction_band", period: "2025-26 Q1") == 0)
}

// Loneliness: pre often/always, never, often/always; post hardly ever: All 2 of 4, pre 2 of 3,
// post 0 of 1 (a row, as it has answers), no single row. UCLA: A 7 → 5 (−2), B 6 → 6 (0):
// 2 pairs, mean change −1; ucla_mean pre 6.5, post 5.5, All 6.
@Test func lonelinessAndUCLA() throws {
  var fixture = evidenceFixture()
  let answers: [(String, FeedbackStage, LonelinessAnswer?, Int8?)] = [
    ("A", .pre, .oftenAlways, 7), ("B", .pre, .never, 6), ("C", .pre, .oftenAlways, nil),
    ("A", .post, .hardlyEver, 5), ("B", .post, nil, 6),
  ]
  for (person, stage, answer, ucla) in answers {
    let date = stage == .pre ? day(2025, 7, 3) : day(2025, 9, 3)
    fixture.response(person, on: date, programme: "Choir", stage: stage) {
      $0.loneliness = answer
      $0.uclaRaw = ucla
    }
  }
  fixture.dataset.feedback.measuresPresent.formUnion([.loneliness, .ucla])
  let figures = try fixture.figures("2025-26 Q2")
  #expect(figures.row("lonely_often_share", "stage", "All")?.value == 0.5)
  #expect(close(figures.row("lonely_often_share", "stage", "pre")?.value, 2.0 / 3))
  #expect(figures.row("lonely_often_share", "stage", "post")?.value == 0)
  #expect(figures.row("lonely_often_share", "stage", "single") == nil)
  #expect(figures.row("ucla_pairs")?.value == 2)
  #expect(figures.row("ucla_change")?.value == -1)
  #expect(figures.row("ucla_mean", "stage", "pre")?.value == 6.5)
  #expect(figures.row("ucla_mean", "stage", "post")?.value == 5.5)
  #expect(figures.row("ucla_mean", "stage", "All")?.value == 6)
}

// WELLBY: life satisfaction A 5 → 7, B 6 → 7: mean 1.5 × 2 pairs = 3 WELLBYs; with a price
// index of 1.1, deadweight 0.2 and attribution 0.1 the factor is 1.1 × 0.8 × 0.9 = 0.792:
// 3 × 13000 × 0.792 = 30888, low 3 × 10000 × 0.792 = 23760, high 3 × 16000 × 0.792 = 38016.
@Test func wellbyLowCentralHigh() throws {
  var fixture = IndicatorFixture()
  fixture.configuration.wellbeing.wellby = true
  fixture.configuration.wellbeing.wellbyPriceIndex = 1.1
  fixture.configuration.wellbeing.deadweight = 0.2
  fixture.configuration.wellbeing.attribution = 0.1
  for (person, pre, post) in [("A", 5, 7), ("B", 6, 7)] as [(String, Int8, Int8)] {
    fixture.response(person, on: day(2025, 7, 1), programme: "Choir", stage: .pre) {
      $0.onsLifeSatisfaction = pre
    }
    fixture.response(person, on: day(2025, 9, 1), programme: "Choir", stage: .post) {
      $0.onsLifeSatisfaction = post
    }
  }
  let figures = try fixture.figures("2025-26 Q2")
  #expect(close(figures.row("wellby_value")?.value, 30888, tolerance: 1e-6))
  #expect(close(figures.row("wellby_value_low")?.value, 23760, tolerance: 1e-6))
  #expect(close(figures.row("wellby_value_high")?.value, 38016, tolerance: 1e-6))
  #expect(figures.row("wellby_value_low")?.n == nil)
}

// Rounding to 2 (halves up, ⌊x/2 + ½⌋·2) after suppression: the completion share keeps 0.6,
// its numerator 3 → 4, denominator 5 → 6 and n 5 → 6; the baseline gap keeps its mean and sum,
// its denominator and n 3 → 4; the pairs count 2 → 2.
@Test func roundingAppliesAfterSuppression() throws {
  var fixture = evidenceFixture()
  fixture.configuration.suppressionRoundTo = 2
  let figures = try fixture.figures("2025-26 Q2")
  let share = try #require(figures.row("swemwbs_completion_share"))
  #expect(share.value == 0.6)
  #expect(share.numerator == 4 && share.denominator == 6 && share.n == 6)
  let gap = try #require(figures.row("swemwbs_baseline_gap"))
  #expect(close(gap.value, -3.33) && close(gap.numerator, -9.99))
  #expect(gap.denominator == 4 && gap.n == 4)
  #expect(figures.row("swemwbs_pairs")?.value == 2)
}
