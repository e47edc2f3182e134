import ImpactModel

/// An indicator's `all` figure in the reporting period beside its comparison periods.
public struct Headline: Sendable {
  /// The indicator id.
  public let indicator: IndicatorID
  /// The reporting period's row.
  public let current: IndicatorRow?
  /// The quarter before's row.
  public let previousQuarter: IndicatorRow?
  /// The same period a year earlier.
  public let samePeriodLastYear: IndicatorRow?
  /// The year to date.
  public let yearToDate: IndicatorRow?

  /// The change from an earlier row to the current one, when both values are shown.
  public func change(from earlier: IndicatorRow?) -> Change? {
    guard let now = current?.value, let before = earlier?.value else { return nil }
    return Change(from: before, to: now)
  }

  /// The change since the quarter before.
  public var changeFromPreviousQuarter: Change? { change(from: previousQuarter) }
  /// The change since the same period a year earlier.
  public var changeFromLastYear: Change? { change(from: samePeriodLastYear) }
}

/// A change between two values.
public struct Change: Sendable, Equatable {
  /// The earlier value.
  public let from: Double
  /// The later value.
  public let to: Double

  /// Creates a change.
  public init(from: Double, to: Double) {
    self.from = from
    self.to = to
  }

  /// `to − from`.
  public var difference: Double { to - from }

  /// The relative change `(to − from) ÷ from`; `nil` when `from` is 0.
  public var relative: Double? { from == 0 ? nil : (to - from) / from }
}
