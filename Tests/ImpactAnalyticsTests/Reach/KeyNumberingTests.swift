import Testing

@testable import ImpactAnalytics

struct KeyNumberingTests {
  /// The numbers given to keys looked up in turn.
  private func numbers(_ keys: [Int32], into numbering: inout KeyNumbering) -> [Int32] {
    keys.map { numbering.number(of: $0) }
  }

  @Test func keysAreNumberedInTheOrderFirstSeen() {
    var numbering = KeyNumbering()
    let given = numbers([7, -1, 7, 42, -1], into: &numbering)
    #expect(given == [0, 1, 0, 2, 1])
    #expect(numbering.keys == [7, -1, 42])
    #expect(numbering.count == 3)
    #expect(numbering.lookUp(42) == 2)
    #expect(numbering.lookUp(5) == nil)
  }

  @Test func numbersSurviveTheTableGrowing() {
    // 16 slots to start, grown when more than half full: 1,000 keys grow it seven times.
    var numbering = KeyNumbering()
    let keys = (0..<1000).map { Int32($0 * 4096 - 2_000_000) }
    let first = numbers(keys, into: &numbering)
    #expect(first == (0..<1000).map { Int32($0) })
    let again = numbers([keys[0], keys[999], keys[500]], into: &numbering)
    #expect(again == [0, 999, 500])
    #expect(numbering.count == 1000)
    #expect(numbering.lookUp(keys[123]) == 123)
    #expect(numbering.lookUp(-2_000_001) == nil)
  }
}
