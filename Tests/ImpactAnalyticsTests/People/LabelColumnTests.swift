import Testing

@testable import ImpactAnalytics

struct LabelColumnTests {
  @Test func labelsAreNumberedInTheOrderFirstMetAndUnknownIsMinusOne() {
    var column = LabelColumn()
    for label in ["Woman", nil, "Man", "Woman", "Woman", nil, "Non-binary"] as [String?] {
      column.append(label)
    }
    #expect(column.labels == ["Woman", "Man", "Non-binary"])
    #expect(column.numbers == [0, -1, 1, 0, 0, -1, 2])
    #expect(column.count == 7)
    #expect(column[0] == "Woman")
    #expect(column[1] == nil)
    #expect(column[6] == "Non-binary")
    // Woman three times, Man once, Non-binary once; the two unknown are not counted.
    #expect(column.tallies == [3, 1, 1])
  }

  @Test func noPeopleHaveNoLabels() {
    let column = LabelColumn()
    #expect(column.labels.isEmpty)
    #expect(column.count == 0)
    #expect(column.tallies.isEmpty)
  }
}
