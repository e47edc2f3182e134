import Foundation
import Testing

@testable import ImpactAnalytics

private func t(_ degreesOfFreedom: Double) -> StudentTDistribution {
  StudentTDistribution(degreesOfFreedom: degreesOfFreedom)
}

// Two-sided 95% and 99% critical values, as in published t tables, here to 16 digits from
// mpmath (30-digit root of the CDF built on mpmath's betainc); scipy.stats.t.ppf agrees to
// within 1e-15 relative. For ν = 1 and 2 these equal the closed forms tan(0.475π) and
// 0.95/√(2·0.975·0.025).
@Test(
  arguments: [
    (1.0, 0.975, 12.706204736174704646),
    (2, 0.975, 4.3026527297494638523),
    (4, 0.975, 2.7764451051977943578),
    (7, 0.975, 2.3646242515927853417),
    (10, 0.975, 2.2281388519862747484),
    (30, 0.975, 2.04227245630123831),
    (1000, 0.975, 1.962339080826408485),
    (1e6, 0.975, 1.9599663568141070353),
    (5, 0.995, 4.0321429835552280784),
    (7.5, 0.9, 1.4052118464159529237),
  ])
func tQuantileMatchesTables(degreesOfFreedom: Double, p: Double, expected: Double) {
  #expect(isClose(t(degreesOfFreedom).quantile(p), expected, relative: 1e-11))
  #expect(isClose(t(degreesOfFreedom).quantile(1 - p), -expected, relative: 1e-11))
}

// ν = 1 is the Cauchy distribution: F(t) = ½ + arctan(t)/π, F⁻¹(p) = tan(π(p − ½)), written
// −1/tan(πp) below ½ and 1/tan(π(1 − p)) above, so the reference keeps its digits in the tails.
// ν = 2: F(t) = ½ + t/(2√(2 + t²)), F⁻¹(p) = (2p − 1)/√(2p(1 − p)).
@Test func tClosedFormsForOneAndTwoDegreesOfFreedom() {
  for p in [1e-9, 0.001, 0.025, 0.2, 0.45, 0.55, 0.8, 0.975, 0.999] {
    let cauchy = p < 0.5 ? -1 / tan(Double.pi * p) : 1 / tan(Double.pi * (1 - p))
    #expect(isClose(t(1).quantile(p), cauchy, relative: 1e-11))
    #expect(
      isClose(t(2).quantile(p), (2 * p - 1) / (2 * p * (1 - p)).squareRoot(), relative: 1e-11))
  }
  for value in [-50.0, -3, -0.7, 0, 0.01, 1, 4.5, 200] {
    #expect(isClose(t(1).cumulativeProbability(value), 0.5 + atan(value) / Double.pi))
    #expect(
      isClose(
        t(2).cumulativeProbability(value), 0.5 + value / (2 * (2 + value * value).squareRoot())))
  }
}

// ν = 3: F(t) = ½ + (1/π)·(t/(√3(1 + t²/3)) + arctan(t/√3)).
// ν = 4: F(t) = ½ + (3/8)·(t/√(1 + t²/4))·(1 − t²/(12(1 + t²/4))), and
// F⁻¹(p) = sign(p − ½)·2√(q − 1) with α = 4p(1 − p), q = cos(arccos(√α)/3)/√α.
@Test func tClosedFormsForThreeAndFourDegreesOfFreedom() {
  for value in [-20.0, -2.5, -1, -0.1, 0.3, 1, 2, 6] {
    let three =
      0.5 + (value / (3.0.squareRoot() * (1 + value * value / 3)) + atan(value / 3.0.squareRoot()))
      / Double.pi
    #expect(isClose(t(3).cumulativeProbability(value), three))
    let scaled = 1 + value * value / 4
    let four = 0.5 + 3.0 / 8 * value / scaled.squareRoot() * (1 - value * value / (12 * scaled))
    #expect(isClose(t(4).cumulativeProbability(value), four))
  }
  for p in [0.001, 0.05, 0.3, 0.7, 0.975] {
    let alpha = 4 * p * (1 - p)
    let q = cos(acos(alpha.squareRoot()) / 3) / alpha.squareRoot()
    let expected = (p < 0.5 ? -2 : 2) * (q - 1).squareRoot()
    #expect(isClose(t(4).quantile(p), expected, relative: 1e-11))
  }
}

// From mpmath at 30 digits: ½·betainc(ν/2, ½, 0, ν/(ν + t²)) for the lower tail.
@Test func tCumulativeProbabilityMatchesReferenceValues() {
  #expect(isClose(t(5).cumulativeProbability(2), 0.94903026058507082188))
  #expect(isClose(t(12).cumulativeProbability(-1.5), 0.079728751756603503201))
  // Far tail at large ν (the ν = 10⁵ value by 40-digit quadrature of the density, which
  // agrees with betainc to 1e-38 where both run).
  #expect(isClose(t(1000).cumulativeProbability(-3), 0.0013833545221190962321, relative: 1e-11))
  #expect(isClose(t(1e5).twoSidedTail(5), 5.742701678641672853e-7, relative: 1e-11))
}

@Test func tTwoSidedTailIsTwiceTheTailBeyond() {
  // Cauchy: P(|T| ≥ s) = 1 − (2/π)·arctan(s) = (2/π)·arctan(1/s), which for s = 1e200 is
  // 2/(π·1e200) to full precision; s² overflows here, so this checks that path.
  #expect(isClose(t(1).twoSidedTail(1e200), 2 / (Double.pi * 1e200), relative: 1e-13))
  #expect(isClose(t(1).twoSidedTail(-1), 0.5))
  #expect(t(9).twoSidedTail(0) == 1)
}

@Test func tQuantileInvertsTheCumulativeProbability() {
  for degrees in [1.0, 1.5, 3.7, 25, 400] {
    for p in [1e-12, 1e-5, 0.01, 0.3, 0.5001, 0.77, 0.995] {
      let distribution = t(degrees)
      #expect(
        isClose(distribution.cumulativeProbability(distribution.quantile(p)), p, relative: 1e-12))
    }
  }
  // Far tails: Cauchy quantile at p = 1e-300 is −1/(π·1e-300) to within 1e-16 relative.
  #expect(isClose(t(1).quantile(1e-300), -1 / (Double.pi * 1e-300), relative: 1e-12))
}

@Test func tQuantileEdges() {
  #expect(t(3).quantile(0) == -.infinity)
  #expect(t(3).quantile(1) == .infinity)
  #expect(t(3).quantile(0.5) == 0)
  #expect(t(3).quantile(-0.1).isNaN)
  #expect(t(3).quantile(.nan).isNaN)
  #expect(t(3).cumulativeProbability(.infinity) == 1)
  #expect(t(3).cumulativeProbability(-.infinity) == 0)
  #expect(t(3).cumulativeProbability(0) == 0.5)
}

// The density integrates the CDF: f(0) for ν = 1 is 1/π, for ν = 2 it is 1/(2√2).
@Test func tDensity() {
  #expect(isClose(t(1).density(0), 1 / Double.pi))
  #expect(isClose(t(2).density(0), 1 / (2 * 2.0.squareRoot())))
  #expect(isClose(t(1).density(-3), 1 / (Double.pi * 10)))
}
