import Testing

@testable import ImpactAnalytics

// Changes 2, 4, 3, 5, 1, by hand: mean 3, squared deviations 1+1+0+4+4 = 10, SD = √(10/4)
// = √2.5, SE = √2.5/√5 = √0.5, t = 3/√0.5 = 3√2 = 4.242640687119285, df 4.
// With the ν = 4 closed form F(t) = ½ + (3/8)(t/√(1 + t²/4))(1 − t²/(12(1 + t²/4))) at
// t² = 18: p = 2(1 − F) = 1 − 36/(11√11) = 0.013235599563682689 (mpmath to 20 digits;
// scipy.stats.ttest_1samp([2,4,3,5,1], 0) gives 0.01323559956368269).
// Interval 3 ∓ t(0.975, 4)·√0.5 with t(0.975, 4) = 2.7764451051977944 (closed form for
// ν = 4): 1.0367568385224423 … 4.9632431614775577. d_z = 3/√2.5 = 1.8973665961010276.
@Test func pairedChangeWorkedByHand() {
  let change = PairedChange(changes: [2, 4, 3, 5, 1])
  #expect(change.count == 5)
  #expect(change.sum == 15)
  #expect(change.mean == 3)
  #expect(isClose(change.standardDeviation, 2.5.squareRoot()))
  #expect(isClose(change.tStatistic, 3 * 2.0.squareRoot()))
  #expect(isClose(change.pValue, 1 - 36 / (11 * 11.0.squareRoot()), relative: 1e-12))
  #expect(isClose(change.pValue, 0.013235599563682689, relative: 1e-12))
  #expect(isClose(change.confidenceInterval95?.lower, 1.0367568385224423023))
  #expect(isClose(change.confidenceInterval95?.upper, 4.9632431614775576977))
  #expect(isClose(change.effectSize, 1.8973665961010275992))
}

// The same changes with the sign turned: the same p, a mirrored interval, negative t and d.
@Test func pairedChangeOfADecline() {
  let change = PairedChange(changes: [-2, -4, -3, -5, -1])
  #expect(change.mean == -3)
  #expect(isClose(change.tStatistic, -3 * 2.0.squareRoot()))
  #expect(isClose(change.pValue, 0.013235599563682689, relative: 1e-12))
  #expect(isClose(change.confidenceInterval95?.lower, -4.9632431614775576977))
  #expect(isClose(change.confidenceInterval95?.upper, -1.0367568385224423023))
  #expect(isClose(change.effectSize, -1.8973665961010275992))
}

// SWEMWBS-like changes 2.5, −1.2, 3.9, 0, 4.4, 1.1, −0.5, 2.0 (n = 8, df 7), all figures from
// mpmath at 30 digits; scipy.stats.ttest_1samp gives t = 2.1149760800862762,
// p = 0.07225554791630294, interval −0.18000840063018 … 3.2300084006301826.
@Test func pairedChangeNotSignificant() {
  let change = PairedChange(changes: [2.5, -1.2, 3.9, 0, 4.4, 1.1, -0.5, 2.0])
  #expect(isClose(change.mean, 1.525))
  #expect(isClose(change.standardDeviation, 2.039432694227910598))
  #expect(isClose(change.tStatistic, 2.1149760800862764024))
  #expect(isClose(change.pValue, 0.072255547916302983585, relative: 1e-11))
  #expect(isClose(change.confidenceInterval95?.lower, -0.18000840063018379633, relative: 1e-11))
  #expect(isClose(change.confidenceInterval95?.upper, 3.2300084006301837963))
  #expect(isClose(change.effectSize, 0.74775696413817433053))
}

// Changes 10, 10.5, 9.5, 10.25, 9.75: mean 10, Σd² = 0.625, SD = √0.15625, SE = √0.03125,
// t = 10/√0.03125 = 40√2 = 56.568542494923802, df 4; by the ν = 4 closed form
// (mpmath, 20 digits) p = 5.8471879659128708186e-7: a tiny p keeps its digits.
@Test func pairedChangeWithATinyPValue() {
  let change = PairedChange(changes: [10, 10.5, 9.5, 10.25, 9.75])
  #expect(isClose(change.tStatistic, 40 * 2.0.squareRoot()))
  #expect(isClose(change.pValue, 5.8471879659128708186e-7, relative: 1e-11))
  #expect(isClose(change.effectSize, 10 / 0.15625.squareRoot()))
}

@Test func pairedChangeOfNoPairs() {
  let change = PairedChange(changes: [])
  #expect(change.count == 0)
  #expect(change.sum == 0)
  #expect(change.mean == nil)
  #expect(change.confidenceInterval95 == nil)
  #expect(change.pValue == nil)
  #expect(change.effectSize == nil)
}

@Test func pairedChangeOfOnePairHasOnlyAMean() {
  let change = PairedChange(changes: [4])
  #expect(change.mean == 4)
  #expect(change.standardDeviation == nil)
  #expect(change.confidenceInterval95 == nil)
  #expect(change.tStatistic == nil)
  #expect(change.pValue == nil)
  #expect(change.effectSize == nil)
}

// Equal changes: no spread, so the interval is the point and no test or effect size is
// claimed (see PairedChange), whether the changes are zero or not.
@Test func pairedChangeWithoutSpread() {
  let same = PairedChange(changes: [3, 3])
  #expect(same.mean == 3)
  #expect(same.standardDeviation == 0)
  #expect(same.confidenceInterval95 == ConfidenceInterval(lower: 3, upper: 3))
  #expect(same.tStatistic == nil)
  #expect(same.pValue == nil)
  #expect(same.effectSize == nil)
  let none = PairedChange(changes: [0, 0, 0])
  #expect(none.confidenceInterval95 == ConfidenceInterval(lower: 0, upper: 0))
  #expect(none.pValue == nil)
  #expect(none.effectSize == nil)
}
