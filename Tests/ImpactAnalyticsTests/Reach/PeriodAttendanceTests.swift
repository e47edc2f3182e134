import ImpactModel
import Testing

@testable import ImpactAnalytics

struct PeriodAttendanceTests {
  private func day(_ month: Int, _ day: Int) -> Day { Day(year: 2025, month: month, day: day)! }

  /// Three people (0, 1, 2), five sessions and two programmes (text ids 0 and 1).
  private var table: AttendanceTable {
    var table = AttendanceTable()
    let rows = [
      // 0: person 2 at session 0 (capacity 10), venue 5, 2 hours.
      AttendanceRow(
        day: day(8, 10), programme: 0, participant: 2, headcount: 0, session: 0, venue: 5,
        durationHours: 2, capacity: 10),
      // 1: person 0 online at session 1, venue 5.
      AttendanceRow(
        day: day(8, 1), programme: 1, participant: 0, headcount: 0, session: 1,
        delivery: .online, venue: 5),
      // 2: person 0 at session 0, at another venue.
      AttendanceRow(
        day: day(8, 10), programme: 0, participant: 0, headcount: 0, session: 0, venue: 6,
        durationHours: 2),
      // 3: a headcount of 4 online at session 1.
      AttendanceRow(
        day: day(8, 1), programme: 1, participant: -1, headcount: 4, session: 1,
        delivery: .online, venue: 5),
      // 4: person 2 at session 2 (capacity 8), 1.5 hours.
      AttendanceRow(
        day: day(9, 5), programme: 0, participant: 2, headcount: 0, session: 2, venue: 6,
        durationHours: 1.5, capacity: 8),
      // 5: person 1 before the period.
      AttendanceRow(day: day(6, 30), programme: 0, participant: 1, headcount: 0, session: 3),
      // 6: person 1 absent in the period.
      AttendanceRow(
        day: day(8, 20), programme: 1, participant: 1, headcount: 0, session: 4,
        status: .absent),
      // 7: person 2 at session 2 again, on the other programme, venue unknown.
      AttendanceRow(day: day(9, 5), programme: 1, participant: 2, headcount: 0, session: 2),
    ]
    for row in rows { table.append(row) }
    table.sessionCount = 5
    return table
  }

  private func attendance(breakdowns: Bool) -> PeriodAttendance {
    let table = table
    let index = AttendanceIndex(table, people: 3)
    let quarter = Period(
      label: "2025-26 Q2", start: day(7, 1), end: day(9, 30), kind: .quarter)
    return PeriodAttendance(
      index.rows(in: quarter), table: table, index: index, people: 3, breakdowns: breakdowns)
  }

  @Test func everyoneCountsTheAttendedRowsOfThePeriod() {
    let all = attendance(breakdowns: false).all
    // Rows 0–4 and 7: weights 1 + 1 + 1 + 4 + 1 + 1.
    #expect(all.attendances == 9)
    #expect(all.anonymous == 4)
    #expect(all.hours == 5.5)
    #expect(all.online == 5)
    // Sessions 0, 1 and 2; capacities 10 and 8 (session 1's is unknown).
    #expect(all.sessions == 3)
    #expect(all.capacity == 18)
    // Rows 0, 2 (session 0), 4 and 7 (session 2).
    #expect(all.attendancesWithCapacity == 4)
    #expect(all.people == [0, 2])
    #expect(all.attended == [2, 3])
    #expect(all.identifiedN == 2)
  }

  @Test func firstDaysAndPositionsAreThoseOfThePeriod() {
    let attendance = attendance(breakdowns: false)
    #expect(attendance.firstDay(of: 0) == day(8, 1))
    #expect(attendance.firstDay(of: 2) == day(8, 10))
    #expect(attendance.firstDay(of: 1) == nil)
    #expect(attendance.position(of: 0) == 0)
    #expect(attendance.position(of: 2) == 1)
    #expect(attendance.bySession.isEmpty)
  }

  @Test func eachProgrammeCountsItsOwnSessionsAndPeople() {
    let programmes = attendance(breakdowns: true).bySession[.programme]!
    #expect(Set(programmes.keys) == [0, 1])
    let first = programmes[0]!
    // Rows 0, 2 and 4.
    #expect(first.attendances == 3)
    #expect(first.anonymous == 0)
    #expect(first.hours == 5.5)
    #expect(first.sessions == 2)
    #expect(first.capacity == 18)
    #expect(first.attendancesWithCapacity == 3)
    #expect(first.people == [0, 2])
    #expect(first.attended == [1, 2])
    let second = programmes[1]!
    // Rows 1, 3 and 7: session 2 is counted for this programme too.
    #expect(second.attendances == 6)
    #expect(second.anonymous == 4)
    #expect(second.hours == 0)
    #expect(second.online == 5)
    #expect(second.sessions == 2)
    #expect(second.capacity == 8)
    #expect(second.attendancesWithCapacity == 1)
    #expect(second.people == [0, 2])
    #expect(second.attended == [1, 1])
  }

  @Test func venuesAndDeliverySplitSessionsByTheirRows() {
    let attendance = attendance(breakdowns: true)
    let venues = attendance.bySession[.venue]!
    #expect(Set(venues.keys) == [5, 6, -1])
    // Rows 0, 1 and 3.
    #expect(venues[5]!.attendances == 6)
    #expect(venues[5]!.sessions == 2)
    #expect(venues[5]!.capacity == 10)
    #expect(venues[5]!.hours == 2)
    #expect(venues[5]!.people == [0, 2])
    // Rows 2 and 4: session 0 is at both venues.
    #expect(venues[6]!.attendances == 2)
    #expect(venues[6]!.sessions == 2)
    #expect(venues[6]!.capacity == 18)
    #expect(venues[6]!.hours == 3.5)
    #expect(venues[6]!.people == [0, 2])
    #expect(venues[-1]!.attendances == 1)
    #expect(venues[-1]!.sessions == 1)
    #expect(venues[-1]!.people == [2])
    // Delivery keys are positions in Delivery.allCases: in person 0, online 1.
    let delivery = attendance.bySession[.delivery]!
    #expect(Set(delivery.keys) == [0, 1])
    #expect(delivery[1]!.attendances == 5)
    #expect(delivery[1]!.people == [0])
    #expect(delivery[1]!.capacity == 0)
    #expect(delivery[0]!.attendances == 4)
    #expect(delivery[0]!.people == [0, 2])
    #expect(delivery[0]!.attended == [1, 3])
    #expect(delivery[0]!.sessions == 2)
    // No setting is known: everything falls in the unknown group.
    let settings = attendance.bySession[.setting]!
    #expect(Array(settings.keys) == [-1])
    #expect(settings[-1]!.attendances == 9)
    #expect(settings[-1]!.sessions == 3)
  }
}
