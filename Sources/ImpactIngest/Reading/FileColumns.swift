import ImpactModel

/// A file's kind and its columns, resolved once so that rows are read by position.
struct FileColumns {
  let kind: FileKind
  let layout: ColumnLayout
  let attendance: AttendanceColumns
  let profile: ProfileColumns
  let feedback: FeedbackColumns
  let funding: FundingColumns

  init(
    _ found: HeaderLocator.Found, extraFields: Set<String>, participants: inout ParticipantTable
  ) {
    kind = found.kind
    layout = found.layout
    attendance = AttendanceColumns(found.layout)
    profile = ProfileColumns(
      found.layout, kind: found.kind, extraFields: extraFields, participants: &participants)
    feedback = FeedbackColumns(found.layout)
    funding = FundingColumns(found.layout)
  }
}
