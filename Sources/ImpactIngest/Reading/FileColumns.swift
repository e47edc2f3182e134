import ImpactModel

/// A file's kind and its columns, resolved once so that rows are read by position.
struct FileColumns {
  let kind: FileKind
  let layout: ColumnLayout
  var attendance: AttendanceColumns
  var profile: ProfileColumns
  var feedback: FeedbackColumns
  var funding: FundingColumns
  /// The report footer after the data, if any.
  var footer = ReportFooter()

  /// - Parameter dates: how the file's date cells are read.
  init(
    _ found: HeaderLocator.Found, extraFields: Set<String>, dates: DateParser,
    participants: inout ParticipantTable
  ) {
    kind = found.kind
    layout = found.layout
    attendance = AttendanceColumns(found.layout, dates: dates)
    profile = ProfileColumns(
      found.layout, kind: found.kind, extraFields: extraFields, dates: dates,
      participants: &participants)
    feedback = FeedbackColumns(found.layout, dates: dates)
    funding = FundingColumns(found.layout, dates: dates)
  }
}
