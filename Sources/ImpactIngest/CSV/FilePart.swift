/// A stretch of a CSV file read on its own, so that parts of one file can be parsed at once on
/// several cores: from a line start to the first of its stops where the reading is between
/// records.
struct FilePart: Hashable, Sendable {
  /// Where the part starts: a line start, with its line number in the whole file.
  var start: LinePosition
  /// Byte offsets where the reading may end, ascending, each a line start after `start`; past
  /// the last, the file's end.
  var stops: [Int]
  /// Whether a record still open at a stop is read on to its end (the next stop where the
  /// reading is between records), as a reading of the whole file would; otherwise the reading
  /// ends at the first stop, leaving the open record to be read again from its start.
  var readsOnPastOpenRecords: Bool

  /// Where the reading of a part ended.
  enum Ending: Hashable, Sendable {
    /// At the file's end: every record was delivered.
    case endOfFile
    /// At a stop, between records: every record before it was delivered.
    case betweenRecords(at: LinePosition)
    /// At a stop inside a record that starts at `at`: the records before it were delivered,
    /// that one was not.
    case openRecord(at: LinePosition)
  }
}
