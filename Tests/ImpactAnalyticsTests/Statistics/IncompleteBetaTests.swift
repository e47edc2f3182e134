import Foundation
import Testing

@testable import ImpactAnalytics

// For whole a and b, I_x(a, b) = P(Binomial(a + b − 1, x) ≥ a). For a = 2, b = 3, x = ½:
// (C(4,2) + C(4,3) + C(4,4)) / 2⁴ = (6 + 4 + 1)/16 = 11/16.
@Test func incompleteBetaOfWholeParameters() {
  #expect(isClose(IncompleteBeta.regularized(0.5, a: 2, b: 3), 0.6875, relative: 1e-14))
  // x = 0.9 lies above the switch point (3/7), so this goes through the symmetry:
  // P(Binomial(4, 0.9) ≥ 2) = 1 − 0.1⁴ − 4·0.9·0.1³ = 1 − 0.0001 − 0.0036 = 0.9963.
  #expect(isClose(IncompleteBeta.regularized(0.9, a: 2, b: 3), 0.9963, relative: 1e-14))
}

// I_x(½, ½) = (2/π)·arcsin(√x) (the arcsine distribution); I_x(a, 1) = xᵃ;
// I_x(1, b) = 1 − (1 − x)ᵇ, written −expm1(b·ln(1 − x)) so the reference keeps its digits
// at small x.
@Test func incompleteBetaClosedForms() {
  for x in [1e-8, 0.01, 0.3, 0.5, 0.77, 0.999] {
    #expect(
      isClose(IncompleteBeta.regularized(x, a: 0.5, b: 0.5), 2 / Double.pi * asin(x.squareRoot())))
    #expect(isClose(IncompleteBeta.regularized(x, a: 3.7, b: 1), pow(x, 3.7)))
    #expect(isClose(IncompleteBeta.regularized(x, a: 1, b: 2.2), -expm1(2.2 * log1p(-x))))
  }
  // (2/π)·asin(√0.3), worked out with mpmath at 30 digits: 0.369010119565545382…
  #expect(isClose(IncompleteBeta.regularized(0.3, a: 0.5, b: 0.5), 0.36901011956554538))
}

// A large-parameter value far in the tail, from mpmath betainc(a, b, 0, x, regularized=True)
// at 40 digits.
@Test func incompleteBetaLargeParameters() {
  let value = IncompleteBeta.regularized(
    0.29402358494854774, a: 760.4245791897064, b: 433.40200149285295)
  #expect(isClose(value, 1.239230372584367439820923e-132, relative: 1e-11))
}

@Test func incompleteBetaEndsAndDomain() {
  #expect(IncompleteBeta.regularized(0, a: 2, b: 3) == 0)
  #expect(IncompleteBeta.regularized(1, a: 2, b: 3) == 1)
  #expect(IncompleteBeta.regularized(1.5, a: 2, b: 3).isNaN)
  #expect(IncompleteBeta.regularized(0.5, a: 0, b: 3).isNaN)
}

// The complement of a tiny value keeps its digits when the caller gives 1 − x exactly:
// I_x(1, 1) = x, so with x = 1 − 1e-20 (not representable) the upper part is 1e-20.
@Test func incompleteBetaSplitKeepsTheSmallSide() {
  let argument = IncompleteBeta.Argument(x: 1, y: 1e-20, logX: -1e-20, logY: log(1e-20))
  let parts = IncompleteBeta.split(argument, a: 1, b: 1)
  #expect(isClose(parts.upper, 1e-20))
  #expect(parts.lower == 1)
}
