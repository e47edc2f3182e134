import Testing

@testable import ImpactAnalytics

// By hand: first 3, 5, 7, 9 (mean 6, squared deviations 9+1+1+9 = 20, s² = 20/3, v₁ = s²/4 =
// 5/3); second 2, 3, 4 (mean 3, s² = 1, v₂ = 1/3). Difference 3, SE = √(5/3 + 1/3) = √2,
// t = 3/√2. Welch–Satterthwaite: ν = 2² ÷ ((5/3)²/3 + (1/3)²/2) = 4 ÷ (25/27 + 1/18)
// = 4 ÷ (53/54) = 216/53 = 4.0754716981132075. scipy.stats.ttest_ind(equal_var=False):
// t = 2.121320343559643, p = 0.09991286431180087, interval −0.8979754510831279 …
// 6.897975451083128.
@Test func welchWorkedByHand() {
  let welch = WelchComparison([3, 5, 7, 9], [2, 3, 4])
  #expect(welch.difference == 3)
  #expect(isClose(welch.standardError, 2.0.squareRoot()))
  #expect(isClose(welch.degreesOfFreedom, 216.0 / 53.0))
  #expect(isClose(welch.tStatistic, 3 / 2.0.squareRoot()))
  #expect(isClose(welch.pValue, 0.09991286431180087, relative: 1e-10))
  #expect(isClose(welch.confidenceInterval95?.lower, -0.8979754510831279, relative: 1e-10))
  #expect(isClose(welch.confidenceInterval95?.upper, 6.897975451083128, relative: 1e-10))
}

// A closed form: first 1, 2, 3 (s² = 1, v₁ = 1/3), second 0, 0 (no spread, v₂ = 0), so
// ν = n₁ − 1 = 2 exactly, t = 2/√(1/3) = 2√3, t² = 12. For ν = 2, P(T > t) = ½(1 − t/√(2 + t²)),
// so p = 1 − √12/√14 = 1 − √(6/7); t(0.975, 2) = 0.95/√(2·0.975·0.025) = 4.302652729749464,
// interval 2 ∓ 4.302652729749464/√3.
@Test func welchWithTwoDegreesOfFreedomMatchesTheClosedForm() {
  let welch = WelchComparison([1, 2, 3], [0, 0])
  #expect(welch.difference == 2)
  #expect(isClose(welch.degreesOfFreedom, 2))
  #expect(isClose(welch.tStatistic, 2 * 3.0.squareRoot()))
  #expect(isClose(welch.pValue, 1 - (6.0 / 7.0).squareRoot(), relative: 1e-10))
  let half = 0.95 / (2 * 0.975 * 0.025).squareRoot() / 3.0.squareRoot()
  #expect(isClose(welch.confidenceInterval95?.lower, 2 - half, relative: 1e-10))
  #expect(isClose(welch.confidenceInterval95?.upper, 2 + half, relative: 1e-10))
}

// The published example of Welch's t-test (Wikipedia, "Welch's t-test", example 1: two samples
// of 15, t = −2.46, ν = 24.99, p = 0.021); to more places, scipy.stats.ttest_ind(equal_var=False):
// t = −2.455356398286006, ν = 24.988529290231416, p = 0.021378001462866992, interval
// −3.984096267140929 … −0.3492370661924069.
@Test func welchPublishedExample() {
  let a = [
    27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4,
  ]
  let b = [
    27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4,
  ]
  let welch = WelchComparison(a, b)
  #expect(isClose(welch.tStatistic, -2.455356398286006, relative: 1e-10))
  #expect(isClose(welch.degreesOfFreedom, 24.988529290231416, relative: 1e-10))
  #expect(isClose(welch.pValue, 0.021378001462866992, relative: 1e-8))
  #expect(isClose(welch.confidenceInterval95?.lower, -3.984096267140929, relative: 1e-9))
  #expect(isClose(welch.confidenceInterval95?.upper, -0.3492370661924069, relative: 1e-9))
}

// What is undefined: an empty sample leaves everything empty; a sample of one leaves the
// difference only; two samples without spread leave the difference only.
@Test func welchUndefinedCases() {
  let empty = WelchComparison([], [1, 2])
  #expect(empty.difference == nil)
  #expect(empty.pValue == nil)
  let one = WelchComparison([4], [1, 2, 3])
  #expect(one.difference == 2)
  #expect(one.standardError == nil)
  #expect(one.pValue == nil)
  #expect(one.confidenceInterval95 == nil)
  let flat = WelchComparison([5, 5], [3, 3, 3])
  #expect(flat.difference == 2)
  #expect(flat.tStatistic == nil)
  #expect(flat.confidenceInterval95 == nil)
}

// The one-sample t-test against 0 of gaps from a norm (what a baseline gap reports) is the
// paired t on those values: −3.2, −1.5, 0.4, −2.7, −0.9, −4.1 (n = 6, mean −2, df 5);
// scipy.stats.ttest_1samp(·, 0): t = −2.974820586543648, p = 0.030984342714863215, interval
// −3.7282264666744114 … −0.2717735333255886.
@Test func oneSampleTAgainstScipy() {
  let gap = PairedChange(changes: [-3.2, -1.5, 0.4, -2.7, -0.9, -4.1])
  #expect(isClose(gap.mean, -2, relative: 1e-12))
  #expect(isClose(gap.tStatistic, -2.974820586543648, relative: 1e-10))
  #expect(isClose(gap.pValue, 0.030984342714863215, relative: 1e-9))
  #expect(isClose(gap.confidenceInterval95?.lower, -3.7282264666744114, relative: 1e-10))
  #expect(isClose(gap.confidenceInterval95?.upper, -0.2717735333255886, relative: 1e-10))
}
