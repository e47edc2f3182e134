/// Which session each attendance row belongs to: one id per distinct `session_id` (across
/// files), else one per composite key of DATA.md (date, programme, activity, venue, start
/// time). Rows with and without a `session_id` are never the same session.
///
/// Sessions are numbered 0, 1, 2 … in the order first seen.
struct SessionIndex {
  /// Sessions by the trimmed bytes of their `session_id`.
  private var byID = ByteKeyedCache<Int32>()
  private var byKey: [SessionKey: Int32] = [:]
  /// The composite key asked about last, and its session: a register's rows come session by
  /// session.
  private var last: (key: SessionKey, session: Int32)?

  /// The number of sessions.
  var count: Int { byID.count + byKey.count }

  /// The session a row's `session_id` cell names, numbering it when new; `nil` when the
  /// column is absent or the cell blank.
  mutating func session(named record: borrowing CSVRecord, _ column: Int?) -> Int32? {
    guard let column, column < record.count else { return nil }
    return record.withFieldBytes(column) { raw in
      let id = CellText.trimmed(raw)
      guard !id.isEmpty else { return nil }
      if let known = byID.recall(id) { return known }
      let next = Int32(count)
      byID.insert(next, for: id)
      return next
    }
  }

  /// The session of a composite key, numbering it when new.
  mutating func session(for key: SessionKey) -> Int32 {
    if let last, last.key == key { return last.session }
    let session = byKey[key] ?? Int32(count)
    if session == count { byKey[key] = session }
    last = (key, session)
    return session
  }
}

/// The composite identity of a session without a `session_id`: date, programme, activity,
/// venue and start time, the texts case-folded with spaces collapsed.
struct SessionKey: Hashable {
  var day: Int32
  var programme: Int32
  var activity: Int32
  var venue: Int32
  var startTime: Int32
}
