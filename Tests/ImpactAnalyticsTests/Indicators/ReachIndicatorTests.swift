import ImpactAnalytics
import ImpactModel
import Testing

private let day = IndicatorFixture.day

/// The reach fixture, reported for 2025-26 Q2 (2025-07-01..2025-09-30):
///
/// | session | date | programme | venue | setting | delivery | art form | hours | capacity |
/// | --- | --- | --- | --- | --- | --- | --- | --- | --- |
/// | YT0 | 2024-08-05 | Youth Theatre | Studio | venue | in_person | Theatre | 2 | 10 |
/// | YT1 | 2025-07-07 | Youth Theatre | Studio | venue | in_person | Theatre | 2 | 10 |
/// | YT2 | 2025-07-14 | Youth Theatre | Studio | venue | in_person | Theatre | 2 | 10 |
/// | YT3 | 2025-07-21 | Youth Theatre | Studio | venue | in_person | Theatre | 2 | – |
/// | FD1 | 2025-08-02 | Family Days | Library | community | hybrid | Visual arts | 1.5 | 20 |
/// | FD2 | 2025-08-16 | Family Days | Park | outdoor | in_person | – | – | – |
/// | YT4 | 2025-09-01 | Youth Theatre | – | online | online | Theatre | 1 | – |
/// | YT5 | 2025-09-08 | Youth Theatre | Studio | venue | in_person | Theatre | 2 | 15 |
///
/// - P1 (woman, born 1990-03-01: 35 on 2025-07-07, band 35-49): YT0 (last year), YT1, YT2,
///   YT3, FD1: in both programmes; cancelled at YT5.
/// - P2 (man, born in 2010: 15 in 2025, band 12-15): YT1, YT2, YT4. New this quarter.
/// - P3 (nothing known): FD1; booked at YT4 (not attended). New this quarter.
/// - P4: absent at YT1, so never attended.
/// - FD2: an anonymous headcount of 12, the only row at Park.
///
/// A(Q2) = P1×4 (YT1, YT2, YT3, FD1), P2×3 (YT1, YT2, YT4), P3×1 (FD1), headcount 12.
/// YT5 was cancelled with no attended row, so it is not a session of A(Q2).
func reachFixture() -> IndicatorFixture {
  var fixture = IndicatorFixture()
  let yt = "Youth Theatre"
  let fd = "Family Days"
  func studio(_ key: String, _ date: Day, capacity: Int32?) -> SessionInfo {
    SessionInfo(
      key, date, programme: yt, venue: "Studio", setting: .venue, artForm: "Theatre", hours: 2,
      capacity: capacity)
  }
  let yt0 = studio("YT0", day(2024, 8, 5), capacity: 10)
  let yt1 = studio("YT1", day(2025, 7, 7), capacity: 10)
  let yt2 = studio("YT2", day(2025, 7, 14), capacity: 10)
  let yt3 = studio("YT3", day(2025, 7, 21), capacity: nil)
  let fd1 = SessionInfo(
    "FD1", day(2025, 8, 2), programme: fd, venue: "Library", setting: .community,
    delivery: .hybrid, artForm: "Visual arts", hours: 1.5, capacity: 20)
  let fd2 = SessionInfo("FD2", day(2025, 8, 16), programme: fd, venue: "Park", setting: .outdoor)
  let yt4 = SessionInfo(
    "YT4", day(2025, 9, 1), programme: yt, setting: .online, delivery: .online, artForm: "Theatre",
    hours: 1)
  let yt5 = studio("YT5", day(2025, 9, 8), capacity: 15)

  fixture.person("P1") {
    $0.gender = .woman
    $0.dateOfBirth = day(1990, 3, 1)
  }
  fixture.person("P2") {
    $0.gender = .man
    $0.birthYear = 2010
  }
  fixture.person("P3")
  fixture.attend("P1", yt0)
  fixture.attend("P1", yt1)
  fixture.attend("P2", yt1)
  fixture.attend("P4", yt1, status: .absent)
  fixture.attend("P1", yt2)
  fixture.attend("P2", yt2)
  fixture.attend("P1", yt3)
  fixture.attend("P1", fd1)
  fixture.attend("P3", fd1)
  fixture.headcount(12, fd2)
  fixture.attend("P2", yt4)
  fixture.attend("P3", yt4, status: .booked)
  fixture.attend("P1", yt5, status: .cancelled)
  return fixture
}

@Test func attendancesCountPeopleOnceAndHeadcountsByWeight() throws {
  let figures = try reachFixture().figures("2025-26 Q2")
  // 8 attended person rows (P1×4, P2×3, P3×1) + headcount 12 = 20; the absent, booked and
  // cancelled rows do not count. n = identified people P1, P2, P3 = 3.
  let attendances = try #require(figures.row("attendances"))
  #expect(attendances.value == 20)
  #expect(attendances.unit == .count)
  #expect(attendances.n == 3)
  #expect(attendances.numerator == nil && attendances.denominator == nil)
  #expect(attendances.suppressed == .no)
  #expect(attendances.status == nil && attendances.target == nil)
  // Only FD2's headcount is anonymous: 12; no identified person is involved, so n is blank.
  let anonymous = try #require(figures.row("anonymous_attendances"))
  #expect(anonymous.value == 12)
  #expect(anonymous.n == nil)
  #expect(anonymous.unit == .count)
}

@Test func uniqueNewAndReturningParticipants() throws {
  let figures = try reachFixture().figures("2025-26 Q2")
  // U(Q2) = {P1, P2, P3}: P1 is counted once though in two programmes.
  let unique = try #require(figures.row("unique_participants"))
  #expect(unique.value == 3)
  #expect(unique.unit == .people)
  #expect(unique.n == 3)
  // New: first attended date in all the data in Q2. P2 (2025-07-07) and P3 (2025-08-02) are
  // new; P1 first came on 2024-08-05, so P1 is returning.
  #expect(figures.row("new_participants")?.value == 2)
  #expect(figures.row("new_participants")?.n == 2)
  #expect(figures.row("returning_participants")?.value == 1)
  #expect(figures.row("returning_participants")?.n == 1)
  // Same quarter last year (2024-25 Q2): only P1 at YT0, and that was P1's first date.
  #expect(figures.row("unique_participants", period: "2024-25 Q2")?.value == 1)
  #expect(figures.row("new_participants", period: "2024-25 Q2")?.value == 1)
  #expect(figures.row("returning_participants", period: "2024-25 Q2")?.value == 0)
  #expect(figures.row("returning_participants", period: "2024-25 Q2")?.n == 0)
}

@Test func personInTwoProgrammesCountsInEach() throws {
  let figures = try reachFixture().figures("2025-26 Q2")
  // Youth Theatre: P1, P2; Family Days: P1, P3. 2 + 2 = 4 > 3 in `all`.
  let theatre = try #require(figures.row("unique_participants", "programme", "Youth Theatre"))
  #expect(theatre.value == 2)
  #expect(figures.row("unique_participants", "programme", "Family Days")?.value == 2)
  // "New" means new to the organisation: Youth Theatre has P2 new, P1 returning; Family Days
  // P3 new, P1 returning (P1's first Family Day is in Q2, but P1 first came in 2024).
  #expect(figures.row("new_participants", "programme", "Youth Theatre")?.value == 1)
  #expect(figures.row("returning_participants", "programme", "Youth Theatre")?.value == 1)
  #expect(figures.row("new_participants", "programme", "Family Days")?.value == 1)
  #expect(figures.row("returning_participants", "programme", "Family Days")?.value == 1)
  // Youth Theatre attendances: P1×3 + P2×3 = 6, none anonymous (no row for a zero count).
  #expect(figures.row("attendances", "programme", "Youth Theatre")?.value == 6)
  #expect(figures.row("anonymous_attendances", "programme", "Youth Theatre") == nil)
  // Family Days: P1 + P3 + 12 = 14, of which 12 anonymous.
  #expect(figures.row("attendances", "programme", "Family Days")?.value == 14)
  #expect(figures.row("anonymous_attendances", "programme", "Family Days")?.value == 12)
  #expect(figures.row("attendances", "programme", "Family Days")?.n == 2)
}

@Test func headcountOnlyVenueHasAttendancesButNoPeopleRows() throws {
  let figures = try reachFixture().figures("2025-26 Q2")
  // Park holds only FD2's headcount of 12.
  let park = try #require(figures.row("attendances", "venue", "Park"))
  #expect(park.value == 12)
  #expect(park.n == nil)
  #expect(figures.row("anonymous_attendances", "venue", "Park")?.value == 12)
  #expect(figures.row("sessions", "venue", "Park")?.value == 1)
  #expect(figures.row("unique_participants", "venue", "Park") == nil)
  #expect(figures.row("new_participants", "venue", "Park") == nil)
  #expect(figures.row("returning_participants", "venue", "Park") == nil)
  #expect(figures.row("retained_share", "venue", "Park") == nil)
  // No duration and no capacity: nothing to count, so no rows.
  #expect(figures.row("participant_hours", "venue", "Park") == nil)
  #expect(figures.row("occupancy", "venue", "Park") == nil)
  // online_share has a non-zero denominator (12): 0 ÷ 12 = 0, resting on no identified person.
  let online = try #require(figures.row("online_share", "venue", "Park"))
  #expect(online.value == 0)
  #expect(online.numerator == 0 && online.denominator == 12)
  #expect(online.n == nil)
  // A row lacking the venue (YT4) is in group Unknown: P2's one attendance.
  #expect(figures.row("attendances", "venue", "Unknown")?.value == 1)
  #expect(figures.row("unique_participants", "venue", "Unknown")?.value == 1)
}

@Test func sessionsAndAttendancesPerSession() throws {
  let figures = try reachFixture().figures("2025-26 Q2")
  // Sessions with an attended row in Q2: YT1, YT2, YT3, FD1, FD2, YT4 = 6 (YT5 cancelled).
  let sessions = try #require(figures.row("sessions"))
  #expect(sessions.value == 6)
  #expect(sessions.n == 3)
  #expect(sessions.unit == .count)
  // 20 attendances ÷ 6 sessions, no interval.
  let perSession = try #require(figures.row("attendances_per_session"))
  #expect(close(perSession.value, 20.0 / 6.0))
  #expect(perSession.numerator == 20 && perSession.denominator == 6)
  #expect(perSession.unit == .ratio)
  #expect(perSession.ciLow == nil && perSession.ciHigh == nil)
  #expect(perSession.n == 3)
  // Youth Theatre: YT1, YT2, YT3, YT4 = 4 sessions, 6 attendances: 1.5.
  #expect(figures.row("sessions", "programme", "Youth Theatre")?.value == 4)
  #expect(figures.row("attendances_per_session", "programme", "Youth Theatre")?.value == 1.5)
}

@Test func participantHoursWeighDurationByAttendance() throws {
  let figures = try reachFixture().figures("2025-26 Q2")
  // Known durations: YT1–YT3 rows 5 × 2 h = 10; FD1 2 × 1.5 h = 3; YT4 1 × 1 h = 1. FD2's
  // headcount has no duration and adds nothing. 10 + 3 + 1 = 14.
  let hours = try #require(figures.row("participant_hours"))
  #expect(hours.value == 14)
  #expect(hours.unit == .hours)
  #expect(hours.n == 3)
  // Youth Theatre: 5 × 2 + 1 = 11; Family Days: 2 × 1.5 = 3.
  #expect(figures.row("participant_hours", "programme", "Youth Theatre")?.value == 11)
  #expect(figures.row("participant_hours", "programme", "Family Days")?.value == 3)
}

@Test func retainedShareCountsSessionsInThePeriod() throws {
  let figures = try reachFixture().figures("2025-26 Q2")
  // min_sessions 3: P1 came to 4 sessions, P2 to 3, P3 to 1: 2 of 3.
  let retained = try #require(figures.row("retained_share"))
  #expect(close(retained.value, 2.0 / 3.0))
  #expect(retained.numerator == 2 && retained.denominator == 3)
  #expect(retained.unit == .share)
  // n = min(2, 3).
  #expect(retained.n == 2)
  // Wilson 95%, k = 2, n = 3, z = 1.959963984540054:
  // (k + z²/2 ∓ z·√(k(n−k)/n + z²/4)) ÷ (n + z²) = 0.2076596008…, 0.9385080552…
  #expect(close(retained.ciLow, 0.20765960080204782))
  #expect(close(retained.ciHigh, 0.9385080552796038))
  // A programme counts its own sessions: in Youth Theatre P1 has 3 (YT1–YT3), P2 has 3
  // (YT1, YT2, YT4): 2 of 2. In Family Days each has 1: 0 of 2, n = the denominator 2.
  #expect(figures.row("retained_share", "programme", "Youth Theatre")?.value == 1)
  let family = try #require(figures.row("retained_share", "programme", "Family Days"))
  #expect(family.value == 0)
  #expect(family.n == 2)

  // With retention.min_sessions 4 only P1 qualifies: 1 of 3.
  var stricter = reachFixture()
  stricter.configuration.retentionMinSessions = 4
  let strict = try stricter.figures("2025-26 Q2")
  #expect(close(strict.row("retained_share")?.value, 1.0 / 3.0))
  #expect(strict.row("retained_share")?.n == 1)
  // In Youth Theatre nobody reaches 4 there: 0 of 2.
  #expect(strict.row("retained_share", "programme", "Youth Theatre")?.value == 0)
}

@Test func occupancyOverSessionsWithAKnownCapacity() throws {
  let figures = try reachFixture().figures("2025-26 Q2")
  // Sessions of A(Q2) with a capacity: YT1 (10), YT2 (10), FD1 (20) = 40 places; attendances
  // there: 2 + 2 + 2 = 6. YT3, YT4, FD2 have no capacity; YT5 (15) was cancelled with no
  // attended row. 6 ÷ 40 = 0.15, no interval.
  let occupancy = try #require(figures.row("occupancy"))
  #expect(occupancy.value == 0.15)
  #expect(occupancy.numerator == 6 && occupancy.denominator == 40)
  #expect(occupancy.unit == .share)
  #expect(occupancy.ciLow == nil && occupancy.ciHigh == nil)
  #expect(occupancy.n == 3)
  // Youth Theatre: 4 ÷ 20 = 0.2; Library (FD1 only): 2 ÷ 20 = 0.1.
  #expect(figures.row("occupancy", "programme", "Youth Theatre")?.value == 0.2)
  #expect(figures.row("occupancy", "venue", "Library")?.value == 0.1)
  // The online setting (YT4) has no capacity: no row.
  #expect(figures.row("occupancy", "setting", "online") == nil)
  // With no capacity anywhere in the period (the previous quarter is empty) the `all` row
  // still exists, undefined.
  let empty = try #require(figures.row("occupancy", period: "2025-26 Q1"))
  #expect(empty.value == nil)
}

@Test func onlineShareLeavesOutHybrid() throws {
  let figures = try reachFixture().figures("2025-26 Q2")
  // Online: YT4's one row. FD1 is hybrid and does not count. 1 ÷ 20 = 0.05.
  let online = try #require(figures.row("online_share"))
  #expect(online.value == 0.05)
  #expect(online.numerator == 1 && online.denominator == 20)
  #expect(online.n == 3)
  // Wilson 95% for 1 of 20: 0.0088814488…, 0.2361311934…
  #expect(close(online.ciLow, 0.008881448800795402))
  #expect(close(online.ciHigh, 0.23613119344674205))
  // By delivery: hybrid (FD1) 0 of 2, online 1 of 1, in_person 0 of 17 (5 + 12).
  #expect(figures.row("online_share", "delivery", "hybrid")?.value == 0)
  #expect(figures.row("online_share", "delivery", "online")?.value == 1)
  #expect(figures.row("attendances", "delivery", "in_person")?.value == 17)
  #expect(figures.row("attendances", "delivery", "hybrid")?.value == 2)
}

@Test func sessionFieldGroupsUseCodesAndUnknown() throws {
  let figures = try reachFixture().figures("2025-26 Q2")
  // Settings by code: venue (YT1–YT3: 5), community (FD1: 2), outdoor (FD2: 12), online (1).
  #expect(figures.row("attendances", "setting", "venue")?.value == 5)
  #expect(figures.row("attendances", "setting", "community")?.value == 2)
  #expect(figures.row("attendances", "setting", "outdoor")?.value == 12)
  #expect(figures.row("attendances", "setting", "online")?.value == 1)
  // Art form: Theatre 6, Visual arts 2, FD2 unknown: 12.
  #expect(figures.row("attendances", "art_form", "Theatre")?.value == 6)
  #expect(figures.row("attendances", "art_form", "Visual arts")?.value == 2)
  #expect(figures.row("attendances", "art_form", "Unknown")?.value == 12)
}

@Test func personFieldBreakdownsPutHeadcountsInUnknown() throws {
  let figures = try reachFixture().figures("2025-26 Q2")
  // Gender: P1 Woman (4 attendances), P2 Man (3), P3 unknown (1) + the headcount 12 = 13.
  #expect(figures.row("attendances", "gender", "Woman")?.value == 4)
  #expect(figures.row("attendances", "gender", "Man")?.value == 3)
  #expect(figures.row("attendances", "gender", "Unknown")?.value == 13)
  #expect(figures.row("unique_participants", "gender", "Unknown")?.value == 1)
  #expect(figures.row("unique_participants", "gender", "Woman")?.value == 1)
  // Age bands on each person's first attended date in Q2: P1 35 on 2025-07-07 (35-49), P2
  // 2025 − 2010 = 15 (12-15), P3 unknown.
  #expect(figures.row("unique_participants", "age_band", "35-49")?.value == 1)
  #expect(figures.row("unique_participants", "age_band", "12-15")?.value == 1)
  #expect(figures.row("unique_participants", "age_band", "Unknown")?.value == 1)
  // P2 is new and retained; P1 returning and retained; P3 new, not retained.
  #expect(figures.row("new_participants", "gender", "Man")?.value == 1)
  #expect(figures.row("new_participants", "gender", "Woman") == nil)
  #expect(figures.row("returning_participants", "gender", "Woman")?.value == 1)
  #expect(figures.row("retained_share", "gender", "Man")?.value == 1)
  #expect(figures.row("retained_share", "gender", "Unknown")?.value == 0)
  // Groups nobody falls in get no row.
  #expect(figures.row("unique_participants", "gender", "Non-binary") == nil)
}

@Test func periodWithNoDataHasZeroOrEmptyAllRows() throws {
  let figures = try reachFixture().figures("2025-26 Q2")
  // 2025-26 Q1 (the previous quarter) holds no attendance at all.
  let q1 = "2025-26 Q1"
  #expect(figures.row("attendances", period: q1)?.value == 0)
  #expect(figures.row("attendances", period: q1)?.n == 0)
  #expect(figures.row("anonymous_attendances", period: q1)?.value == 0)
  #expect(figures.row("unique_participants", period: q1)?.value == 0)
  #expect(figures.row("new_participants", period: q1)?.value == 0)
  #expect(figures.row("sessions", period: q1)?.value == 0)
  #expect(figures.row("participant_hours", period: q1)?.value == 0)
  // Rates over zero are rows with an empty value; a share of nobody rests on 0 people.
  let perSession = try #require(figures.row("attendances_per_session", period: q1))
  #expect(perSession.value == nil)
  let retained = try #require(figures.row("retained_share", period: q1))
  #expect(retained.value == nil)
  #expect(retained.n == 0)
  #expect(retained.suppressed == .no)
  #expect(figures.row("online_share", period: q1)?.value == nil)
  // No group rows in an empty period.
  #expect(figures.groups("attendances", "programme", period: q1).isEmpty)
}

@Test func emptyDatasetDoesNotCrash() throws {
  let fixture = IndicatorFixture()
  // `latest` needs an attended session; there is none.
  #expect(fixture.engine.periods(for: .latest) == nil)
  let figures = try fixture.figures("2025-26 Q2")
  #expect(figures.row("attendances")?.value == 0)
  #expect(figures.row("unique_participants")?.value == 0)
  #expect(figures.row("occupancy") != nil)
  #expect(figures.row("occupancy")?.value == nil)
  // No feedback and no funding in the data: those indicators have no rows.
  #expect(figures.count("feedback_responses") == 0)
  #expect(figures.count("income") == 0)
}
