import ImpactModel

extension DatasetBuilder {
  /// Reads one participants record.
  mutating func addParticipant(_ row: borrowing CSVRecord, _ c: inout ProfileColumns) {
    guard let id = row.text(c.participant) else {
      return reject(row.line, .participantID, "", "the participant id is missing")
    }
    let participant = dataset.participants.index(for: id)
    if duplicates.isRepeatedProfile(participant) {
      note(
        .duplicate, line: row.line, column: .participantID, value: id,
        "a further profile row for the same person; merged into one")
    }
    addProfileValues(row, &c, participant: participant, ageDay: nil)
  }
}
