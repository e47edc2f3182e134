import ImpactModel

/// One person's before and after scores on one programme.
struct WellbeingPair {
  var participant: Int32
  var programme: Int32
  /// The before response's date.
  var preDay: Day
  /// The after response's date.
  var postDay: Day
  /// after − before.
  var change: Double
}

/// Builds the pairs of INDICATORS.md: for each (participant, programme) with a scored `post`
/// response dated in P, the latest such post in P and the latest scored `pre` for the same
/// participant and programme dated on or before it (in any period).
struct WellbeingPairing {
  /// Scored `pre` responses per (participant, programme), in file order.
  private let pres: [PairKey: [(day: Day, score: Double)]]
  /// Scored `post` responses of identified participants, by date: a period's are one slice.
  private let posts: DayOrderedRows
  private let table: FeedbackTable
  private let scale: WellbeingScale
  /// Each (participant, programme) with a scored post: its place when pairs are ordered by
  /// participant id, then programme as written, so that the order does not depend on the
  /// order files were read in. Worked out once, so each period's pairs sort on integers.
  private let sortPosition: [PairKey: Int32]

  init(
    _ table: FeedbackTable, scale: WellbeingScale, participantIDs: StringPool, text: StringPool
  ) {
    var pres: [PairKey: [(day: Day, score: Double)]] = [:]
    var posts: [Int32] = []
    for row in 0..<table.count where table.participant[row] >= 0 {
      switch table.stage[row] {
      case .pre:
        guard let score = scale.score(table, row) else { continue }
        pres[PairKey(table, row), default: []].append((table.day[row], score))
      case .post:
        if scale.score(table, row) != nil { posts.append(Int32(row)) }
      case .single: continue
      }
    }
    self.pres = pres
    self.posts = DayOrderedRows(posts, dayOf: table.day)
    self.table = table
    self.scale = scale
    sortPosition = Self.sortPositions(
      Set(posts.map { PairKey(table, Int($0)) }), participantIDs: participantIDs, text: text)
  }

  /// The place of each key when keys are ordered by participant id, then programme (none
  /// first), both compared by Unicode code point.
  private static func sortPositions(
    _ keys: Set<PairKey>, participantIDs: StringPool, text: StringPool
  ) -> [PairKey: Int32] {
    let named = keys.map {
      (
        key: $0, id: participantIDs[$0.participant],
        programme: $0.programme >= 0 ? text[$0.programme] : ""
      )
    }
    let sorted = named.sorted { a, b in
      if a.id != b.id { return a.id.unicodeScalars.lexicographicallyPrecedes(b.id.unicodeScalars) }
      return a.programme.unicodeScalars.lexicographicallyPrecedes(b.programme.unicodeScalars)
    }
    var positions: [PairKey: Int32] = [:]
    positions.reserveCapacity(sorted.count)
    for (position, entry) in sorted.enumerated() { positions[entry.key] = Int32(position) }
    return positions
  }

  /// Marks, by participant index, everyone with a scored post: the only people a pair can
  /// be of.
  func markPosted(in marks: inout [Bool]) {
    for post in posts.rows { marks[Int(table.participant[Int(post)])] = true }
  }

  /// The pairs whose post lies in a period, ordered by participant id then programme, so that
  /// sums over them come out the same however the exports were split into files.
  func pairs(in period: Period) -> [WellbeingPair] {
    // The latest scored post in P per key: later date wins, then later in file order. The
    // posts come by date, then file order, so each one replaces any before it.
    var posts: [PairKey: (day: Day, score: Double)] = [:]
    for post in self.posts.rows(in: period) {
      let row = Int(post)
      guard let score = scale.score(table, row) else { continue }
      posts[PairKey(table, row)] = (table.day[row], score)
    }
    var result: [(position: Int32, pair: WellbeingPair)] = []
    for (key, post) in posts {
      // The latest pre on or before the post; ties on a date go to the later in file order.
      var pre: (day: Day, score: Double)?
      for candidate in pres[key] ?? [] where candidate.day <= post.day {
        if pre.map({ candidate.day >= $0.day }) ?? true { pre = candidate }
      }
      guard let pre else { continue }
      result.append(
        (
          sortPosition[key]!,
          WellbeingPair(
            participant: key.participant, programme: key.programme, preDay: pre.day,
            postDay: post.day,
            change: post.score - pre.score)
        ))
    }
    result.sort { $0.position < $1.position }
    return result.map(\.pair)
  }
}

/// A participant on a programme.
private struct PairKey: Hashable {
  var participant: Int32
  var programme: Int32

  init(_ table: FeedbackTable, _ row: Int) {
    participant = table.participant[row]
    programme = table.programme[row]
  }
}
