import Testing

@testable import ImpactAnalytics

struct PairTallyTests {
  private func groups(_ tally: PairTally, _ owner: Int32) -> [[Int32]] {
    var result: [[Int32]] = []
    tally.forEachGroup(of: owner) { result.append([$0, $1]) }
    return result
  }

  /// Whether each pair, added in turn, was new.
  private func add(_ pairs: [(Int32, Int32)], to tally: inout PairTally) -> [Bool] {
    pairs.map { tally.add(owner: $0.0, group: $0.1) }
  }

  @Test func eachPairIsCountedOnceNewAndThenTallied() {
    var tally = PairTally()
    let new = add([(0, 5), (0, 5), (1, 5), (0, 3), (0, 5), (2, 3), (1, 5)], to: &tally)
    #expect(new == [true, false, true, true, false, true, false])
    #expect(tally.owners == 3)
    #expect(tally.pairs == 4)
    // Newest group first: owner 0 had 5 three times, then 3 once.
    #expect(groups(tally, 0) == [[3, 1], [5, 3]])
    #expect(groups(tally, 1) == [[5, 2]])
    #expect(groups(tally, 2) == [[3, 1]])
  }

  @Test func anOwnerNotYetSeenHasNoGroups() {
    var tally = PairTally()
    #expect(groups(tally, 0).isEmpty)
    tally.add(owner: 0, group: -1)
    #expect(groups(tally, 0) == [[-1, 1]])
    #expect(groups(tally, 1).isEmpty)
  }
}
