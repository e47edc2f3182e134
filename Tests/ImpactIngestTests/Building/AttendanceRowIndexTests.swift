import ImpactModel
import Testing

@testable import ImpactIngest

struct AttendanceRowIndexTests {
  /// Appends the row the index was just asked about.
  private func append(_ table: inout AttendanceTable, session: Int32, participant: Int32) {
    table.append(
      AttendanceRow(
        day: Day(year: 2025, month: 7, day: 1)!, programme: 0, participant: participant,
        headcount: 0, session: session))
  }

  @Test func eachPersonAtEachSessionFindsTheirFirstRowAcrossGrowth() {
    // Session 0 has 3,000 people (0..<3000), rows 0..<3000; sessions 1...400 have people
    // 0..<5 each, session s's person p at row 3000 + 5 (s - 1) + p. 5,000 rows in all, past
    // several doublings of the 1,024 first slots.
    var index = AttendanceRowIndex()
    var table = AttendanceTable()
    for person in Int32(0)..<3000 {
      #expect(index.earlierRow(session: 0, participant: person, in: table) == nil)
      append(&table, session: 0, participant: person)
    }
    for session in Int32(1)...400 {
      for person in Int32(0)..<5 {
        #expect(index.earlierRow(session: session, participant: person, in: table) == nil)
        append(&table, session: session, participant: person)
      }
    }
    #expect(table.count == 5000)
    var wrong = 0
    for person in Int32(0)..<3000
    where index.earlierRow(session: 0, participant: person, in: table) != person {
      wrong += 1
    }
    for session in Int32(1)...400 {
      for person in Int32(0)..<5
      where index.earlierRow(session: session, participant: person, in: table)
        != 3000 + 5 * (session - 1) + person
      {
        wrong += 1
      }
    }
    #expect(wrong == 0)
    // A person of session 0 at session 1 for the first time is new.
    #expect(index.earlierRow(session: 1, participant: 2999, in: table) == nil)
  }

  @Test func headcountRowsAreNotPeopleAndAreSkippedWhenGrowing() {
    // Headcount rows (participant -1) are never asked about; 1,500 of them come first so that
    // the growth past 768 people has to pass over them.
    var index = AttendanceRowIndex()
    var table = AttendanceTable()
    for _ in 0..<1500 {
      table.append(
        AttendanceRow(
          day: Day(year: 2025, month: 7, day: 1)!, programme: 0, participant: -1,
          headcount: 10, session: 0))
    }
    for person in Int32(0)..<1000 {
      #expect(index.earlierRow(session: 0, participant: person, in: table) == nil)
      append(&table, session: 0, participant: person)
    }
    #expect(index.earlierRow(session: 0, participant: 0, in: table) == 1500)
    #expect(index.earlierRow(session: 0, participant: 999, in: table) == 2499)
  }
}
