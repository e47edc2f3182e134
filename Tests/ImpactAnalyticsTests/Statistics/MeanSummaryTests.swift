import Testing

@testable import ImpactAnalytics

// 2, 4, 4, 4, 5, 5, 7, 9: sum 40, mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32,
// sample variance 32/7, SE = √(32/7/8) = √(4/7). With t(0.975, 7) = 2.3646242515927853
// (mpmath), the interval is 5 ∓ 2.3646242515927853·0.7559289460184544 =
// 3.212512081763789 … 6.787487918236211 (mpmath at 30 digits).
@Test func meanSummaryOfASmallSample() {
  let summary = MeanSummary(values: [2, 4, 4, 4, 5, 5, 7, 9])
  #expect(summary.count == 8)
  #expect(summary.sum == 40)
  #expect(summary.mean == 5)
  #expect(isClose(summary.variance, 32.0 / 7))
  #expect(isClose(summary.standardDeviation, (32.0 / 7).squareRoot()))
  #expect(isClose(summary.standardError, (4.0 / 7).squareRoot()))
  let interval = summary.confidenceInterval95
  #expect(isClose(interval?.lower, 3.212512081763789105))
  #expect(isClose(interval?.upper, 6.787487918236210895))
}

@Test func meanSummaryAddedOneByOneEqualsTheWhole() {
  var summary = MeanSummary()
  for value in [2.0, 4, 4, 4, 5, 5, 7, 9] { summary.add(value) }
  #expect(summary.count == 8)
  #expect(summary.mean == 5)
  #expect(isClose(summary.variance, 32.0 / 7))
}

// Values around 1e9 with deviations −6, −3, 3, 6: mean 1e9 + 10, Σd² = 90, variance 30.
// The textbook formula Σx² − (Σx)²/n loses everything here (x² ≈ 1e18 leaves no room for
// the deviations); Welford's update keeps it exact.
@Test func meanSummaryIsStableFarFromZero() {
  let summary = MeanSummary(values: [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])
  #expect(summary.mean == 1e9 + 10)
  #expect(summary.variance == 30)
}

@Test func meanSummaryOfNoValues() {
  let summary = MeanSummary(values: [])
  #expect(summary.count == 0)
  #expect(summary.sum == 0)
  #expect(summary.mean == nil)
  #expect(summary.standardDeviation == nil)
  #expect(summary.confidenceInterval95 == nil)
}

@Test func meanSummaryOfOneValueHasNoInterval() {
  let summary = MeanSummary(values: [42])
  #expect(summary.mean == 42)
  #expect(summary.sum == 42)
  #expect(summary.variance == nil)
  #expect(summary.standardDeviation == nil)
  #expect(summary.confidenceInterval95 == nil)
}

@Test func meanSummaryOfEqualValuesHasAPointInterval() {
  let summary = MeanSummary(values: [0.1, 0.1, 0.1])
  #expect(summary.standardDeviation == 0)
  #expect(summary.confidenceInterval95 == ConfidenceInterval(lower: 0.1, upper: 0.1))
}

// Other levels: with two values 0 and 2 (mean 1, SD √2, SE 1), the interval is
// 1 ∓ t(p, 1) = 1 ∓ tan(π(p − ½)); at 90%, tan(0.45π) = 6.313751514675043.
@Test func meanSummaryAtOtherLevels() {
  let interval = MeanSummary(values: [0, 2]).confidenceInterval(level: 0.9)
  #expect(isClose(interval?.lower, 1 - 6.313751514675043))
  #expect(isClose(interval?.upper, 1 + 6.313751514675043))
}
