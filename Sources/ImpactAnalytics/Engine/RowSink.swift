import ImpactModel

/// Collects the rows of one period, with one method per shape of figure so that every
/// indicator fills `numerator`, `denominator`, the interval and `n` the same way.
struct RowSink {
  let period: Period
  var rows: [IndicatorRow] = []

  init(period: Period) {
    self.period = period
  }

  /// A count or an amount: no numerator or denominator.
  mutating func count(
    _ id: IndicatorID, _ groupBy: GroupBy, _ group: Group, _ value: Double, unit: IndicatorUnit,
    n: Int?
  ) {
    rows.append(
      IndicatorRow(
        period: period, indicator: id, groupBy: groupBy, group: group, unit: unit, value: value,
        n: n))
  }

  /// A share `numerator ÷ denominator`, undefined over zero, with a 95% Wilson interval
  /// unless `interval` is false.
  ///
  /// - Parameter n: the people it rests on; by default the rule for a share of people,
  ///   `min(numerator, denominator)` when the numerator is above zero, else the denominator.
  mutating func share(
    _ id: IndicatorID, _ groupBy: GroupBy, _ group: Group, _ numerator: Double,
    _ denominator: Double,
    n: Int?? = .none, interval: Bool = true, unit: IndicatorUnit = .share
  ) {
    var row = IndicatorRow(
      period: period, indicator: id, groupBy: groupBy, group: group, unit: unit,
      value: denominator > 0 ? numerator / denominator : nil,
      n: n ?? Self.peopleShareN(numerator, denominator))
    row.numerator = numerator
    row.denominator = denominator
    if interval, denominator > 0,
      let wilson = WilsonInterval(successes: numerator, trials: denominator)
    {
      row.ciLow = wilson.lower
      row.ciHigh = wilson.upper
    }
    rows.append(row)
  }

  /// A mean of scores, with its 95% t interval: numerator the sum, denominator the count.
  mutating func mean(
    _ id: IndicatorID, _ groupBy: GroupBy, _ group: Group, _ summary: MeanSummary,
    unit: IndicatorUnit = .score
  ) {
    var row = IndicatorRow(
      period: period, indicator: id, groupBy: groupBy, group: group, unit: unit,
      value: summary.mean, n: summary.count)
    row.numerator = summary.sum
    row.denominator = Double(summary.count)
    if let interval = summary.confidenceInterval95 {
      row.ciLow = interval.lower
      row.ciHigh = interval.upper
    }
    rows.append(row)
  }

  /// The `n` of a share of people.
  static func peopleShareN(_ numerator: Double, _ denominator: Double) -> Int {
    Int(numerator > 0 ? min(numerator, denominator) : denominator)
  }
}
