import ImpactAnalytics
import ImpactModel
import Testing

private let day = IndicatorFixture.day

/// 24 people at one Choir session on 2025-07-10, all new, `suppression.min_count` 5:
/// gender Man 4 (M1–M4), Non-binary 6 (N1–N6), Woman 6 (F1–F6), unknown 8 (U1–U8);
/// disability: M1, M2 Disabled; N1–N3 Not disabled; everyone else unknown.
/// Benchmark: gender Man 0.5.
func suppressionFixture() -> IndicatorFixture {
  var fixture = IndicatorFixture(minCount: 5)
  fixture.configuration.benchmarks = [PersonField(rawValue: "gender")!: ["Man": 0.5]]
  let session = SessionInfo("S1", day(2025, 7, 10), programme: "Choir")
  let groups: [(String, Int, Gender?)] = [
    ("M", 4, .man), ("N", 6, .nonBinary), ("F", 6, .woman), ("U", 8, nil),
  ]
  for (prefix, size, gender) in groups {
    for number in 1...size {
      let id = "\(prefix)\(number)"
      fixture.person(id) {
        $0.gender = gender
        if prefix == "M" && number <= 2 { $0.disability = .disabled }
        if prefix == "N" && number <= 3 { $0.disability = .notDisabled }
      }
      fixture.attend(id, session)
    }
  }
  return fixture
}

@Test func smallGroupIsSuppressedWithEverythingItCarries() throws {
  let figures = try suppressionFixture().figures("2025-26 Q2")
  // 24 people: shown.
  let all = try #require(figures.row("unique_participants"))
  #expect(all.value == 24)
  #expect(all.suppressed == .no)
  // Man: n = 4, 0 < 4 < 5: primary; value, n and the rest emptied.
  let man = try #require(figures.row("unique_participants", "gender", "Man"))
  #expect(man.suppressed == .primary)
  #expect(man.value == nil && man.n == nil)
  // participant_share Man: 4 of 16 known, n = min(4, 16) = 4: primary, interval emptied.
  let share = try #require(figures.row("participant_share", "gender", "Man"))
  #expect(share.suppressed == .primary)
  #expect(share.value == nil && share.numerator == nil && share.denominator == nil)
  #expect(share.ciLow == nil && share.ciHigh == nil && share.n == nil)
  // The representation index rests on that share: hidden with the same label.
  let index = try #require(figures.row("representation_index", "gender", "Man"))
  #expect(index.suppressed == .primary)
  #expect(index.value == nil)
  // attendances by gender: Man rests on 4 people, primary; Non-binary stays (attendances
  // get no secondary suppression).
  #expect(figures.row("attendances", "gender", "Man")?.suppressed == .primary)
  #expect(figures.row("attendances", "gender", "Non-binary")?.suppressed == .no)
  #expect(figures.row("attendances", "gender", "Non-binary")?.value == 6)
}

@Test func secondarySuppressionTakesTheNextSmallestFirstInRowOrder() throws {
  let figures = try suppressionFixture().figures("2025-26 Q2")
  // Exactly one gender group is primary (Man, 4). Next smallest non-zero n: Non-binary 6 and
  // Woman 6 tie; in row order (code points) Man < Non-binary < Unknown < Woman, so
  // Non-binary is suppressed as secondary.
  for id in ["unique_participants", "new_participants"] {
    let nonBinary = try #require(figures.row(id, "gender", "Non-binary"))
    #expect(nonBinary.suppressed == .secondary)
    #expect(nonBinary.value == nil && nonBinary.n == nil)
    #expect(figures.row(id, "gender", "Woman")?.suppressed == .no)
    #expect(figures.row(id, "gender", "Woman")?.value == 6)
    #expect(figures.row(id, "gender", "Unknown")?.value == 8)
  }
  // participant_share (Unknown has no row there): Non-binary 6 of 16 secondary, Woman shown.
  #expect(figures.row("participant_share", "gender", "Non-binary")?.suppressed == .secondary)
  let woman = try #require(figures.row("participant_share", "gender", "Woman"))
  #expect(woman.suppressed == .no)
  #expect(woman.value == 6.0 / 16.0)
  #expect(woman.n == 6)
  // Disability: Disabled (2) and Not disabled (3) are both primary; with two hidden, no
  // secondary: Unknown (19) is shown.
  #expect(figures.row("unique_participants", "disability", "Disabled")?.suppressed == .primary)
  #expect(
    figures.row("unique_participants", "disability", "Not disabled")?.suppressed == .primary)
  #expect(figures.row("unique_participants", "disability", "Unknown")?.suppressed == .no)
  #expect(figures.row("unique_participants", "disability", "Unknown")?.value == 19)
  // A figure resting on nobody (returning: 0) is not suppressed.
  let returning = try #require(figures.row("returning_participants"))
  #expect(returning.value == 0)
  #expect(returning.suppressed == .no)
}

@Test func zeroMinCountTurnsSuppressionOff() throws {
  var fixture = suppressionFixture()
  fixture.configuration.suppressionMinCount = 0
  let figures = try fixture.figures("2025-26 Q2")
  let man = try #require(figures.row("unique_participants", "gender", "Man"))
  #expect(man.value == 4)
  #expect(man.suppressed == .no)
  #expect(figures.row("unique_participants", "gender", "Non-binary")?.suppressed == .no)
}

@Test func fundingPerUnitIsSuppressedWithItsPeople() throws {
  let figures = try fundingFixture(minCount: 5).figures("2025-26 Q2")
  // 3 people in all, 1 in Family Days: the people counts are primary, and so is each
  // funding_per_* figure that divides by them.
  #expect(figures.row("unique_participants")?.suppressed == .primary)
  for id in ["funding_per_participant", "funding_per_attendance", "funding_per_hour"] {
    let all = try #require(figures.row(id))
    #expect(all.suppressed == .primary)
    #expect(all.value == nil && all.numerator == nil && all.n == nil)
    #expect(figures.row(id, "programme", "Family Days")?.suppressed == .primary)
  }
  // Money with no person behind it is never suppressed.
  #expect(figures.row("income")?.suppressed == .no)
  #expect(figures.row("income")?.value == 13700)
  #expect(figures.row("bid_success_rate")?.suppressed == .no)
}

@Test func wellbeingFiguresRestOnTheirResponsesAndPairs() throws {
  var fixture = swemwbsFixture()
  fixture.configuration.suppressionMinCount = 5
  let figures = try fixture.figures("2025-26 Q2")
  // All: 6 pairs, shown. Dance: 1 pair, primary, p-value and effect size emptied.
  #expect(figures.row("swemwbs_change")?.suppressed == .no)
  let dance = try #require(figures.row("swemwbs_change", "programme", "Dance"))
  #expect(dance.suppressed == .primary)
  #expect(dance.value == nil && dance.pValue == nil && dance.effectSize == nil)
  #expect(figures.row("swemwbs_improved_share", "programme", "Dance")?.suppressed == .primary)
  // The single-stage mean rests on 1 response.
  #expect(figures.row("swemwbs_mean", "stage", "single")?.suppressed == .primary)
  #expect(figures.row("swemwbs_mean", "stage", "pre")?.suppressed == .no)
}
