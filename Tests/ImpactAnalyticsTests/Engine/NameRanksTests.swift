import ImpactModel
import Testing

@testable import ImpactAnalytics

struct NameRanksTests {
  @Test func equalValuesShareARankAndRanksFollowCodePointOrder() {
    // Distinct: "b", "B", "a", "ab" → by code point "B" (0x42) < "a" < "ab" < "b".
    let ranks = NameRanks([Group("b"), Group("B"), Group("a"), Group("b"), Group("ab")])
    #expect(ranks.ranks == [3, 0, 1, 3, 2])
    #expect(ranks.count == 4)
  }

  @Test func noValuesHaveNoRanks() {
    let ranks = NameRanks([IndicatorID]())
    #expect(ranks.ranks.isEmpty)
    #expect(ranks.count == 0)
  }

  @Test func rowsArePermutedInPlaceAlongEachCycle() {
    // Position k takes what was at order[k]: one 3-cycle (0 ← 2 ← 3 ← 0), 1 and 4 stay.
    let period = Period.all
    var rows = ["a", "b", "c", "d", "e"].map {
      IndicatorRow(
        period: period, indicator: .sessions, group: Group($0), unit: .count, value: 1, n: nil)
    }
    IndicatorEngine.permute(&rows, by: [2, 1, 3, 0, 4])
    #expect(rows.map(\.group.label) == ["c", "b", "d", "a", "e"])
    var none: [IndicatorRow] = []
    IndicatorEngine.permute(&none, by: [])
    #expect(none.isEmpty)
  }
}
