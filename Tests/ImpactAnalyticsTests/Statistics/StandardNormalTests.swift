import Testing

@testable import ImpactAnalytics

// Reference values from mpmath at 30 digits: √2·erfinv(2p − 1) and ncdf(z).
@Test func normalQuantileMatchesReferenceValues() {
  #expect(isClose(StandardNormal.quantile(0.975), 1.9599639845400542355, relative: 1e-15))
  #expect(StandardNormal.quantile(0.975) == WilsonInterval.z95)
  #expect(isClose(StandardNormal.quantile(0.9), 1.281551565544600467, relative: 1e-15))
  #expect(isClose(StandardNormal.quantile(1e-10), -6.3613409024040562047, relative: 1e-14))
  #expect(isClose(StandardNormal.quantile(0.025), -1.9599639845400542355, relative: 1e-15))
}

@Test func normalCumulativeProbability() {
  #expect(isClose(StandardNormal.cumulativeProbability(1.96), 0.97500210485177956586))
  #expect(StandardNormal.cumulativeProbability(0) == 0.5)
}

@Test func normalQuantileEdges() {
  #expect(StandardNormal.quantile(0.5) == 0)
  #expect(StandardNormal.quantile(0) == -.infinity)
  #expect(StandardNormal.quantile(1) == .infinity)
  #expect(StandardNormal.quantile(2).isNaN)
}
