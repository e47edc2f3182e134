import ImpactModel

extension DatasetBuilder {
  /// Reads one record of the current file.
  mutating func add(_ record: borrowing CSVRecord, _ file: inout FileColumns) {
    if let problem = record.problem {
      log.countRow()
      return reject(record.line, .wholeRow, record.rawText, problem.description)
    }
    // A row of empty cells (spreadsheets leave them below the data) holds no record.
    guard !record.isBlank else { return }
    // A report's footer (totals, copyright and confidentiality lines) is not data.
    if file.footer.take(record) { return }
    log.countRow()
    switch file.kind {
    case .attendance: addAttendance(record, &file.attendance, &file.profile)
    case .participants: addParticipant(record, &file.profile)
    case .feedback: addFeedback(record, &file.feedback)
    case .funding: addFunding(record, &file.funding)
    }
  }

  /// Closes the current file once its last record is read: the accounts kept over the whole
  /// file (an attendance file's status cells).
  mutating func finish(_ file: inout FileColumns) {
    if file.kind == .attendance { finishAttendance(&file.attendance) }
    if let note = file.footer.note(for: log.file) { dataset.notes.append(note) }
    log.finishFile()
  }

  /// Notes which measures a feedback file carries.
  mutating func noteMeasures(_ file: FileColumns) {
    guard file.kind == .feedback else { return }
    dataset.feedback.measuresPresent.formUnion(file.feedback.measures)
  }

  /// Forgets the file being read (skipped under `--keep-going`): its report is not kept.
  ///
  /// Rows already added stay: a file-level problem is found before any row is read.
  mutating func dropFile() {
    log.dropFile()
  }
}
