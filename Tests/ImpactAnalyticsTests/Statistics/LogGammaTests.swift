import Foundation
import Testing

@testable import ImpactAnalytics

// Γ(a + 1) = a·Γ(a), so ln Γ(a + 1) − ln Γ(a) = ln a exactly, and
// ln Γ(a + 2) − ln Γ(a) = ln(a(a + 1)): checks of both the direct (a < 10) and the Stirling
// (a ≥ 10) branch that need no reference values.
@Test func logGammaDifferenceFollowsTheRecurrence() {
  for a in [0.3, 2.5, 9.99, 10, 12.5, 1e3, 1e6, 1e12] {
    #expect(isClose(LogGamma.difference(a, plus: 1), log(a), relative: 1e-14))
    #expect(isClose(LogGamma.difference(a, plus: 2), log(a * (a + 1)), relative: 1e-14))
  }
  #expect(LogGamma.difference(7, plus: 0) == 0)
}

// Reference values from mpmath at 30 digits: loggamma(a + b) − loggamma(a).
@Test func logGammaDifferenceMatchesReferenceValues() {
  #expect(isClose(LogGamma.difference(10, plus: 0.5), 1.13879773932229402195, relative: 1e-14))
  #expect(isClose(LogGamma.difference(1e6, plus: 0.5), 6.90775515398213705206, relative: 1e-14))
  #expect(isClose(LogGamma.difference(3.2, plus: 1.7), 2.14315207322243193630, relative: 1e-14))
  #expect(isClose(LogGamma.difference(12.5, plus: 40), 135.648463122735186123, relative: 1e-14))
}
