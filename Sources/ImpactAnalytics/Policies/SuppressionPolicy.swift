/// Hides figures about so few people that someone could be identified (INDICATORS.md,
/// "Small numbers: suppression").
///
/// Applied to the rows themselves, so every output inherits it.
public struct SuppressionPolicy: Sendable {
  /// Figures resting on more than zero and fewer than this many people are hidden; 0 turns
  /// suppression off.
  public var minCount: Int

  /// The people counts whose person-field breakdowns get secondary suppression.
  static let secondaryIndicators: Set<String> = [
    "unique_participants", "new_participants", "returning_participants", "participant_share",
  ]

  /// Creates a policy.
  public init(minCount: Int) {
    self.minCount = minCount
  }

  /// Suppresses rows in place: primary first, then secondary within each breakdown by a
  /// person field or priority group of a people count, then the representation indexes of
  /// shares hidden by the secondary rule.
  ///
  /// - Parameter personBreakdowns: the `group_by` names that are person fields or
  ///   `priority_group`.
  public func apply(to rows: inout [IndicatorRow], personBreakdowns: Set<String>) {
    guard minCount > 0 else { return }
    for index in rows.indices {
      if let n = rows[index].n, n > 0, n < minCount { hide(&rows[index], .primary) }
    }
    var breakdowns: [BreakdownKey: [Int]] = [:]
    for (index, row) in rows.enumerated()
    where Self.secondaryIndicators.contains(row.indicator)
      && personBreakdowns.contains(row.groupBy)
    {
      breakdowns[BreakdownKey(row), default: []].append(index)
    }
    var secondaryShares: Set<BreakdownKey> = []
    for (_, members) in breakdowns {
      let ordered = members.sorted {
        rows[$0].group.unicodeScalars.lexicographicallyPrecedes(rows[$1].group.unicodeScalars)
      }
      guard ordered.filter({ rows[$0].suppressed == .primary }).count == 1 else { continue }
      var chosen: Int?
      for index in ordered where rows[index].suppressed == .no {
        guard let n = rows[index].n, n > 0 else { continue }
        if chosen.map({ n < rows[$0].n! }) ?? true { chosen = index }
      }
      guard let chosen else { continue }
      hide(&rows[chosen], .secondary)
      if rows[chosen].indicator == "participant_share" {
        secondaryShares.insert(BreakdownKey(rows[chosen], withGroup: true))
      }
    }
    guard !secondaryShares.isEmpty else { return }
    for index in rows.indices where rows[index].indicator == "representation_index" {
      var key = BreakdownKey(rows[index], withGroup: true)
      key.indicator = "participant_share"
      if secondaryShares.contains(key) { hide(&rows[index], .secondary) }
    }
  }

  private func hide(_ row: inout IndicatorRow, _ reason: Suppression) {
    row.value = nil
    row.numerator = nil
    row.denominator = nil
    row.ciLow = nil
    row.ciHigh = nil
    row.pValue = nil
    row.effectSize = nil
    row.n = nil
    row.status = nil
    row.suppressed = reason
  }
}

/// A breakdown of one indicator in one period (and, optionally, one of its groups).
private struct BreakdownKey: Hashable {
  var period: String
  var indicator: String
  var groupBy: String
  var group: String

  init(_ row: IndicatorRow, withGroup: Bool = false) {
    period = row.period.label
    indicator = row.indicator
    groupBy = row.groupBy
    group = withGroup ? row.group : ""
  }
}
