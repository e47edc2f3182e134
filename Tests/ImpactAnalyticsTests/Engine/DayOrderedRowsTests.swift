import ImpactModel
import Testing

@testable import ImpactAnalytics

struct DayOrderedRowsTests {
  private func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
    Day(year: year, month: month, day: day)!
  }

  private var july: Period {
    Period(label: "July", start: day(2025, 7, 1), end: day(2025, 7, 31), kind: .custom)
  }

  /// Dates by row number: rows 0 … 5.
  private var dates: [Day] {
    [
      day(2025, 7, 3), day(2025, 7, 1), day(2025, 8, 2), day(2025, 7, 3), day(2025, 6, 30),
      day(2025, 7, 1),
    ]
  }

  @Test func rowsAreCountedIntoDateOrderThenRowOrder() {
    // Rows 0 … 5 given in order: the dates span 34 days, so they are counted, not sorted.
    let ordered = DayOrderedRows([0, 1, 2, 3, 4, 5] as [Int32], dayOf: dates)
    #expect(ordered.rows == [4, 1, 5, 0, 3, 2])
    #expect(
      ordered.days
        == [day(2025, 6, 30), day(2025, 7, 1), day(2025, 7, 3), day(2025, 8, 2)].map(
          \.ordinal))
    #expect(ordered.starts == [0, 1, 3, 5, 6])
    #expect(Array(ordered.rows(in: july)) == [1, 5, 0, 3])
    #expect(ordered.rowsInRowOrder(in: july) == [0, 1, 3, 5])
    #expect(ordered.rows(in: .all).count == 6)
  }

  @Test func rowsGivenOutOfOrderAreSortedTheSameWay() {
    let ordered = DayOrderedRows([5, 3, 1, 0] as [Int32], dayOf: dates)
    #expect(ordered.rows == [1, 5, 0, 3])
    #expect(ordered.starts == [0, 2, 4])
    #expect(Array(ordered.rows(in: july)) == [1, 5, 0, 3])
  }

  @Test func datesFarApartAreSortedAndFoundTheSame() {
    // Rows about 27,000 days apart: more than 4 × 2 + 1,024 days, so sorted, not counted.
    let far = [day(2100, 1, 1), day(2025, 7, 9), day(2025, 7, 9)]
    let ordered = DayOrderedRows([0, 1, 2] as [Int32], dayOf: far)
    #expect(ordered.rows == [1, 2, 0])
    #expect(ordered.days == [day(2025, 7, 9).ordinal, day(2100, 1, 1).ordinal])
    #expect(ordered.starts == [0, 2, 3])
    #expect(Array(ordered.rows(in: july)) == [1, 2])
  }

  @Test func aPeriodBeforeOrAfterEveryRowIsEmpty() {
    let ordered = DayOrderedRows([0, 1, 2, 3, 4, 5] as [Int32], dayOf: dates)
    let june = Period(label: "June", start: day(2025, 6, 1), end: day(2025, 6, 29), kind: .custom)
    let autumn = Period(
      label: "Autumn", start: day(2025, 9, 1), end: day(2025, 11, 30), kind: .custom)
    #expect(ordered.rows(in: june).isEmpty)
    #expect(ordered.rows(in: autumn).isEmpty)
    let none = DayOrderedRows([] as [Int32], dayOf: dates)
    #expect(none.rows.isEmpty)
    #expect(none.rows(in: july).isEmpty)
    #expect(none.rows(in: .all).isEmpty)
  }
}
