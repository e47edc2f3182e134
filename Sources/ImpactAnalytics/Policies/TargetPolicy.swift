import ImpactModel

/// Puts the configured targets on the `all` rows they apply to and says whether each is met
/// (INDICATORS.md, "Targets and status").
public struct TargetPolicy: Sendable {
  /// Targets per indicator id.
  public var targets: [IndicatorID: Target]

  /// Creates the policy from the config: its `targets`, plus each priority group's `target`
  /// on `priority_share:ID`.
  public init(configuration: ImpactConfiguration) {
    var targets = configuration.targets
    for rule in configuration.priorityGroups {
      guard let share = rule.target else { continue }
      targets[.priorityShare(rule.id), default: Target(value: share)].value = share
    }
    self.targets = targets
  }

  /// The target that fits a period: a plain value fits every period; `quarter:`, `year:` and
  /// `ytd:` fit their own kind, ahead of the plain value; a custom range gets only a plain
  /// target, and the `all` period none.
  public static func value(of target: Target, for period: Period) -> Double? {
    switch period.kind {
    case .quarter: return target.quarter ?? target.value
    case .year: return target.year ?? target.value
    case .yearToDate: return target.yearToDate ?? target.value
    case .custom: return target.value
    case .all: return nil
    }
  }

  /// Fills `target` and `status` on the `all` rows that have a target. Run after suppression:
  /// a suppressed or undefined figure keeps its target but gets no status.
  public func apply(to rows: inout [IndicatorRow]) {
    guard !targets.isEmpty else { return }
    for index in rows.indices where rows[index].groupBy == .all {
      guard let target = targets[rows[index].indicator],
        let goal = Self.value(of: target, for: rows[index].period)
      else { continue }
      rows[index].target = goal
      guard rows[index].suppressed == .no, let value = rows[index].value else { continue }
      let met = target.direction == .lower ? value <= goal : value >= goal
      rows[index].status = met ? .met : .notMet
    }
  }
}
