import ImpactModel

/// The status cells of one attendance file that gave no status: blank cells, the `?` mark
/// (Excel's stand-in for a lost ✓) and every other word, each with its count and first line,
/// so that each is reported once per file (DATA.md "Attendance status").
struct StatusTally {
  /// One kind of cell: how many, and where the first was.
  struct Count {
    var rows = 0
    var firstLine = 0
    /// The cell as written.
    var value = ""

    mutating func add(line: Int) {
      if rows == 0 { firstLine = line }
      rows += 1
    }
  }

  /// Blank status cells.
  var blank = Count()
  /// `?` cells, and the attendance rows they gave (read as ✓ if `?` is the only mark).
  var question = Count()
  var questionRows: [Int32] = []
  /// Whether any cell held a mark other than `?`.
  var otherMarks = false
  /// Each other word (as its reason, which quotes it), in the order first seen.
  var words: [String: Count] = [:]
  var wordOrder: [String] = []

  mutating func addWord(_ reason: String, _ bytes: UnsafeBufferPointer<UInt8>, line: Int) {
    if words[reason] == nil {
      wordOrder.append(reason)
      words[reason] = Count(value: String(decoding: bytes, as: UTF8.self))
    }
    words[reason]!.add(line: line)
  }
}

extension AttendanceColumns {
  /// The status of a row: the word in its status cell, or ``statusWhenAbsent`` without a
  /// status column. A blank cell, `?`, a non-answer or any other word reads as `unknown`
  /// (never an attendance) and is tallied for the file's warnings.
  mutating func readStatus(_ row: borrowing CSVRecord) -> AttendanceStatus {
    readStatus(row, at: status.position)
  }

  /// The status in the cell at `position` (a register grid's date column), read as
  /// ``readStatus(_:)`` reads the status column's.
  mutating func readStatus(_ row: borrowing CSVRecord, at position: Int?) -> AttendanceStatus {
    guard let position else { return statusWhenAbsent }
    let line = row.line
    lastWasQuestion = false
    guard position < row.count else {
      statusTally.blank.add(line: line)
      return .unknown
    }
    return row.withFieldBytes(position) { raw -> AttendanceStatus in
      let bytes = CellText.trimmed(raw)
      if bytes.isEmpty {
        statusTally.blank.add(line: line)
        return .unknown
      }
      if bytes.count == 1, bytes[0] == UInt8(ascii: "?") {
        statusTally.question.add(line: line)
        lastWasQuestion = true
        return .unknown
      }
      statusTally.otherMarks = true
      switch status.parsed(bytes) {
      case .value(let code): return code
      case .invalid(let reason): statusTally.addWord(reason, bytes, line: line)
      case .unknown:
        statusTally.addWord(
          CellText.quoted(bytes) + " is not an attendance status", bytes, line: line)
      }
      return .unknown
    }
  }
}

extension DatasetBuilder {
  /// Closes an attendance file's status account: one warning for its blank status cells,
  /// one for each other word, and the `?` mark read as ✓ when it is the column's only mark.
  mutating func finishAttendance(_ c: inout AttendanceColumns) {
    let tally = c.statusTally
    if tally.question.rows > 0 {
      if tally.otherMarks {
        let reason = "`?` is not an attendance status (it is not the column's only mark)"
        c.statusTally.wordOrder.append(reason)
        c.statusTally.words[reason] = tally.question
        c.statusTally.words[reason]!.value = "?"
      } else {
        for row in tally.questionRows { dataset.attendance.status[Int(row)] = .attended }
        note(
          .warning, line: tally.question.firstLine, column: .status, value: "?",
          "`?` is the only mark in the status column, so it is read as ✓ (Excel writes ✓ as ? "
            + "when it saves a plain CSV): \(Self.rows(tally.question.rows)) read as attended")
      }
    }
    if tally.blank.rows > 0 {
      note(
        .warning, line: tally.blank.firstLine, column: .status, value: "",
        "\(Self.rows(tally.blank.rows)) with a blank status, not counted as attendances "
          + "(the first at line \(tally.blank.firstLine))")
    }
    for reason in c.statusTally.wordOrder {
      let count = c.statusTally.words[reason]!
      note(
        .warning, line: count.firstLine, column: .status, value: count.value,
        reason + ": \(Self.rows(count.rows)) not counted as attendances (the first at line "
          + "\(count.firstLine))")
    }
  }

  private static func rows(_ count: Int) -> String {
    count == 1 ? "1 row" : "\(count) rows"
  }
}
