/// How serious a data problem is.
public enum Severity: String, CaseIterable, Hashable, Sendable {
  /// The row was left out of the analysis.
  case rejected
  /// The row repeated another and was collapsed into it.
  case duplicate
  /// The row was kept, with the value named made unknown or read in a stated way.
  case warning
}
