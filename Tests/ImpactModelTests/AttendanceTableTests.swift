import ImpactModel
import Testing

/// Two people at session 0 (same values), a headcount at session 1, then a third row of
/// session 0 whose hours and capacity differ, then a fourth row of session 0 like the first.
private func table() -> AttendanceTable {
  let monday = Day(year: 2025, month: 7, day: 14)!
  var table = AttendanceTable()
  let first = AttendanceRow(
    day: monday, programme: 3, participant: 0, headcount: 0, session: 0, setting: .school,
    delivery: .inPerson, venue: 5, artForm: 6, activity: 7, durationHours: 1.5, capacity: 20)
  table.append(first)
  var second = first
  second.participant = 1
  second.status = .absent
  table.append(second)
  table.append(
    AttendanceRow(
      day: monday.adding(days: 1), programme: 4, participant: -1, headcount: 12, session: 1,
      setting: nil, delivery: .online))
  var third = first
  third.participant = 2
  third.durationHours = .nan
  third.capacity = -1
  table.append(third)
  var fourth = first
  fourth.participant = 3
  fourth.durationHours = -0.0
  table.append(fourth)
  table.sessionCount = 2
  return table
}

@Test func attendanceRowsReadBackTheirOwnValues() {
  let table = table()
  #expect(table.count == 5)
  #expect(table.participant == [0, 1, -1, 2, 3])
  #expect(table.session == [0, 0, 1, 0, 0])
  #expect(table.status == [.attended, .absent, .attended, .attended, .attended])
  #expect(
    table.day.map(\.description) == [
      "2025-07-14", "2025-07-14", "2025-07-15", "2025-07-14", "2025-07-14",
    ])
  #expect(Array(table.programme) == [3, 3, 4, 3, 3])
  #expect(Array(table.headcount) == [0, 0, 12, 0, 0])
  #expect(Array(table.setting) == [.school, .school, nil, .school, .school])
  #expect(Array(table.delivery) == [.inPerson, .inPerson, .online, .inPerson, .inPerson])
  #expect(Array(table.venue) == [5, 5, -1, 5, 5])
  #expect(Array(table.artForm) == [6, 6, -1, 6, 6])
  #expect(Array(table.activity) == [7, 7, -1, 7, 7])
  #expect(Array(table.capacity) == [20, 20, -1, -1, 20])
  #expect(table.durationHours[0] == 1.5 && table.durationHours[1] == 1.5)
  #expect(table.durationHours[2].isNaN && table.durationHours[3].isNaN)
  // -0.0 is kept as given, sign and all.
  #expect(table.durationHours[4] == 0 && table.durationHours[4].sign == .minus)
  #expect((0..<5).map(table.weight) == [1, 1, 12, 1, 1])
}

@Test func attendanceRowsOfOneSessionShareAShapeWhenTheyAgree() {
  let table = table()
  // Rows 0 and 1 agree; 2 is another session; 3 and 4 each differ from row 0 in hours or
  // capacity: four distinct combinations.
  #expect(table.shapes.count == 4)
  #expect(table.shape == [0, 0, 1, 2, 3])
}

@Test func attendanceStatusIsWrittenPerRow() {
  var table = table()
  table.status[1] = .attended
  table.status[3] = .cancelled
  #expect(table.status == [.attended, .attended, .attended, .cancelled, .attended])
  // Rows 0 and 1 share a shape; the status is the row's own.
  #expect(table.shape[0] == table.shape[1])
}

@Test func attendanceRowsAlternatingBetweenSessionsReuseEachSessionsShape() {
  // A register grid: one person per line, one cell per session date.
  var table = AttendanceTable()
  let days = [Day(year: 2025, month: 9, day: 1)!, Day(year: 2025, month: 9, day: 8)!]
  for person in Int32(0)..<3 {
    for session in Int32(0)..<2 {
      table.append(
        AttendanceRow(
          day: days[Int(session)], programme: 1, participant: person, headcount: 0,
          session: session))
    }
  }
  #expect(table.count == 6)
  #expect(table.shapes.count == 2)
  #expect(table.shape == [0, 1, 0, 1, 0, 1])
  #expect(Array(table.day) == [days[0], days[1], days[0], days[1], days[0], days[1]])
}
