import ImpactModel

/// One figure: an indicator for one group in one period, with everything that qualifies it.
///
/// Every output prints these rows; none computes a figure of its own.
public struct IndicatorRow: Hashable, Sendable {
  /// The period the figure is for.
  public var period: Period
  /// The indicator id (`unique_participants`, `priority_share:disabled`).
  public var indicator: IndicatorID
  /// `all`, or the breakdown's name (`programme`, `gender`, `priority_group`, `kind` …).
  public var groupBy: GroupBy
  /// `All`, or the group's label.
  public var group: Group
  /// The figure; `nil` when undefined (a rate over zero) or suppressed.
  public var value: Double?
  /// For shares and ratios the numerator; for means and changes the sum.
  public var numerator: Double?
  /// For shares and ratios the denominator; for means and changes the count.
  public var denominator: Double?
  /// What the value measures.
  public var unit: IndicatorUnit
  /// The lower end of the 95% interval.
  public var ciLow: Double?
  /// The upper end of the 95% interval.
  public var ciHigh: Double?
  /// The two-sided p-value of a paired t-test.
  public var pValue: Double?
  /// Cohen's d_z.
  public var effectSize: Double?
  /// The number of people the figure rests on; `nil` where no identified person is involved.
  public var n: Int?
  /// The target that applies, if any.
  public var target: Double?
  /// The benchmark share, if any.
  public var benchmark: Double?
  /// Whether the target is met.
  public var status: TargetStatus?
  /// Whether, and why, the figure is hidden.
  public var suppressed = Suppression.no

  /// Creates a row with everything but the identity and value empty.
  public init(
    period: Period, indicator: IndicatorID, groupBy: GroupBy = .all, group: Group = .all,
    unit: IndicatorUnit, value: Double?, n: Int?
  ) {
    self.period = period
    self.indicator = indicator
    self.groupBy = groupBy
    self.group = group
    self.unit = unit
    self.value = value
    self.n = n
  }
}

/// Whether a target is met.
public enum TargetStatus: String, Sendable {
  case met
  case notMet = "not_met"
}

/// Whether a figure is suppressed, and why.
public enum Suppression: String, Sendable {
  /// Shown.
  case no
  /// Hidden because it rests on fewer people than the minimum.
  case primary
  /// Hidden so that a primary-suppressed figure cannot be worked out from the others.
  case secondary
}
