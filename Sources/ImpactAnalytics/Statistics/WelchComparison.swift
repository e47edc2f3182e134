/// The difference between the means of two independent samples, `mean(first) − mean(second)`,
/// with Welch's unequal-variance t-test and its 95% interval.
///
/// With `vᵢ = sᵢ²/nᵢ` (sample variances, divisor `nᵢ − 1`), the standard error is
/// `√(v₁ + v₂)`, `t = difference ÷ SE`, and the degrees of freedom are Welch–Satterthwaite's
/// `ν = (v₁ + v₂)² ÷ (v₁²/(n₁ − 1) + v₂²/(n₂ − 1))`, usually not a whole number. The interval
/// is `difference ± t(0.975, ν)·SE`, the p-value `2·(1 − F(|t|; ν))`.
///
/// Undefined figures are nil: the difference when either sample is empty; the standard error,
/// degrees of freedom, t, p-value and interval when either sample has fewer than two values
/// or both standard deviations are 0.
struct WelchComparison: Sendable {
  /// The first sample's summary.
  let first: MeanSummary
  /// The second sample's summary.
  let second: MeanSummary
  /// `mean(first) − mean(second)`; nil when either is empty.
  let difference: Double?
  /// `√(s₁²/n₁ + s₂²/n₂)`; nil when either sample has fewer than two values or both SDs are 0.
  let standardError: Double?
  /// The Welch–Satterthwaite degrees of freedom; nil when `standardError` is.
  let degreesOfFreedom: Double?
  /// `difference ÷ standardError`; nil when `standardError` is.
  let tStatistic: Double?
  /// The two-sided p-value of Welch's t-test; nil when `tStatistic` is.
  let pValue: Double?
  /// The 95% Welch interval for the difference; nil when `standardError` is.
  let confidenceInterval95: ConfidenceInterval?

  /// Compares `first` with `second`.
  init(_ first: some Sequence<Double>, _ second: some Sequence<Double>) {
    self.init(first: MeanSummary(values: first), second: MeanSummary(values: second))
  }

  /// Compares two summaries.
  init(first: MeanSummary, second: MeanSummary) {
    self.first = first
    self.second = second
    if let a = first.mean, let b = second.mean {
      difference = a - b
    } else {
      difference = nil
    }
    guard let difference, let variance1 = first.variance, let variance2 = second.variance,
      variance1 > 0 || variance2 > 0
    else {
      standardError = nil
      degreesOfFreedom = nil
      tStatistic = nil
      pValue = nil
      confidenceInterval95 = nil
      return
    }
    let v1 = variance1 / Double(first.count)
    let v2 = variance2 / Double(second.count)
    let error = (v1 + v2).squareRoot()
    let nu =
      (v1 + v2) * (v1 + v2)
      / (v1 * v1 / Double(first.count - 1) + v2 * v2 / Double(second.count - 1))
    let distribution = StudentTDistribution(degreesOfFreedom: nu)
    let t = difference / error
    let half = distribution.quantile(0.975) * error
    standardError = error
    degreesOfFreedom = nu
    tStatistic = t
    pValue = distribution.twoSidedTail(t)
    confidenceInterval95 = ConfidenceInterval(lower: difference - half, upper: difference + half)
  }
}
