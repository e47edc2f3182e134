import ImpactModel

/// Each person's attended sessions, by date, so that the sessions attended between a
/// wellbeing pair's before and after responses can be counted (INDICATORS.md, "Deeper
/// evidence").
struct PersonSessions: Sendable {
  /// Per person, their attended rows as (day ordinal, session, programme), by date.
  private let rows: [[(day: Int32, session: Int32, programme: Int32)]]

  init(_ table: AttendanceTable, index: AttendanceIndex, people: Int) {
    var rows = [[(day: Int32, session: Int32, programme: Int32)]](repeating: [], count: people)
    let (days, programmes) = (table.day, table.programme)
    for row in index.byDay.rows {
      let person = Int(table.participant[Int(row)])
      guard person >= 0 else { continue }
      rows[person].append(
        (days[Int(row)].ordinal, table.session[Int(row)], programmes[Int(row)]))
    }
    self.rows = rows
  }

  /// The distinct sessions of `programme` that `person` attended from `first` to `last`, both
  /// days included.
  func count(person: Int32, programme: Int32, from first: Day, through last: Day) -> Int {
    guard person >= 0, Int(person) < rows.count else { return 0 }
    var sessions = Set<Int32>()
    for row in rows[Int(person)]
    where row.programme == programme && row.day >= first.ordinal && row.day <= last.ordinal {
      sessions.insert(row.session)
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
