/// The count, sum, mean and spread of a stream of values, with the 95% t confidence interval
/// for the mean.
///
/// Values are added one at a time (no array is kept). The sum is compensated
/// (`CompensatedSum`), and the mean reported is that sum ÷ count, rounded once. The spread
/// uses Welford's one-pass update `M₂ += (x − mean before)·(x − mean after)`, which avoids the
/// cancellation of `Σx² − (Σx)²/n` and is exactly zero when all values are equal.
struct MeanSummary: Sendable {
  /// How many values were added.
  private(set) var count = 0
  private var total = CompensatedSum()
  private var runningMean = 0.0
  /// Σ (x − mean)², by Welford's update.
  private var squaredDeviations = 0.0

  /// A summary of no values.
  init() {}

  /// The summary of `values`.
  init(values: some Sequence<Double>) {
    for value in values { add(value) }
  }

  /// Adds one value.
  mutating func add(_ value: Double) {
    count += 1
    total.add(value)
    let deviation = value - runningMean
    runningMean += deviation / Double(count)
    squaredDeviations += deviation * (value - runningMean)
  }

  /// The sum of the values (0 when there are none).
  var sum: Double { total.value }

  /// The mean; nil when there are no values.
  var mean: Double? {
    count > 0 ? total.divided(by: Double(count)) : nil
  }

  /// The sample variance, with divisor `n − 1`; nil for fewer than two values.
  var variance: Double? {
    count > 1 ? squaredDeviations / Double(count - 1) : nil
  }

  /// The sample standard deviation (divisor `n − 1`); nil for fewer than two values.
  var standardDeviation: Double? {
    variance?.squareRoot()
  }

  /// The standard error of the mean, `SD/√n`; nil for fewer than two values.
  var standardError: Double? {
    standardDeviation.map { $0 / Double(count).squareRoot() }
  }

  /// The t confidence interval for the mean at `level` (for example 0.95):
  /// `mean ± t((1 + level)/2, n − 1)·SD/√n`; nil for fewer than two values. When every value
  /// is equal (SD = 0) it is the single point `mean … mean`: the formula's value, and a true
  /// description of the sample, which shows no spread.
  func confidenceInterval(level: Double) -> ConfidenceInterval? {
    guard let mean, let standardError else { return nil }
    let t = StudentTDistribution(degreesOfFreedom: Double(count - 1)).quantile((1 + level) / 2)
    let half = t * standardError
    return ConfidenceInterval(lower: mean - half, upper: mean + half)
  }

  /// The 95% t confidence interval for the mean; nil for fewer than two values.
  var confidenceInterval95: ConfidenceInterval? {
    confidenceInterval(level: 0.95)
  }
}
