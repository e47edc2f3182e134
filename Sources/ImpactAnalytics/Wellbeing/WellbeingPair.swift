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
  /// Sort keys that do not depend on the order files were read in: the participant id and
  /// the programme as written.
  private let participantIDs: StringPool
  private let text: StringPool

  init(
    _ table: FeedbackTable, scale: WellbeingScale, participantIDs: StringPool, text: StringPool
  ) {
    self.participantIDs = participantIDs
    self.text = text
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
    var result: [WellbeingPair] = []
    for (key, post) in posts {
      // The latest pre on or before the post; ties on a date go to the later in file order.
      var pre: (day: Day, score: Double)?
      for candidate in pres[key] ?? [] where candidate.day <= post.day {
        if pre.map({ candidate.day >= $0.day }) ?? true { pre = candidate }
      }
      guard let pre else { continue }
      result.append(
        WellbeingPair(
          participant: key.participant, programme: key.programme, preDay: pre.day,
          postDay: post.day,
          change: post.score - pre.score))
    }
    func key(_ pair: WellbeingPair) -> (String, String) {
      (participantIDs[pair.participant], pair.programme >= 0 ? text[pair.programme] : "")
    }
    return result.sorted { a, b in
      let (ka, kb) = (key(a), key(b))
      if ka.0 != kb.0 { return ka.0.unicodeScalars.lexicographicallyPrecedes(kb.0.unicodeScalars) }
      return ka.1.unicodeScalars.lexicographicallyPrecedes(kb.1.unicodeScalars)
    }
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
