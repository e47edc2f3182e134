import ImpactModel

/// Each person's attended sessions, by date, so that the sessions attended between a
/// wellbeing pair's before and after responses can be counted (INDICATORS.md, "Deeper
/// evidence").
///
/// Only the people who can be in a pair are kept (those with a scored after response): the
/// rows of everyone else would take as much memory again as the day-ordered index, for
/// nothing.
struct PersonSessions: Sendable {
  /// Every kept person's attended row numbers, person after person, each person's by date.
  private let rows: [Int32]
  /// Where each person's rows begin in `rows`; person `p`'s are `start[p]..<start[p + 1]`.
  private let start: [Int32]
  /// The attendance table the rows are of, for their day, session and programme.
  private let table: AttendanceTable

  /// Gathers the attended rows of each person marked in `kept` (by participant index; one
  /// mark a person); anyone else has no sessions.
  init(_ table: AttendanceTable, index: AttendanceIndex, people: Int, kept: [Bool]) {
    var start = [Int32](repeating: 0, count: people + 1)
    for row in index.byDay.rows {
      let person = Int(table.participant[Int(row)])
      if person >= 0, kept[person] { start[person + 1] += 1 }
    }
    for person in 0..<people { start[person + 1] += start[person] }
    var next = start
    var rows = [Int32](repeating: 0, count: Int(start[people]))
    for row in index.byDay.rows {
      let person = Int(table.participant[Int(row)])
      guard person >= 0, kept[person] else { continue }
      rows[Int(next[person])] = row
      next[person] += 1
    }
    self.rows = rows
    self.start = start
    self.table = table
  }

  /// The distinct sessions of `programme` that `person` attended from `first` to `last`, both
  /// days included; 0 for a person not kept.
  func count(person: Int32, programme: Int32, from first: Day, through last: Day) -> Int {
    guard person >= 0, Int(person) + 1 < start.count else { return 0 }
    let shapes = table.shapes
    var sessions = Set<Int32>()
    for entry in start[Int(person)]..<start[Int(person) + 1] {
      let row = Int(rows[Int(entry)])
      let shape = Int(table.shape[row])
      let day = shapes.day[shape].ordinal
      if shapes.programme[shape] == programme && day >= first.ordinal && day <= last.ordinal {
        sessions.insert(table.session[row])
      }
    }
    return sessions.count
  }

  /// The bands, fewest sessions first (the order reports list them in).
  static let bands = ["0", "1-3", "4-6", "7-11", "12+"].map { Group($0) }

  /// The band of a count of sessions attended: `0`, `1-3`, `4-6`, `7-11` or `12+`.
  static func band(_ count: Int) -> Group {
    switch count {
    case ...0: return Group("0")
    case 1...3: return Group("1-3")
    case 4...6: return Group("4-6")
    case 7...11: return Group("7-11")
    default: return Group("12+")
    }
  }
}
