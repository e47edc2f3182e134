import ImpactAnalytics

/// Who completed the after survey (`swemwbs_completion_share`, `swemwbs_completion_gap`), for
/// the `_evidence-completion` partial: the share of before surveys followed by an after
/// survey, and whether those who left started differently (``CompletionVerdict``), stated
/// plainly when they started higher.
struct CompletionView: Sendable {
  /// The share is shown.
  let shareShown: Bool
  /// `64%`.
  let share: String
  /// The before surveys it rests on: `312 before surveys`.
  let surveys: String
  /// Those who left started higher, lower, not clearly differently; or too few to compare.
  let leaversHigher: Bool
  let leaversLower: Bool
  let similar: Bool
  let tooFew: Bool
  /// The verdict in a sentence.
  let verdict: String
  /// The gap's size, one decimal, no sign, and its signed interval.
  let size: String
  let low: String
  let high: String

  init(
    share row: IndicatorRow?, gap: IndicatorRow?, format: FigureFormat, labels: ReportLabels
  ) {
    shareShown = FigureFormat.isShown(row)
    share = format.text(row)
    surveys = Plural("before survey")(row?.denominator ?? 0)
    let verdict = CompletionVerdict(gap)
    leaversHigher = verdict == .leaversHigher
    leaversLower = verdict == .leaversLower
    similar = verdict == .similar
    tooFew = verdict == .tooFew && row != nil
    self.verdict = verdict.sentence(labels)
    size = UKNumber.decimal(abs(gap?.value ?? 0), places: 1)
    low = gap?.ciLow.map { UKNumber.decimal($0, places: 1) } ?? "–"
    high = gap?.ciHigh.map { UKNumber.decimal($0, places: 1) } ?? "–"
  }
}
