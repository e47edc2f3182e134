import ImpactAnalytics
import ImpactModel
import Testing

private let day = IndicatorFixture.day

/// The funding fixture, reported for 2025-26 Q2 (2025-07-01..2025-09-30, 92 days):
///
/// | line | funder | type | status | amount | programme | dates |
/// | --- | --- | --- | --- | --- | --- | --- |
/// | F1 | Arts Council | grant | awarded | 24500 | Youth Theatre | 2025-05-01..2025-12-31 |
/// | F2 | Local Trust | donation | received | 500 | – | date 2025-08-10 |
/// | F3 | Arts Council | grant | pending | 10000 | – | date 2026-01-15 |
/// | F4 | Local Trust | grant | pending | 2000 | – | none |
/// | F5 | City Council | grant | declined | 5000 | – | date 2025-07-20 |
/// | F6 | Bank plc | sponsorship | awarded | 3000 | – | start 2025-09-01 only |
/// | F7 | City Council | grant | received | 1000 | Family Days | date 2025-07-05 |
/// | F8 | Anon Fund | grant | awarded | 700 | – | none |
///
/// F1 spans three quarters: 245 days (May 31, Jun 30, Jul 31, Aug 31, Sep 30, Oct 31, Nov 30,
/// Dec 31), 100 a day: Q1 (May 1–Jun 30, 61 days) 6100, Q2 (92 days) 9200, Q3 (92 days) 9200.
///
/// Attendance: S1 2025-07-10 Youth Theatre 2 h (A, B); S2 2025-07-17 Youth Theatre 2 h (A);
/// S3 2025-08-01 Family Days 3 h (C and a headcount of 20).
func fundingFixture(minCount: Int = 0) -> IndicatorFixture {
  var fixture = IndicatorFixture(minCount: minCount)
  fixture.funding("Arts Council", 24500, programme: "Youth Theatre") {
    $0.startDate = day(2025, 5, 1)
    $0.endDate = day(2025, 12, 31)
  }
  fixture.funding("Local Trust", 500) {
    $0.type = .donation
    $0.status = .received
    $0.date = day(2025, 8, 10)
  }
  fixture.funding("Arts Council", 10000) {
    $0.status = .pending
    $0.date = day(2026, 1, 15)
  }
  fixture.funding("Local Trust", 2000) { $0.status = .pending }
  fixture.funding("City Council", 5000) {
    $0.status = .declined
    $0.date = day(2025, 7, 20)
  }
  fixture.funding("Bank plc", 3000) {
    $0.type = .sponsorship
    $0.startDate = day(2025, 9, 1)
  }
  fixture.funding("City Council", 1000, programme: "Family Days") {
    $0.status = .received
    $0.date = day(2025, 7, 5)
  }
  fixture.funding("Anon Fund", 700)
  let s1 = SessionInfo("S1", day(2025, 7, 10), programme: "Youth Theatre", hours: 2)
  let s2 = SessionInfo("S2", day(2025, 7, 17), programme: "Youth Theatre", hours: 2)
  let s3 = SessionInfo("S3", day(2025, 8, 1), programme: "Family Days", hours: 3)
  fixture.attend("A", s1)
  fixture.attend("B", s1)
  fixture.attend("A", s2)
  fixture.attend("C", s3)
  fixture.headcount(20, s3)
  return fixture
}

@Test func incomeIsAttributedByDaysOfItsSpan() throws {
  let figures = try fundingFixture().figures("2025-26 Q2")
  // Q2: F1 9200 + F2 500 + F6 3000 (a start only: whole amount to Sep) + F7 1000 = 13700.
  // Pending, declined and undated lines add nothing.
  let income = try #require(figures.row("income"))
  #expect(income.value == 13700)
  #expect(income.unit == .currency)
  #expect(income.n == nil)
  #expect(income.numerator == nil && income.denominator == nil)
  // The previous quarter holds F1's 6100 only; the year to date (Apr–Sep) F1's 153 days
  // (15300) + 500 + 3000 + 1000 = 19800.
  #expect(figures.row("income", period: "2025-26 Q1")?.value == 6100)
  #expect(figures.row("income", period: "2025-26 YTD")?.value == 19800)
  // Q3 of the grant, through a custom range that is exactly Oct–Dec written as a range.
  let q3 = try fundingFixture().figures("2025-10-01..2025-12-31")
  #expect(q3.row("income")?.value == 9200)
  // The whole year 2025-26: F1 in full 24500 + 500 + 3000 + 1000 = 29000.
  #expect(try fundingFixture().figures("2025-26").row("income")?.value == 29000)
}

@Test func incomeByFunderTypeAndProgramme() throws {
  let figures = try fundingFixture().figures("2025-26 Q2")
  #expect(figures.row("income", "funder", "Arts Council")?.value == 9200)
  #expect(figures.row("income", "funder", "Local Trust")?.value == 500)
  #expect(figures.row("income", "funder", "Bank plc")?.value == 3000)
  #expect(figures.row("income", "funder", "City Council")?.value == 1000)
  // Anon Fund's only line has no date: no income, no row.
  #expect(figures.row("income", "funder", "Anon Fund") == nil)
  // Types: grant 9200 + 1000, donation 500, sponsorship 3000; no in-kind income, no row.
  #expect(figures.row("income", "type", "grant")?.value == 10200)
  #expect(figures.row("income", "type", "donation")?.value == 500)
  #expect(figures.row("income", "type", "sponsorship")?.value == 3000)
  #expect(figures.row("income", "type", "in_kind") == nil)
  // Programmes: blank is Unrestricted (500 + 3000).
  #expect(figures.row("income", "programme", "Youth Theatre")?.value == 9200)
  #expect(figures.row("income", "programme", "Family Days")?.value == 1000)
  #expect(figures.row("income", "programme", "Unrestricted")?.value == 3500)
}

@Test func pendingApplicationsInTheReportingPeriodOnly() throws {
  let figures = try fundingFixture().figures("2025-26 Q2")
  // All pending lines whatever their dates: F3 10000 (dated 2026) + F4 2000 (undated).
  let pending = try #require(figures.row("applications_pending"))
  #expect(pending.value == 12000)
  #expect(pending.unit == .currency)
  #expect(pending.n == nil)
  #expect(figures.row("applications_pending", "funder", "Arts Council")?.value == 10000)
  #expect(figures.row("applications_pending", "funder", "Local Trust")?.value == 2000)
  // Not in the comparison periods.
  #expect(figures.count("applications_pending", period: "2025-26 Q1") == 0)
  #expect(figures.count("applications_pending", period: "2025-26 YTD") == 0)
}

@Test func bidSuccessRateOverDecidedGrantsAndSponsorships() throws {
  let figures = try fundingFixture().figures("2025-26 Q2")
  // Grant or sponsorship lines with a date or start in Q2: F5 declined, F6 awarded, F7
  // received (F2 is a donation; F3 is pending and dated 2026; F1 started in Q1): 2 of 3.
  let rate = try #require(figures.row("bid_success_rate"))
  #expect(close(rate.value, 2.0 / 3.0))
  #expect(rate.numerator == 2 && rate.denominator == 3)
  #expect(rate.unit == .share)
  #expect(rate.n == nil)
  #expect(close(rate.ciLow, 0.20765960080204782))
  // City Council: F7 won, F5 declined: 1 of 2. Bank plc: 1 of 1.
  #expect(figures.row("bid_success_rate", "funder", "City Council")?.value == 0.5)
  #expect(figures.row("bid_success_rate", "funder", "Bank plc")?.value == 1)
  // Q1: F1 (started 2025-05-01, awarded): 1 of 1.
  #expect(figures.row("bid_success_rate", period: "2025-26 Q1")?.value == 1)
}

@Test func fundingPerParticipantAttendanceAndHour() throws {
  let figures = try fundingFixture().figures("2025-26 Q2")
  // All income 13700 (unrestricted included) ÷ 3 people (A, B, C); ÷ 24 attendances
  // (A×2, B, C, headcount 20); ÷ 69 hours (2 + 2 + 2 + 3 + 20 × 3).
  let perPerson = try #require(figures.row("funding_per_participant"))
  #expect(close(perPerson.value, 13700.0 / 3.0))
  #expect(perPerson.numerator == 13700 && perPerson.denominator == 3)
  #expect(perPerson.unit == .currency)
  #expect(perPerson.n == 3)
  #expect(perPerson.ciLow == nil)
  let perAttendance = try #require(figures.row("funding_per_attendance"))
  #expect(close(perAttendance.value, 13700.0 / 24.0))
  #expect(perAttendance.denominator == 24)
  #expect(perAttendance.n == 3)
  let perHour = try #require(figures.row("funding_per_hour"))
  #expect(close(perHour.value, 13700.0 / 69.0))
  #expect(perHour.denominator == 69)
  // Youth Theatre: restricted 9200 ÷ 2 people, ÷ 3 attendances, ÷ 6 hours; n = 2.
  let theatre = try #require(figures.row("funding_per_participant", "programme", "Youth Theatre"))
  #expect(theatre.value == 4600)
  #expect(theatre.n == 2)
  #expect(
    close(figures.row("funding_per_attendance", "programme", "Youth Theatre")?.value, 9200 / 3))
  #expect(close(figures.row("funding_per_hour", "programme", "Youth Theatre")?.value, 9200 / 6))
  // Family Days: 1000 ÷ 1 person, ÷ 21 attendances, ÷ 63 hours.
  #expect(figures.row("funding_per_participant", "programme", "Family Days")?.value == 1000)
  #expect(
    close(figures.row("funding_per_attendance", "programme", "Family Days")?.value, 1000 / 21))
  #expect(close(figures.row("funding_per_hour", "programme", "Family Days")?.value, 1000 / 63))
  // Unrestricted income is not a programme.
  #expect(figures.row("funding_per_participant", "programme", "Unrestricted") == nil)
  // Q1 has income (6100) but nobody attended: undefined, resting on 0 people.
  let q1 = try #require(figures.row("funding_per_participant", period: "2025-26 Q1"))
  #expect(q1.value == nil)
  #expect(q1.n == 0)
}

@Test func aBidCountsWhenEitherItsDateOrItsStartLiesInThePeriod() throws {
  var fixture = IndicatorFixture()
  fixture.attend("A", SessionInfo("S1", day(2025, 8, 1), programme: "Choir"))
  // Decided 2025-03-20 (2024-25 Q4) for a grant starting 2025-08-01 (in Q2): counts in Q2
  // by its start; the quarter before (Q1) holds neither date.
  fixture.funding("Arts Council", 5000) {
    $0.status = .declined
    $0.date = day(2025, 3, 20)
    $0.startDate = day(2025, 8, 1)
  }
  let figures = try fixture.figures("2025-26 Q2")
  let rate = try #require(figures.row("bid_success_rate"))
  #expect(rate.numerator == 0 && rate.denominator == 1)
  #expect(figures.row("bid_success_rate", period: "2025-26 Q1")?.denominator == 0)
}

/// Reported for 2025-26 Q2. Dance: restricted £1,000 (received 2025-07-05); S1 2025-07-10
/// (2 h) attended by P1–P4, S2 2025-08-07 (2 h) by P1 and P2: 4 people, 6 attendances,
/// 12 hours. Choir: restricted £600 (received 2025-08-01); its only session, S3, was in Q1
/// (2025-05-01, P5), so nobody attended it in Q2. Crafts: restricted £300 (2025-09-01);
/// S4 2025-09-02 with no known duration, attended by P6: 1 person, 1 attendance, 0 hours.
@Test func aProgrammeGetsAFundingPerRowOnlyWithANonZeroDenominator() throws {
  var fixture = IndicatorFixture()
  fixture.funding("Arts Council", 1000, programme: "Dance") {
    $0.status = .received
    $0.date = day(2025, 7, 5)
  }
  fixture.funding("Local Trust", 600, programme: "Choir") {
    $0.status = .received
    $0.date = day(2025, 8, 1)
  }
  fixture.funding("Local Trust", 300, programme: "Crafts") {
    $0.status = .received
    $0.date = day(2025, 9, 1)
  }
  let s1 = SessionInfo("S1", day(2025, 7, 10), programme: "Dance", hours: 2)
  let s2 = SessionInfo("S2", day(2025, 8, 7), programme: "Dance", hours: 2)
  for person in ["P1", "P2", "P3", "P4"] { fixture.attend(person, s1) }
  fixture.attend("P1", s2)
  fixture.attend("P2", s2)
  fixture.attend("P5", SessionInfo("S3", day(2025, 5, 1), programme: "Choir", hours: 1))
  fixture.attend("P6", SessionInfo("S4", day(2025, 9, 2), programme: "Crafts"))
  let figures = try fixture.figures("2025-26 Q2")
  // Dance: 1000 ÷ 4 people = 250, ÷ 6 attendances, ÷ 12 hours; n = 4.
  let dance = try #require(figures.row("funding_per_participant", "programme", "Dance"))
  #expect(dance.value == 250)
  #expect(dance.numerator == 1000 && dance.denominator == 4)
  #expect(dance.n == 4)
  let danceAttendance = try #require(
    figures.row("funding_per_attendance", "programme", "Dance"))
  #expect(close(danceAttendance.value, 1000.0 / 6.0))
  #expect(danceAttendance.denominator == 6)
  let danceHour = try #require(figures.row("funding_per_hour", "programme", "Dance"))
  #expect(close(danceHour.value, 1000.0 / 12.0))
  #expect(danceHour.denominator == 12)
  // Choir has income in Q2 but nobody attended: its income row, no funding_per_* rows.
  #expect(figures.row("income", "programme", "Choir")?.value == 600)
  for id in ["funding_per_participant", "funding_per_attendance", "funding_per_hour"] {
    #expect(figures.row(id, "programme", "Choir") == nil)
  }
  // Crafts: 300 ÷ 1 person, ÷ 1 attendance; no hours, so no funding_per_hour row.
  #expect(figures.row("funding_per_participant", "programme", "Crafts")?.value == 300)
  #expect(figures.row("funding_per_attendance", "programme", "Crafts")?.value == 300)
  #expect(figures.row("funding_per_hour", "programme", "Crafts") == nil)
  // All: 1900 ÷ 5 people (P1–P4, P6), ÷ 7 attendances, ÷ 12 hours.
  #expect(figures.row("funding_per_participant")?.value == 380)
  #expect(close(figures.row("funding_per_attendance")?.value, 1900.0 / 7.0))
  #expect(close(figures.row("funding_per_hour")?.value, 1900.0 / 12.0))
  // Q1 (Choir's session, no income): the all rows exist with value 0 ÷ 1 = 0, and no
  // programme has income there, so there are no programme rows.
  #expect(figures.row("funding_per_participant", period: "2025-26 Q1")?.value == 0)
  #expect(figures.groups("funding_per_participant", "programme", period: "2025-26 Q1") == [])
}
