/// Each value's rank among the distinct values of a list, in the values' own order: equal
/// values share a rank, and `a < b` exactly when `rank(a) < rank(b)`.
///
/// Sorting many rows by a few text columns compares ranks (integers) instead of the texts, so
/// each text is hashed once and only the distinct texts are compared.
struct NameRanks {
  /// The rank of each value of the list, parallel to it.
  let ranks: [Int32]
  /// The number of distinct values.
  let count: Int

  /// Ranks `values`: 0 for the smallest distinct value, 1 for the next, and so on.
  init<Value: Hashable & Comparable>(_ values: [Value]) {
    var numbers: [Value: Int32] = [:]
    var distinct: [Value] = []
    var first = [Int32]()
    first.reserveCapacity(values.count)
    for value in values {
      if let number = numbers[value] {
        first.append(number)
      } else {
        let number = Int32(distinct.count)
        numbers[value] = number
        distinct.append(value)
        first.append(number)
      }
    }
    // `rankOf[number]`: where the distinct value numbered `number` falls in order.
    let order = distinct.indices.sorted { distinct[$0] < distinct[$1] }
    var rankOf = [Int32](repeating: 0, count: distinct.count)
    for (rank, number) in order.enumerated() { rankOf[number] = Int32(rank) }
    ranks = first.map { rankOf[Int($0)] }
    count = distinct.count
  }
}
