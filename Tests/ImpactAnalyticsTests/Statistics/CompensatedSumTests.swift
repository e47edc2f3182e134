import Testing

@testable import ImpactAnalytics

@Test func compensatedSumKeepsWhatPlainAdditionLoses() {
  // 1e16 + 1 rounds back to 1e16 in plain addition, so the 1 would be lost.
  #expect(CompensatedSum([1e16, 1, -1e16]).value == 1)
  // Ten additions of 0.1 give 0.9999999999999999 in plain addition; the exact sum of the
  // ten stored values rounds to 1.
  #expect(CompensatedSum(Array(repeating: 0.1, count: 10)).value == 1)
  #expect(CompensatedSum([]).value == 0)
  #expect(CompensatedSum([3, -1.5, 0.25]).value == 1.75)
}

@Test func compensatedSumPassesInfinityThrough() {
  #expect(CompensatedSum([1, .infinity, 2]).value == .infinity)
}

// 0.1 + 0.1 + 0.1 is 0.30000000000000004 as a double, and that ÷ 3 is 0.10000000000000002;
// the exact sum of the three stored values ÷ 3 is the stored 0.1 itself.
@Test func compensatedSumDividesWithOneRounding() {
  #expect(CompensatedSum([0.1, 0.1, 0.1]).divided(by: 3) == 0.1)
  #expect(CompensatedSum(Array(repeating: 0.7, count: 9)).divided(by: 9) == 0.7)
  #expect(CompensatedSum([1, 2]).divided(by: 2) == 1.5)
  #expect(CompensatedSum([1, 2]).divided(by: 0) == .infinity)
}
