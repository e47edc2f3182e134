import ImpactModel

/// Hides figures about so few people that someone could be identified (INDICATORS.md,
/// "Small numbers: suppression").
///
/// Applied to the rows themselves, so every output inherits it.
public struct SuppressionPolicy: Sendable {
  /// Figures resting on more than zero and fewer than this many people are hidden; 0 turns
  /// suppression off.
  public var minCount: Int

  /// The people counts whose person-field breakdowns get secondary suppression.
  static let secondaryIndicators: Set<IndicatorID> = [
    .uniqueParticipants, .newParticipants, .returningParticipants, .participantShare,
  ]

  /// Creates a policy.
  public init(minCount: Int) {
    self.minCount = minCount
  }

  /// Suppresses rows in place: primary first, then secondary within each breakdown by a
  /// person field or priority group of a people count, then every figure that rests on a
  /// hidden one.
  ///
  /// - Parameter personBreakdowns: the `group_by` names that are person fields or
  ///   `priority_group`.
  public func apply(to rows: inout [IndicatorRow], personBreakdowns: Set<GroupBy>) {
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
    for (_, members) in breakdowns {
      let ordered = members.sorted {
        rows[$0].group.label.unicodeScalars.lexicographicallyPrecedes(
          rows[$1].group.label.unicodeScalars)
      }
      guard ordered.filter({ rows[$0].suppressed == .primary }).count == 1 else { continue }
      var chosen: Int?
      for index in ordered where rows[index].suppressed == .no {
        guard let n = rows[index].n, n > 0 else { continue }
        if chosen.map({ n < rows[$0].n! }) ?? true { chosen = index }
      }
      if let chosen { hide(&rows[chosen], .secondary) }
    }
    hideDependents(&rows)
  }

  /// Hides each figure that rests on a hidden one, with the same label: a representation
  /// index with its share, `funding_per_*` with the people it divides by, and the WELLBY values
  /// with the life-satisfaction change they multiply.
  private func hideDependents(_ rows: inout [IndicatorRow]) {
    var hidden: [BreakdownKey: Suppression] = [:]
    for row in rows where row.suppressed != .no {
      hidden[BreakdownKey(row, withGroup: true)] = row.suppressed
    }
    guard !hidden.isEmpty else { return }
    for index in rows.indices where rows[index].suppressed == .no {
      guard let base = Self.base(of: rows[index]), let reason = hidden[base] else { continue }
      hide(&rows[index], reason)
    }
  }

  /// The figure a row rests on, if it rests on another.
  static func base(of row: IndicatorRow) -> BreakdownKey? {
    func key(_ indicator: IndicatorID, _ groupBy: GroupBy, _ group: Group) -> BreakdownKey {
      BreakdownKey(period: row.period.label, indicator: indicator, groupBy: groupBy, group: group)
    }
    switch row.indicator {
    case .representationIndex where row.groupBy == .priorityGroup:
      return key(.priorityShare(row.group.label), .all, .all)
    case .representationIndex: return key(.participantShare, row.groupBy, row.group)
    case .fundingPerParticipant, .fundingPerAttendance, .fundingPerHour:
      return key(.uniqueParticipants, row.groupBy, row.group)
    case .wellbyValue, .wellbyValueLow, .wellbyValueHigh:
      return key(.change(.onsLifeSatisfaction), .all, .all)
    default: return nil
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
struct BreakdownKey: Hashable {
  var period: String
  var indicator: IndicatorID
  var groupBy: GroupBy
  var group: Group

  init(period: String, indicator: IndicatorID, groupBy: GroupBy, group: Group) {
    self.period = period
    self.indicator = indicator
    self.groupBy = groupBy
    self.group = group
  }

  init(_ row: IndicatorRow, withGroup: Bool = false) {
    period = row.period.label
    indicator = row.indicator
    groupBy = row.groupBy
    group = withGroup ? row.group : Group("")
  }
}
