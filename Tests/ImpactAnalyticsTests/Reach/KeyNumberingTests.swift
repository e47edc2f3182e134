import Testing

@testable import ImpactAnalytics

struct KeyNumberingTests {
  @Test func keysAreNumberedInTheOrderFirstSeen() {
    var numbering = KeyNumbering()
    #expect(numbering.number(of: 7) == 0)
    #expect(numbering.number(of: -1) == 1)
    #expect(numbering.number(of: 7) == 0)
    #expect(numbering.number(of: 42) == 2)
    #expect(numbering.number(of: -1) == 1)
    #expect(numbering.keys == [7, -1, 42])
    #expect(numbering.count == 3)
    #expect(numbering.lookUp(42) == 2)
    #expect(numbering.lookUp(5) == nil)
  }

  @Test func numbersSurviveTheTableGrowing() {
    // 16 slots to start, grown when more than half full: 1,000 keys grow it six times.
    var numbering = KeyNumbering()
    let keys = (0..<1000).map { Int32($0 * 4096 - 2_000_000) }
    for (number, key) in keys.enumerated() {
      #expect(numbering.number(of: key) == Int32(number))
    }
    #expect(numbering.count == 1000)
    #expect(numbering.number(of: keys[0]) == 0)
    #expect(numbering.number(of: keys[999]) == 999)
    #expect(numbering.lookUp(keys[500]) == 500)
    #expect(numbering.lookUp(-2_000_001) == nil)
    #expect(numbering.count == 1000)
  }
}
