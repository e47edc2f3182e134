import ImpactModel
import Testing

@testable import ImpactAnalytics

struct FeedbackIndexTests {
  private func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
    Day(year: year, month: month, day: day)!
  }

  /// Responses on these dates, in this file order.
  private func table(_ days: [Day]) -> FeedbackTable {
    var table = FeedbackTable()
    for day in days { table.append(FeedbackRow(day: day)) }
    return table
  }

  private var quarter: Period {
    Period(label: "2025-26 Q2", start: day(2025, 7, 1), end: day(2025, 9, 30), kind: .quarter)
  }

  @Test func aPeriodHoldsTheResponsesDatedInItBothEndsIncludedInFileOrder() {
    let feedback = table([
      day(2025, 9, 30),  // 0: the last day, in
      day(2025, 6, 30),  // 1: the day before, out
      day(2025, 8, 15),  // 2: in
      day(2025, 7, 1),  // 3: the first day, in
      day(2025, 10, 1),  // 4: the day after, out
      day(2025, 8, 15),  // 5: in, the same day as 2
    ])
    let index = FeedbackIndex(feedback)
    #expect(index.responses(in: quarter) == [0, 2, 3, 5])
    // By date, then file order, inside the index.
    #expect(Array(index.byDay.rows(in: quarter)) == [3, 2, 5, 0])
    #expect(index.responses(in: .all) == [0, 1, 2, 3, 4, 5])
    // The same rows as checking every response against the period.
    #expect(
      index.responses(in: quarter)
        == (0..<feedback.count).filter { quarter.contains(feedback.day[$0]) })
  }

  @Test func aPeriodWithNoResponsesIsEmpty() {
    let index = FeedbackIndex(table([day(2024, 1, 5), day(2026, 1, 5)]))
    #expect(index.responses(in: quarter).isEmpty)
    #expect(FeedbackIndex(FeedbackTable()).responses(in: quarter).isEmpty)
    #expect(FeedbackIndex(FeedbackTable()).responses(in: .all).isEmpty)
  }

  @Test func aOneDayPeriodHoldsThatDaysResponses() {
    let index = FeedbackIndex(table([day(2025, 7, 2), day(2025, 7, 1), day(2025, 7, 3)]))
    let single = Period(
      label: "2025-07-02..2025-07-02", start: day(2025, 7, 2), end: day(2025, 7, 2),
      kind: .custom)
    #expect(index.responses(in: single) == [0])
  }
}
