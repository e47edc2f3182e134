import ImpactModel

/// Row numbers ordered by date (then by row number), so that the rows dated in any period
/// are one contiguous slice, found by binary search rather than by scanning every row.
struct DayOrderedRows: Sendable {
  /// The row numbers, ordered by date, then row number.
  let rows: [Int32]
  /// The date ordinal of each entry of `rows`.
  let days: [Int32]

  /// Orders `rows` by the date `dayOf` gives each (a table's `day` column, by row number).
  init<Days: RandomAccessCollection<Day>>(_ rows: [Int32], dayOf: Days) where Days.Index == Int {
    let sorted = rows.sorted { a, b in
      let (da, db) = (dayOf[Int(a)].ordinal, dayOf[Int(b)].ordinal)
      return da != db ? da < db : a < b
    }
    self.rows = sorted
    self.days = sorted.map { dayOf[Int($0)].ordinal }
  }

  /// The rows dated in a period (both ends included; every row for `all`), by date.
  func rows(in period: Period) -> ArraySlice<Int32> {
    guard let start = period.start, let end = period.end else { return rows[...] }
    let low = lowerBound(start.ordinal)
    let high = lowerBound(end.ordinal + 1)
    return rows[low..<high]
  }

  /// The rows dated in a period, in row order (the order the files were read in).
  func rowsInRowOrder(in period: Period) -> [Int] {
    rows(in: period).map { Int($0) }.sorted()
  }

  /// The position of the first entry dated on or after `ordinal`.
  private func lowerBound(_ ordinal: Int32) -> Int {
    var low = 0
    var high = days.count
    while low < high {
      let mid = (low + high) / 2
      if days[mid] < ordinal { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
