import ImpactModel

/// Rounds counts to a multiple for partners whose rules ask for it (INDICATORS.md, "Small
/// numbers: suppression", `suppression.round_to`), after suppression and target status are
/// decided on the unrounded figures.
///
/// Rounded, to the nearest multiple of r with halves up (`⌊x/r + ½⌋·r`): the value of each
/// `people` and `count` figure (data-quality counts aside), the numerator and denominator of
/// every `share` and `ratio`, the denominator of every mean, change and gap, and every `n`.
/// Shares, means, changes, gaps, intervals, `nps` and money keep their unrounded values.
public struct RoundingPolicy: Sendable {
  /// The multiple; 1 (or less) leaves every figure as it is.
  public var roundTo: Int

  /// The data-quality counts, which are never rounded.
  static let dataQuality: Set<IndicatorID> = [
    .rowsRead, .rowsRejected, .duplicatesCollapsed, .warnings,
  ]

  /// Creates a policy.
  public init(roundTo: Int) {
    self.roundTo = roundTo
  }

  /// Rounds rows in place.
  public func apply(to rows: inout [IndicatorRow]) {
    guard roundTo > 1 else { return }
    for index in rows.indices where !Self.dataQuality.contains(rows[index].indicator) {
      round(&rows[index])
    }
  }

  /// `⌊x/r + ½⌋·r`.
  public func rounded(_ x: Double) -> Double {
    let r = Double(roundTo)
    return (x / r + 0.5).rounded(.down) * r
  }

  private func round(_ row: inout IndicatorRow) {
    switch row.unit {
    case .people, .count:
      row.value = row.value.map(rounded)
    case .share, .ratio:
      row.numerator = row.numerator.map(rounded)
      row.denominator = row.denominator.map(rounded)
    case .mean:
      row.denominator = row.denominator.map(rounded)
    case .score where row.indicator != .nps:
      row.denominator = row.denominator.map(rounded)
    default: break
    }
    row.n = row.n.map { Int(rounded(Double($0))) }
  }
}
