import ImpactModel

/// What DATA.md counts once, and what it has seen so far: the same person at the same
/// session, identical headcounts for one session, a repeated `response_id`, a funding line
/// repeated under one reference, a further profile row for a person.
///
/// Each check records what it is asked about, so the first occurrence is kept and each later
/// one is the duplicate.
struct DuplicateTracker {
  /// The attendance row of each (session, participant).
  private var attendanceRows = AttendanceRowIndex()
  private var headcounts: Set<HeadcountKey> = []
  /// Response ids by their trimmed bytes.
  private var responseIDs = ByteKeyedCache<Bool>()
  private var referencedFundingLines: Set<FundingLine> = []
  private var profileRows: Set<Int32> = []

  /// The earlier row of the same person at the same session in `table`, or `nil` (and the
  /// row about to be appended, `table.count`, is noted as theirs).
  mutating func earlierAttendance(session: Int32, participant: Int32, in table: AttendanceTable)
    -> Int32?
  {
    attendanceRows.earlierRow(session: session, participant: participant, in: table)
  }

  /// Whether the same headcount was seen for the session before.
  mutating func isRepeated(headcount: Int32, session: Int32) -> Bool {
    !headcounts.insert(HeadcountKey(session: session, headcount: headcount)).inserted
  }

  /// Whether a record's `response_id` cell was seen before; `false` when blank or absent.
  mutating func isRepeatedResponse(_ record: borrowing CSVRecord, _ column: Int?) -> Bool {
    guard let column, column < record.count else { return false }
    return record.withFieldBytes(column) { raw in
      let id = CellText.trimmed(raw)
      return !id.isEmpty && !responseIDs.insertIfAbsent(true, for: id)
    }
  }

  /// Whether a funding line with a reference and these exact values was seen before.
  mutating func isRepeated(_ line: FundingLine) -> Bool {
    !referencedFundingLines.insert(line).inserted
  }

  /// Whether a participants file had a profile row for the person before.
  mutating func isRepeatedProfile(_ participant: Int32) -> Bool {
    !profileRows.insert(participant).inserted
  }
}

/// Two headcount rows are identical when they are for one session with one count.
struct HeadcountKey: Hashable {
  var session: Int32
  var headcount: Int32
}
