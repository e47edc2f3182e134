import ImpactAnalytics

/// What a completion gap (`swemwbs_completion_gap`: the mean starting score of those who left
/// minus that of those who completed) says, for both the text reports and the workbook: those
/// who left started clearly higher, clearly lower, not clearly different, or there are too few
/// to compare. "Clearly" means the two-sided Welch test's p-value is below 0.05. It reads the
/// row; it computes nothing.
enum CompletionVerdict: Sendable, Equatable {
  /// Those who left started higher (p < 0.05): the change among completers may overstate
  /// the programme's effect.
  case leaversHigher
  /// Those who left started lower (p < 0.05).
  case leaversLower
  /// No clear difference.
  case similar
  /// No gap to show: no row, a suppressed one, an empty group, or no test (a group of one).
  case tooFew

  /// The verdict in a sentence (`word.completers_…`).
  func sentence(_ labels: ReportLabels) -> String {
    switch self {
    case .leaversHigher: return labels["word.completers_higher"]
    case .leaversLower: return labels["word.completers_lower"]
    case .similar: return labels["word.completers_similar"]
    case .tooFew: return labels["word.completers_too_few"]
    }
  }

  init(_ gap: IndicatorRow?) {
    guard FigureFormat.isShown(gap), let value = gap?.value, let p = gap?.pValue else {
      self = .tooFew
      return
    }
    if p < 0.05 {
      self = value > 0 ? .leaversHigher : .leaversLower
    } else {
      self = .similar
    }
  }
}
