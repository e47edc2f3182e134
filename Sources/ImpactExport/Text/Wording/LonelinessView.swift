import ImpactAnalytics

/// Loneliness (`lonely_often_share`, `ucla_mean` and `ucla_change`), for the
/// `_evidence-loneliness` partial: the share answering "often or always" before and after,
/// and the change on the three-item measure as an honest change account.
struct LonelinessView: Sendable {
  /// Any loneliness figure to speak of.
  let any: Bool
  /// The before and after shares, each when shown; `all` when neither stage is.
  let before: String?
  let after: String?
  let all: String?
  /// The three-item measure's change, when there are pairs.
  let change: ChangeEvidenceView?

  init(
    before beforeRow: IndicatorRow?, after afterRow: IndicatorRow?, all allRow: IndicatorRow?,
    change changeRow: IndicatorRow?, format: FigureFormat, labels: ReportLabels
  ) {
    before = FigureFormat.isShown(beforeRow) ? format.text(beforeRow) : nil
    after = FigureFormat.isShown(afterRow) ? format.text(afterRow) : nil
    all = before == nil && after == nil && FigureFormat.isShown(allRow) ? format.text(allRow) : nil
    change =
      changeRow.map { $0.n ?? 0 > 0 || $0.suppressed != .no } ?? false
      ? ChangeEvidenceView(changeRow, format: format, labels: labels) : nil
    any = before != nil || after != nil || all != nil || change != nil
  }
}
