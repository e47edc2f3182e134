/// A target for an indicator: one value for every period, or one per period type.
public struct Target: Hashable, Sendable {
  /// Which way is better.
  public enum Direction: String, Sendable {
    /// The target is met when the value is at least the target.
    case higher
    /// The target is met when the value is at most the target.
    case lower
  }

  /// A target for every period (a plain number or `value:`).
  public var value: Double?
  /// A target for quarters.
  public var quarter: Double?
  /// A target for whole financial years.
  public var year: Double?
  /// A target for year-to-date periods.
  public var yearToDate: Double?
  /// Which way is better.
  public var direction = Direction.higher

  /// Creates a target.
  public init(
    value: Double? = nil, quarter: Double? = nil, year: Double? = nil, yearToDate: Double? = nil,
    direction: Direction = .higher
  ) {
    self.value = value
    self.quarter = quarter
    self.year = year
    self.yearToDate = yearToDate
    self.direction = direction
  }
}
