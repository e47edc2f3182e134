import ImpactModel

/// Which of two (or more) columns that could be an attendance file's status is read
/// (DATA.md "Attendance status"): a column named in impact.yml wins; otherwise the one whose
/// values are all status words. Found by reading the file's status candidates once before
/// its rows are read; only files with two candidates pay for it.
struct StatusColumnChoice {
  /// The position of the column read.
  let chosen: Int
  /// The header of the column left out (the first, if several).
  let unused: String
  /// The warning that says so.
  let reason: String

  /// The choice for a file, or `nil` when there is nothing to choose (one candidate, or one
  /// named in impact.yml).
  init?(_ records: RecordSource, _ found: HeaderLocator.Found) throws {
    let layout = found.layout
    guard found.kind == .attendance, let held = layout.position[.status],
      let others = layout.alternatives[.status], !others.isEmpty
    else { return nil }
    let candidates = [held] + others
    var allWords = Array(repeating: true, count: candidates.count)
    let named = layout.sources[.status] == .config
    var skip = found.firstDataRecord
    if !named {
      try records.forEachToEnd(nil) { record in
        if skip > 0 {
          skip -= 1
          return
        }
        guard record.problem == nil else { return }
        for (index, position) in candidates.enumerated()
        where allWords[index] && position < record.count {
          allWords[index] = record.withFieldBytes(position) { raw in
            let bytes = CellText.trimmed(raw)
            if bytes.isEmpty { return true }
            if case .code = CodeMatcher.attendanceStatuses.match(bytes) { return true }
            return false
          }
        }
      }
    }
    let fitting = candidates.indices.filter { allWords[$0] }
    let chosen = !named && fitting.count == 1 ? candidates[fitting[0]] : held
    let left = candidates.filter { $0 != chosen }.map { layout.headerText[$0] }
    self.chosen = chosen
    unused = left[0]
    let why =
      named
      ? "named in impact.yml"
      : fitting.count == 1
        ? "its values are all attendance status words"
        : "it comes first; name the status column in impact.yml to choose"
    reason =
      "\(candidates.count) columns could be the attendance status: `\(layout.headerText[chosen])` "
      + "is read (\(why)), and " + left.map { "`\($0)`" }.joined(separator: ", ")
      + " is not used"
  }
}
