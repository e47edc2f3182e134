import ImpactAnalytics
import ImpactModel
import Testing

private let day = IndicatorFixture.day

/// SWEMWBS responses, reported for 2025-26 Q2 (raw total → metric score from the published
/// table):
///
/// | # | person | programme | stage | date | raw → metric |
/// | --- | --- | --- | --- | --- | --- |
/// | 1 | W1 | Choir | pre | 2025-04-10 | 20 → 18.59 |
/// | 2 | W1 | Choir | post | 2025-07-20 | 24 → 21.54 |
/// | 3 | W1 | Choir | post | 2025-09-10 | 26 → 23.21 |
/// | 4 | W1 | Dance | pre | 2025-07-01 | 21 → 19.25 |
/// | 5 | W1 | Dance | post | 2025-08-01 | 21 → 19.25 |
/// | 6 | W2 | Choir | pre | 2025-07-05 | 25 → 22.35 |
/// | 7 | W2 | Choir | post | 2025-09-01 | 22 → 19.98 |
/// | 8 | W3 | Choir | pre | 2025-06-01 | 18 → 17.43 |
/// | 9 | W3 | Choir | pre | 2025-07-02 | 19 → 17.98 |
/// | 10 | W3 | Choir | post | 2025-07-30 | 23 → 20.73 |
/// | 11 | W3 | Choir | pre | 2025-08-15 | 10 → 12.40 |
/// | 12 | W4 | Choir | pre | 2025-07-03 | 22 → 19.98 |
/// | 13 | W5 | Choir | pre | 2025-07-01 | 17 → 16.88 |
/// | 14 | W5 | Choir | post | 2025-08-20 | 22 → 19.98 |
/// | 15 | W6 | Choir | pre | 2025-07-01 | 20 → 18.59 |
/// | 16 | W6 | Choir | post | 2025-09-15 | 30 → 27.03 |
/// | 17 | W6 | Choir | post | 2025-09-15 | 25 → 22.35 |
/// | 18 | – | Choir | single | 2025-08-05 | 35 → 35.00 |
/// | 19 | – | Choir | post | 2025-08-06 | 28 → 25.03 |
/// | 20 | W2 | Choir | single | 2025-08-07 | no SWEMWBS |
///
/// Pairs in Q2, per (person, programme), latest post in Q2 with the latest pre on or before it:
/// - W1 Choir: post #3 (latest of two) − pre #1 (in Q1): 23.21 − 18.59 = 4.62
/// - W1 Dance: #5 − #4: 0 (W1's Choir pre does not pair with the Dance post)
/// - W2 Choir: #7 − #6: 19.98 − 22.35 = −2.37
/// - W3 Choir: #10 − #9 (latest pre on or before the post; #11 is after it): 20.73 − 17.98 = 2.75
/// - W4: a pre without a post, no pair
/// - W5 Choir: #14 − #13: 19.98 − 16.88 = 3.10
/// - W6 Choir: two posts on one date, the later in file order (#17) wins: 22.35 − 18.59 = 3.76
/// - #19 is anonymous and cannot pair.
///
/// W1 is a woman and W2 a man; the others' gender is unknown.
func swemwbsFixture() -> IndicatorFixture {
  var fixture = IndicatorFixture()
  fixture.person("W1") { $0.gender = .woman }
  fixture.person("W2") { $0.gender = .man }
  let responses: [(String?, String, FeedbackStage, Day, Int8?)] = [
    ("W1", "Choir", .pre, day(2025, 4, 10), 20),
    ("W1", "Choir", .post, day(2025, 7, 20), 24),
    ("W1", "Choir", .post, day(2025, 9, 10), 26),
    ("W1", "Dance", .pre, day(2025, 7, 1), 21),
    ("W1", "Dance", .post, day(2025, 8, 1), 21),
    ("W2", "Choir", .pre, day(2025, 7, 5), 25),
    ("W2", "Choir", .post, day(2025, 9, 1), 22),
    ("W3", "Choir", .pre, day(2025, 6, 1), 18),
    ("W3", "Choir", .pre, day(2025, 7, 2), 19),
    ("W3", "Choir", .post, day(2025, 7, 30), 23),
    ("W3", "Choir", .pre, day(2025, 8, 15), 10),
    ("W4", "Choir", .pre, day(2025, 7, 3), 22),
    ("W5", "Choir", .pre, day(2025, 7, 1), 17),
    ("W5", "Choir", .post, day(2025, 8, 20), 22),
    ("W6", "Choir", .pre, day(2025, 7, 1), 20),
    ("W6", "Choir", .post, day(2025, 9, 15), 30),
    ("W6", "Choir", .post, day(2025, 9, 15), 25),
    (nil, "Choir", .single, day(2025, 8, 5), 35),
    (nil, "Choir", .post, day(2025, 8, 6), 28),
    ("W2", "Choir", .single, day(2025, 8, 7), nil),
  ]
  for (person, programme, stage, date, raw) in responses {
    fixture.response(person, on: date, programme: programme, stage: stage) {
      $0.swemwbsRaw = raw
    }
  }
  return fixture
}

@Test func feedbackResponsesInThePeriod() throws {
  let figures = try swemwbsFixture().figures("2025-26 Q2")
  // Every response but #1 and #8 (dated in Q1) is in Q2: 20 − 2 = 18.
  let responses = try #require(figures.row("feedback_responses"))
  #expect(responses.value == 18)
  #expect(responses.unit == .count)
  #expect(responses.n == 18)
  // Dance: #4, #5; Choir: the other 16.
  #expect(figures.row("feedback_responses", "programme", "Dance")?.value == 2)
  #expect(figures.row("feedback_responses", "programme", "Choir")?.value == 16)
}

@Test func swemwbsMeansByStageUseTheMetricScore() throws {
  let figures = try swemwbsFixture().figures("2025-26 Q2")
  // pre in Q2: #4 19.25, #6 22.35, #9 17.98, #11 12.40, #12 19.98, #13 16.88, #15 18.59:
  // sum 127.43, mean 18.2042857…; t(0.975, 6) = 2.4469…: interval 15.3518156…, 21.0567557…
  let pre = try #require(figures.row("swemwbs_mean", "stage", "pre"))
  #expect(close(pre.numerator, 127.43))
  #expect(pre.denominator == 7)
  #expect(close(pre.value, 127.43 / 7))
  #expect(pre.n == 7)
  #expect(pre.unit == .score)
  #expect(close(pre.ciLow, 15.351815645495932, tolerance: 1e-7))
  #expect(close(pre.ciHigh, 21.056755783075495, tolerance: 1e-7))
  // post in Q2 (all scored posts, paired or not): 21.54, 23.21, 19.25, 19.98, 20.73, 19.98,
  // 27.03, 22.35, 25.03: sum 199.1, mean 22.1222…
  let post = try #require(figures.row("swemwbs_mean", "stage", "post"))
  #expect(close(post.numerator, 199.1))
  #expect(post.denominator == 9)
  #expect(close(post.ciLow, 20.13477016596284, tolerance: 1e-7))
  #expect(close(post.ciHigh, 24.1096742784816, tolerance: 1e-7))
  // single: #18 alone, raw 35 → 35.00; one response has no interval.
  let single = try #require(figures.row("swemwbs_mean", "stage", "single"))
  #expect(single.value == 35)
  #expect(single.ciLow == nil && single.ciHigh == nil)
  // All: 127.43 + 199.1 + 35 = 361.53 over 17 (#20 has no score).
  let all = try #require(figures.row("swemwbs_mean", "stage", "All"))
  #expect(close(all.numerator, 361.53))
  #expect(all.denominator == 17)
  #expect(close(all.value, 361.53 / 17))
  #expect(close(all.ciLow, 18.78932557498187, tolerance: 1e-7))
  // Means by stage have no `all` breakdown row.
  #expect(figures.row("swemwbs_mean") == nil)
}

@Test func swemwbsPairsAndChange() throws {
  let figures = try swemwbsFixture().figures("2025-26 Q2")
  // Six pairs (W1 twice, once per programme).
  let pairs = try #require(figures.row("swemwbs_pairs"))
  #expect(pairs.value == 6)
  #expect(pairs.unit == .people)
  #expect(pairs.n == 6)
  // Changes 4.62, 0, −2.37, 2.75, 3.10, 3.76: sum 11.86, mean 1.97666…, SD 2.6392473674…
  // t(0.975, 5) = 2.5705818356: 1.97667 ∓ 2.57058 × 2.63925 ÷ √6 = −0.7930535832…,
  // 4.7463869165…; t = mean ÷ (SD ÷ √6) = 1.8346, two-sided p = 0.1260282942…;
  // d_z = 1.97667 ÷ 2.63925 = 0.7489508907…
  let change = try #require(figures.row("swemwbs_change"))
  #expect(close(change.value, 11.86 / 6))
  #expect(close(change.numerator, 11.86))
  #expect(change.denominator == 6)
  #expect(change.n == 6)
  #expect(change.unit == .score)
  #expect(close(change.ciLow, -0.7930535832519099, tolerance: 1e-7))
  #expect(close(change.ciHigh, 4.746386916585243, tolerance: 1e-7))
  #expect(close(change.pValue, 0.12602829428705958, tolerance: 1e-7))
  #expect(close(change.effectSize, 0.7489508907101278, tolerance: 1e-9))
}

@Test func swemwbsPairingIsPerProgramme() throws {
  let figures = try swemwbsFixture().figures("2025-26 Q2")
  // Choir: 4.62, −2.37, 2.75, 3.10, 3.76: sum 11.86, mean 2.372, SD 2.7449717667…;
  // t(0.975, 4) = 2.7764451052: interval −1.0363326188…, 5.7803326188…; p 0.1254912392…;
  // d_z 0.8641254634…
  let choir = try #require(figures.row("swemwbs_change", "programme", "Choir"))
  #expect(choir.denominator == 5)
  #expect(close(choir.value, 2.372))
  #expect(close(choir.ciLow, -1.0363326188016684, tolerance: 1e-7))
  #expect(close(choir.ciHigh, 5.780332618801668, tolerance: 1e-7))
  #expect(close(choir.pValue, 0.12549123920454008, tolerance: 1e-7))
  #expect(close(choir.effectSize, 0.8641254634281667, tolerance: 1e-9))
  // Dance: W1's one pair, change 0; one pair has no interval, p-value or effect size.
  let dance = try #require(figures.row("swemwbs_change", "programme", "Dance"))
  #expect(dance.value == 0)
  #expect(dance.denominator == 1)
  #expect(dance.ciLow == nil && dance.pValue == nil && dance.effectSize == nil)
  #expect(figures.row("swemwbs_pairs", "programme", "Dance")?.value == 1)
  // By gender: W1 (Woman) has two pairs, W2 (Man) one, W3, W5, W6 unknown.
  #expect(figures.row("swemwbs_pairs", "gender", "Woman")?.value == 2)
  #expect(figures.row("swemwbs_pairs", "gender", "Man")?.value == 1)
  #expect(figures.row("swemwbs_pairs", "gender", "Unknown")?.value == 3)
}

@Test func swemwbsImprovedAndDeclinedShares() throws {
  let figures = try swemwbsFixture().figures("2025-26 Q2")
  // Threshold 3: improved 4.62, 3.10, 3.76 = 3 of 6; declined (≤ −3) none.
  let improved = try #require(figures.row("swemwbs_improved_share"))
  #expect(improved.value == 0.5)
  #expect(improved.numerator == 3 && improved.denominator == 6)
  #expect(improved.n == 6)
  let declined = try #require(figures.row("swemwbs_declined_share"))
  #expect(declined.value == 0)
  #expect(declined.denominator == 6)
  #expect(declined.n == 6)
  // A period with no post has the `all` rows: 0 pairs, no change.
  let q1 = "2025-26 Q1"
  #expect(figures.row("swemwbs_pairs", period: q1)?.value == 0)
  #expect(figures.row("swemwbs_change", period: q1)?.value == nil)
  #expect(figures.row("swemwbs_improved_share", period: q1)?.value == nil)
}

/// A WEMWBS pre (2025-07-01) and post (2025-09-01) raw total per person, all in Choir.
private func addWemwbsPairs(_ pairs: [(String, Int8, Int8)], to fixture: inout IndicatorFixture) {
  for (person, pre, post) in pairs {
    fixture.response(person, on: day(2025, 7, 1), programme: "Choir", stage: .pre) {
      $0.wemwbsRaw = pre
    }
    fixture.response(person, on: day(2025, 9, 1), programme: "Choir", stage: .post) {
      $0.wemwbsRaw = post
    }
  }
}

@Test func wemwbsSharesAtTheThreshold() throws {
  // WEMWBS raw totals, pre on 2025-07-01, post on 2025-09-01:
  // V1 40 → 43 (+3), V2 50 → 47 (−3), V3 45 → 47 (+2), V4 44 → 41 (−3), with the meaningful
  // change set to 3 (the default is 8: `wemwbsDefaultThresholdIsEight`).
  var fixture = IndicatorFixture()
  fixture.configuration.wellbeing.wemwbsMeaningfulChange = 3
  addWemwbsPairs([("V1", 40, 43), ("V2", 50, 47), ("V3", 45, 47), ("V4", 44, 41)], to: &fixture)
  let figures = try fixture.figures("2025-26 Q2")
  // A change equal to the threshold counts: improved V1 (+3): 1 of 4; declined V2, V4: 2 of 4.
  #expect(figures.row("wemwbs_improved_share")?.value == 0.25)
  #expect(figures.row("wemwbs_declined_share")?.value == 0.5)
  // Changes 3, −3, 2, −3: mean −0.25, SD 3.2015621187…; interval −5.3443997679…,
  // 4.8443997679…; p 0.8858135831…; d_z −0.0780868809…
  let change = try #require(figures.row("wemwbs_change"))
  #expect(change.value == -0.25)
  #expect(change.numerator == -1 && change.denominator == 4)
  #expect(close(change.ciLow, -5.344399767922682, tolerance: 1e-7))
  #expect(close(change.ciHigh, 4.844399767922682, tolerance: 1e-7))
  #expect(close(change.pValue, 0.8858135831331021, tolerance: 1e-7))
  #expect(close(change.effectSize, -0.07808688094430304, tolerance: 1e-9))
  // No SWEMWBS column anywhere: no SWEMWBS rows at all.
  #expect(figures.count("swemwbs_pairs") == 0)
  #expect(figures.count("swemwbs_mean") == 0)

  // With a meaningful change of 2, V3 (+2) also improved: 2 of 4.
  fixture.configuration.wellbeing.wemwbsMeaningfulChange = 2
  #expect(try fixture.figures("2025-26 Q2").row("wemwbs_improved_share")?.value == 0.5)
}

/// Anonymous answers in Q2 (and one on each side of it):
///
/// | # | programme | date | life sat. | worthwhile | happy | anxious | satisfaction | recommend |
/// | --- | --- | --- | --- | --- | --- | --- | --- | --- |
/// | 1 | Choir | 2025-07-01 | 3 | 4 | 0 | 2 | 5 | 10 |
/// | 2 | Choir | 2025-07-02 | 4 | 5 | 10 | 5 | 4 | 9 |
/// | 3 | Choir | 2025-07-03 | 7 | – | 6 | 6 | 3 | 6 |
/// | 4 | Dance | 2025-08-01 | 8 | – | – | 9 | 1 | 9 |
/// | 5 | Dance | 2025-08-02 | 10 | – | – | – | – | 8 |
/// | 6 | Dance | 2025-08-03 | – | – | – | – | – | 3 |
/// | 7 | Choir | 2025-06-30 (Q1) | 0 | – | – | – | – | 0 |
/// | 8 | Dance | 2025-09-30 | – | – | – | – | – | – |
func answersFixture() -> IndicatorFixture {
  var fixture = IndicatorFixture()
  typealias Answers = (Int8?, Int8?, Int8?, Int8?, Int8?, Int8?)
  let rows: [(String, Day, Answers)] = [
    ("Choir", day(2025, 7, 1), (3, 4, 0, 2, 5, 10)),
    ("Choir", day(2025, 7, 2), (4, 5, 10, 5, 4, 9)),
    ("Choir", day(2025, 7, 3), (7, nil, 6, 6, 3, 6)),
    ("Dance", day(2025, 8, 1), (8, nil, nil, 9, 1, 9)),
    ("Dance", day(2025, 8, 2), (10, nil, nil, nil, nil, 8)),
    ("Dance", day(2025, 8, 3), (nil, nil, nil, nil, nil, 3)),
    ("Choir", day(2025, 6, 30), (0, nil, nil, nil, nil, 0)),
    ("Dance", day(2025, 9, 30), (nil, nil, nil, nil, nil, nil)),
  ]
  for (programme, date, answers) in rows {
    fixture.response(nil, on: date, programme: programme) {
      $0.onsLifeSatisfaction = answers.0
      $0.onsWorthwhile = answers.1
      $0.onsHappy = answers.2
      $0.onsAnxious = answers.3
      $0.satisfaction = answers.4
      $0.recommend = answers.5
    }
  }
  return fixture
}

@Test func onsMeansAndLowAndHighShares() throws {
  let figures = try answersFixture().figures("2025-26 Q2")
  #expect(figures.row("feedback_responses")?.value == 7)
  // Life satisfaction in Q2: 3, 4, 7, 8, 10 (#7 is in Q1): sum 32, mean 6.4;
  // t(0.975, 4) × SD ÷ √5 = 2.77645 × 2.88097 ÷ 2.23607: 2.8228007155…, 9.9771992844…
  let life = try #require(figures.row("ons_life_satisfaction_mean"))
  #expect(life.value == 6.4)
  #expect(life.numerator == 32 && life.denominator == 5)
  #expect(life.n == 5)
  #expect(close(life.ciLow, 2.822800715529891, tolerance: 1e-7))
  #expect(close(life.ciHigh, 9.97719928447011, tolerance: 1e-7))
  // Low (0–4): 3 and 4: 2 of 5.
  let lifeLow = try #require(figures.row("ons_life_satisfaction_low_share"))
  #expect(lifeLow.value == 0.4)
  #expect(lifeLow.numerator == 2 && lifeLow.denominator == 5)
  #expect(lifeLow.n == 5)
  // Worthwhile 4 and 5: only 4 is low: 1 of 2.
  #expect(figures.row("ons_worthwhile_low_share")?.value == 0.5)
  // Happy 0, 10, 6: mean 16 ÷ 3; low: 0 only, 1 of 3.
  #expect(close(figures.row("ons_happy_mean")?.value, 16.0 / 3.0))
  #expect(close(figures.row("ons_happy_low_share")?.value, 1.0 / 3.0))
  // Anxious 2, 5, 6, 9: mean 5.5; high (6–10): 6 and 9, 2 of 4.
  let anxious = try #require(figures.row("ons_anxious_mean"))
  #expect(anxious.value == 5.5)
  #expect(close(anxious.ciLow, 0.9065344224073026, tolerance: 1e-7))
  #expect(figures.row("ons_anxious_high_share")?.value == 0.5)
  // By programme: Choir life satisfaction 3, 4, 7: mean 14 ÷ 3, low 2 of 3; Dance 8, 10:
  // mean 9, low 0 of 2.
  #expect(close(figures.row("ons_life_satisfaction_mean", "programme", "Choir")?.value, 14 / 3))
  #expect(
    close(figures.row("ons_life_satisfaction_low_share", "programme", "Choir")?.value, 2 / 3))
  #expect(figures.row("ons_life_satisfaction_mean", "programme", "Dance")?.value == 9)
  #expect(figures.row("ons_life_satisfaction_low_share", "programme", "Dance")?.value == 0)
  // No ONS pairs in the data: the change `all` row exists with nothing in it.
  let change = try #require(figures.row("ons_life_satisfaction_change"))
  #expect(change.value == nil)
  #expect(change.n == 0)
  // WELLBY is off by default.
  #expect(figures.count("wellby_value") == 0)
}

@Test func satisfactionAndNetPromoterScore() throws {
  let figures = try answersFixture().figures("2025-26 Q2")
  // Satisfaction 5, 4, 3, 1: 4 or 5 → 2 of 4; mean 13 ÷ 4 = 3.25.
  let satisfied = try #require(figures.row("satisfied_share"))
  #expect(satisfied.value == 0.5)
  #expect(satisfied.numerator == 2 && satisfied.denominator == 4)
  #expect(close(satisfied.ciLow, 0.15003898915214953))
  let mean = try #require(figures.row("satisfaction_mean"))
  #expect(mean.value == 3.25)
  #expect(mean.numerator == 13 && mean.denominator == 4)
  #expect(close(mean.ciHigh, 5.967530883796015, tolerance: 1e-7))
  // Recommend 10, 9, 6, 9, 8, 3: promoters (9–10) 3, detractors (0–6) 2 (6 and 3):
  // 100 × (3 − 2) ÷ 6; numerator 1, denominator 6, no interval.
  let nps = try #require(figures.row("nps"))
  #expect(close(nps.value, 100.0 / 6.0))
  #expect(nps.numerator == 1 && nps.denominator == 6)
  #expect(nps.n == 6)
  #expect(nps.unit == .score)
  #expect(nps.ciLow == nil && nps.ciHigh == nil)
  // Choir 10, 9, 6: 100 × (2 − 1) ÷ 3; Dance 9, 8, 3: 100 × (1 − 1) ÷ 3 = 0.
  #expect(close(figures.row("nps", "programme", "Choir")?.value, 100.0 / 3.0))
  #expect(figures.row("nps", "programme", "Dance")?.value == 0)
  // #7 (recommend 0) lies in Q1: alone there, 100 × (0 − 1) ÷ 1 = −100.
  #expect(figures.row("nps", period: "2025-26 Q1")?.value == -100)
}

@Test func lifeSatisfactionChangeAndWellby() throws {
  // Life satisfaction pre on 2025-07-01 and post on 2025-09-01:
  // L1 5 → 7 (+2), L2 6 → 7 (+1), L3 4 → 7 (+3).
  var fixture = IndicatorFixture()
  fixture.configuration.wellbeing.wellby = true
  for (person, pre, post) in [("L1", 5, 7), ("L2", 6, 7), ("L3", 4, 7)] as [(String, Int8, Int8)] {
    fixture.response(person, on: day(2025, 7, 1), programme: "Choir", stage: .pre) {
      $0.onsLifeSatisfaction = pre
    }
    fixture.response(person, on: day(2025, 9, 1), programme: "Choir", stage: .post) {
      $0.onsLifeSatisfaction = post
    }
  }
  let figures = try fixture.figures("2025-26 Q2")
  // Changes 2, 1, 3: mean 2, SD 1, SE 1 ÷ √3; t(0.975, 2) = 4.3026527297: interval
  // 2 ∓ 2.4841377118 = −0.4841377118, 4.4841377118; t = 2√3 = 3.4641, p = 0.0741799002…;
  // d_z = 2 ÷ 1 = 2.
  let change = try #require(figures.row("ons_life_satisfaction_change"))
  #expect(change.value == 2)
  #expect(change.numerator == 6 && change.denominator == 3)
  #expect(change.n == 3)
  #expect(close(change.ciLow, -0.48413771175033027, tolerance: 1e-7))
  #expect(close(change.ciHigh, 4.48413771175033, tolerance: 1e-7))
  #expect(close(change.pValue, 0.07417990022744854, tolerance: 1e-7))
  #expect(close(change.effectSize, 2))
  #expect(figures.row("ons_life_satisfaction_change", "programme", "Choir")?.value == 2)
  // WELLBY: 2 × 3 pairs × 13000 = 78000, money: unit currency, n blank.
  let wellby = try #require(figures.row("wellby_value"))
  #expect(wellby.value == 78000)
  #expect(wellby.unit == .currency)
  #expect(wellby.n == nil)
  #expect(wellby.numerator == nil && wellby.denominator == nil)
  // With a WELLBY value of 10000: 2 × 3 × 10000.
  fixture.configuration.wellbeing.wellbyValue = 10000
  #expect(try fixture.figures("2025-26 Q2").row("wellby_value")?.value == 60000)
}

@Test func wemwbsDefaultThresholdIsEight() throws {
  // The default WEMWBS meaningful change is 8 (2.77 × SEM, Maheswaran et al. 2012): of changes
  // +8, +7, −8, −7 one improved and one declined; SWEMWBS stays at 3.
  #expect(WellbeingSettings().wemwbsMeaningfulChange == 8)
  #expect(WellbeingSettings().swemwbsMeaningfulChange == 3)
  var fixture = IndicatorFixture()
  addWemwbsPairs([("V1", 40, 48), ("V2", 40, 47), ("V3", 50, 42), ("V4", 50, 43)], to: &fixture)
  let figures = try fixture.figures("2025-26 Q2")
  #expect(figures.row("wemwbs_improved_share")?.value == 0.25)
  #expect(figures.row("wemwbs_declined_share")?.value == 0.25)
}
