import ImpactModel

/// A measure that pairs before and after answers: SWEMWBS, WEMWBS, ONS life satisfaction, or
/// the ONS three-item (UCLA) loneliness score.
enum WellbeingScale: CaseIterable {
  case swemwbs, wemwbs, lifeSatisfaction, ucla

  /// The measure whose presence in the data makes the scale's indicators exist.
  var measure: FeedbackMeasure {
    switch self {
    case .swemwbs: return .swemwbs
    case .wemwbs: return .wemwbs
    case .lifeSatisfaction: return .onsLifeSatisfaction
    case .ucla: return .ucla
    }
  }

  /// The score of a response: the SWEMWBS metric score, the WEMWBS or UCLA raw total, or the
  /// answer.
  func score(_ table: FeedbackTable, _ row: Int) -> Double? {
    switch self {
    case .swemwbs: return table.swemwbsRaw[row].flatMap { SWEMWBSConversion.metric(raw: Int($0)) }
    case .wemwbs: return table.wemwbsRaw[row].map { Double($0) }
    case .lifeSatisfaction: return table.onsLifeSatisfaction[row].map { Double($0) }
    case .ucla: return table.uclaRaw[row].map { Double($0) }
    }
  }
}
