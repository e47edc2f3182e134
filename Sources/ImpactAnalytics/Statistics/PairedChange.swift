/// What a set of paired changes (post − pre, one per person) says: the mean change, its 95%
/// t interval, the two-sided paired t-test and Cohen's d_z.
///
/// Undefined figures are nil, never NaN:
/// - no changes: everything but `count` and `sum` (0) is nil;
/// - one change: the mean only (a single change has no spread, so no interval, test or
///   effect size);
/// - two or more equal changes (SD = 0): the interval is the single point `mean … mean` (what
///   the t interval's formula gives, and what the sample shows), but `tStatistic`, `pValue`
///   and `effectSize` are nil. With no spread `t = mean ÷ 0` is not a number of the test's
///   kind, whatever the mean: printing p = 0 would let two identical +3 changes read as a
///   "statistically significant" improvement, and p = 1 for identical zero changes would be
///   just as arbitrary. Likewise d_z = mean ÷ 0 has no meaning.
struct PairedChange: Sendable {
  /// The summary of the changes.
  let changes: MeanSummary
  /// The 95% t interval for the mean change; nil for fewer than two changes.
  let confidenceInterval95: ConfidenceInterval?
  /// `t = mean ÷ (SD/√n)`, with `n − 1` degrees of freedom; nil for fewer than two changes or
  /// when SD = 0.
  let tStatistic: Double?
  /// The two-sided p-value of the paired t-test, `2·(1 − F(|t|; n − 1))`; nil when
  /// `tStatistic` is.
  let pValue: Double?
  /// Cohen's d_z, `mean ÷ SD` (SD with divisor `n − 1`); nil when `tStatistic` is.
  let effectSize: Double?

  /// The figures for `changes`, each one person's post − pre.
  init(changes values: some Sequence<Double>) {
    let changes = MeanSummary(values: values)
    self.changes = changes
    confidenceInterval95 = changes.confidenceInterval95
    if let mean = changes.mean, let deviation = changes.standardDeviation,
      let error = changes.standardError, deviation > 0
    {
      let t = mean / error
      tStatistic = t
      pValue = StudentTDistribution(degreesOfFreedom: Double(changes.count - 1)).twoSidedTail(t)
      effectSize = mean / deviation
    } else {
      tStatistic = nil
      pValue = nil
      effectSize = nil
    }
  }

  /// How many changes (pairs).
  var count: Int { changes.count }

  /// The sum of the changes.
  var sum: Double { changes.sum }

  /// The mean change; nil when there are none.
  var mean: Double? { changes.mean }

  /// The sample standard deviation of the changes; nil for fewer than two.
  var standardDeviation: Double? { changes.standardDeviation }
}
