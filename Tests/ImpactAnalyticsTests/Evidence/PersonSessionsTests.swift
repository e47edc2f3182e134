import ImpactModel
import Testing

@testable import ImpactAnalytics

struct PersonSessionsTests {
  private func day(_ number: Int) -> Day { Day(year: 2025, month: 7, day: number)! }

  /// Person 0 (kept): session 0 on the 1st twice, session 1 on the 5th (programme 0), session
  /// 2 on the 9th (programme 1), a cancelled session 3 on the 2nd. Person 1 (not kept):
  /// session 0 on the 1st. An anonymous headcount at session 1.
  private func sessions() -> PersonSessions {
    var table = AttendanceTable()
    table.sessionCount = 4
    let rows: [AttendanceRow] = [
      AttendanceRow(day: day(5), programme: 0, participant: 0, headcount: 0, session: 1),
      AttendanceRow(day: day(1), programme: 0, participant: 0, headcount: 0, session: 0),
      AttendanceRow(day: day(1), programme: 0, participant: 1, headcount: 0, session: 0),
      AttendanceRow(day: day(9), programme: 1, participant: 0, headcount: 0, session: 2),
      AttendanceRow(day: day(1), programme: 0, participant: 0, headcount: 0, session: 0),
      AttendanceRow(day: day(5), programme: 0, participant: -1, headcount: 12, session: 1),
      AttendanceRow(
        day: day(2), programme: 0, participant: 0, headcount: 0, session: 3, status: .cancelled),
    ]
    for row in rows { table.append(row) }
    let index = AttendanceIndex(table, people: 2)
    return PersonSessions(table, index: index, people: 2, kept: [true, false])
  }

  @Test func aKeptPersonsDistinctSessionsOfAProgrammeBetweenTwoDatesAreCounted() {
    let sessions = sessions()
    // Worked out by hand: programme 0 from the 1st to the 5th is sessions 0 and 1 (session 0
    // twice counts once; the cancelled session 3 is not attended).
    #expect(sessions.count(person: 0, programme: 0, from: day(1), through: day(5)) == 2)
    #expect(sessions.count(person: 0, programme: 0, from: day(1), through: day(4)) == 1)
    #expect(sessions.count(person: 0, programme: 0, from: day(2), through: day(9)) == 1)
    #expect(sessions.count(person: 0, programme: 1, from: day(1), through: day(9)) == 1)
    #expect(sessions.count(person: 0, programme: 1, from: day(1), through: day(8)) == 0)
  }

  @Test func aPersonNotKeptHasNoSessions() {
    let sessions = sessions()
    #expect(sessions.count(person: 1, programme: 0, from: day(1), through: day(9)) == 0)
    #expect(sessions.count(person: -1, programme: 0, from: day(1), through: day(9)) == 0)
  }
}
