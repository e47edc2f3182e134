import ImpactModel

/// Who completes: for each (participant, programme), the latest scored `post` response of a
/// scale anywhere in the data, so that a scored `pre` is a completer's when a post lies after
/// it (a later date, or the same date later in file order).
struct CompletionIndex: Sendable {
  /// The latest scored post per (participant, programme): its day ordinal and row.
  private let latestPost: [CompletionKey: (day: Int32, row: Int)]

  init(_ table: FeedbackTable, scale: WellbeingScale) {
    var latest: [CompletionKey: (day: Int32, row: Int)] = [:]
    for row in 0..<table.count
    where table.participant[row] >= 0 && table.stage[row] == .post
      && scale.score(table, row) != nil
    {
      let key = CompletionKey(participant: table.participant[row], programme: table.programme[row])
      let day = table.day[row].ordinal
      if let known = latest[key], known.day > day { continue }
      latest[key] = (day, row)
    }
    latestPost = latest
  }

  /// Whether the `pre` response at `row` has a later scored post of the same person and
  /// programme.
  func isCompleted(_ table: FeedbackTable, row: Int) -> Bool {
    let key = CompletionKey(participant: table.participant[row], programme: table.programme[row])
    guard let post = latestPost[key] else { return false }
    let day = table.day[row].ordinal
    return post.day > day || (post.day == day && post.row > row)
  }
}

/// A participant on a programme.
private struct CompletionKey: Hashable {
  var participant: Int32
  var programme: Int32
}
