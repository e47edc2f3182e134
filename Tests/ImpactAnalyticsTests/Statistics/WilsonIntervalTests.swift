import Testing

@testable import ImpactAnalytics

// (A ∓ B)/N with N = n + z², A = k + z²/2, B = z√(k(n − k)/n + z²/4) and
// z = 1.959963984540054, evaluated in mpmath at 30 digits; scipy's
// binomtest(k, n).proportion_ci(method='wilson') agrees to 1e-15.
@Test(
  arguments: [
    (8.0, 10.0, 0.49016247153664174005, 0.94331784854562473724),
    (37, 120, 0.23272736988916293091, 0.3958299772380067363),
    (1, 1000, 0.00017654637062607804453, 0.0056425585979579349246),
    (10, 10, 0.72246720013711079547, 1),
    (0, 10, 0, 0.27753279986288920453),
    (1, 1, 0.20654931437723742736, 1),
    (2.5, 7.25, 0.11372880844590370394, 0.68341239395372882429),
  ])
func wilsonIntervalMatchesReferenceValues(
  successes: Double, trials: Double, lower: Double, upper: Double
) {
  let interval = WilsonInterval(successes: successes, trials: trials)
  #expect(isClose(interval?.lower, lower))
  #expect(isClose(interval?.upper, upper))
}

// At k = 0 and k = n the ends are exactly 0 and 1, not a rounding error away.
@Test func wilsonIntervalEndsAreExact() {
  #expect(WilsonInterval(successes: 0, trials: 7)?.lower == 0)
  #expect(WilsonInterval(successes: 7, trials: 7)?.upper == 1)
}

// Swapping successes and failures mirrors the interval.
@Test func wilsonIntervalIsSymmetric() {
  for (k, n) in [(3.0, 11.0), (1, 40), (17, 18)] {
    let interval = WilsonInterval(successes: k, trials: n)
    let mirror = WilsonInterval(successes: n - k, trials: n)
    #expect(isClose(interval?.lower, 1 - (mirror?.upper ?? .nan), relative: 1e-14))
    #expect(isClose(interval?.upper, 1 - (mirror?.lower ?? .nan), relative: 1e-14))
  }
}

// With z = 1 and k = 2, n = 4: N = 5, A = 2.5, B = √(1 + 0.25) = √1.25, so (2.5 ∓ √1.25)/5.
@Test func wilsonIntervalWithAnotherZ() {
  let interval = WilsonInterval(successes: 2, trials: 4, z: 1)
  #expect(isClose(interval?.lower, (2.5 - 1.25.squareRoot()) / 5))
  #expect(isClose(interval?.upper, (2.5 + 1.25.squareRoot()) / 5))
}

@Test func wilsonIntervalUndefinedWithoutAShare() {
  #expect(WilsonInterval(successes: 0, trials: 0) == nil)
  #expect(WilsonInterval(successes: 3, trials: 2) == nil)
  #expect(WilsonInterval(successes: -1, trials: 2) == nil)
  #expect(WilsonInterval(successes: .nan, trials: 2) == nil)
}
