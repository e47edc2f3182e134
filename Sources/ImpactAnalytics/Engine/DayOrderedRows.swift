import ImpactModel

/// Row numbers ordered by date (then by row number), so that the rows dated in any period
/// are one contiguous slice, found by binary search over the distinct dates rather than by
/// scanning every row.
///
/// The rows are ordered by counting them per date, in one pass to count and one to place,
/// when their dates span no more than a few times as many days as there are rows (the usual
/// case: a few years of dates for many rows); otherwise by sorting. Only the distinct dates
/// are kept, each with where its rows begin, not a date per row.
struct DayOrderedRows: Sendable {
  /// The row numbers, ordered by date, then row number.
  let rows: [Int32]
  /// The distinct date ordinals of the rows, ascending.
  let days: [Int32]
  /// Where each distinct date's rows begin in `rows`: those of `days[i]` are
  /// `starts[i]..<starts[i + 1]`; the last entry is `rows.count`.
  let starts: [Int32]

  /// Orders `rows` by the date `dayOf` gives each (a table's `day` column, by row number).
  init<Rows: Collection<Int32>, Days: RandomAccessCollection<Day>>(
    _ rows: Rows, dayOf: Days
  ) where Days.Index == Int {
    var low = Int32.max
    var high = Int32.min
    var ascending = true
    var count = 0
    var previous: Int32 = -1
    for row in rows {
      let day = dayOf[Int(row)].ordinal
      low = min(low, day)
      high = max(high, day)
      if row <= previous { ascending = false }
      previous = row
      count += 1
    }
    guard count > 0 else {
      self.rows = []
      days = []
      starts = [0]
      return
    }
    let span = Int(high) - Int(low) + 1
    guard ascending, span <= 4 * count + 1024 else {
      (self.rows, days, starts) = Self.sorted(Array(rows), dayOf: dayOf)
      return
    }
    // `next[d]`: where the next row dated `low + d` goes.
    var next = [Int32](repeating: 0, count: span + 1)
    for row in rows { next[Int(dayOf[Int(row)].ordinal - low) + 1] += 1 }
    var days: [Int32] = []
    var starts: [Int32] = []
    for offset in 0..<span {
      if next[offset + 1] > 0 {
        days.append(low + Int32(offset))
        starts.append(next[offset])
      }
      next[offset + 1] += next[offset]
    }
    starts.append(Int32(count))
    var ordered = [Int32](repeating: 0, count: count)
    for row in rows {
      let offset = Int(dayOf[Int(row)].ordinal - low)
      ordered[Int(next[offset])] = row
      next[offset] += 1
    }
    self.rows = ordered
    self.days = days
    self.starts = starts
  }

  /// `rows` ordered by sorting, with their distinct dates and where each begins: for rows not
  /// given in ascending order or dates spread far apart.
  private static func sorted<Days: RandomAccessCollection<Day>>(_ rows: [Int32], dayOf: Days)
    -> (rows: [Int32], days: [Int32], starts: [Int32])
  where Days.Index == Int {
    let sorted = rows.sorted { a, b in
      let (da, db) = (dayOf[Int(a)].ordinal, dayOf[Int(b)].ordinal)
      return da != db ? da < db : a < b
    }
    var days: [Int32] = []
    var starts: [Int32] = []
    for (position, row) in sorted.enumerated() {
      let day = dayOf[Int(row)].ordinal
      if days.last != day {
        days.append(day)
        starts.append(Int32(position))
      }
    }
    starts.append(Int32(sorted.count))
    return (sorted, days, starts)
  }

  /// The rows dated in a period (both ends included; every row for `all`), by date.
  func rows(in period: Period) -> ArraySlice<Int32> {
    guard let start = period.start, let end = period.end else { return rows[...] }
    let low = lowerBound(start.ordinal)
    let high = lowerBound(end.ordinal + 1)
    return rows[low..<max(low, high)]
  }

  /// The rows dated in a period, in row order (the order the files were read in).
  func rowsInRowOrder(in period: Period) -> [Int] {
    rows(in: period).map { Int($0) }.sorted()
  }

  /// The position in `rows` of the first entry dated on or after `ordinal`.
  private func lowerBound(_ ordinal: Int32) -> Int {
    var low = 0
    var high = days.count
    while low < high {
      let mid = (low + high) / 2
      if days[mid] < ordinal { low = mid + 1 } else { high = mid }
    }
    return Int(starts[low])
  }
}
