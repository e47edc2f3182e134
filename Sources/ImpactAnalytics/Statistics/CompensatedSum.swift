/// A running sum that keeps the rounding error of each addition (Neumaier's variant of
/// Kahan summation), so that adding many values of mixed size loses almost nothing.
struct CompensatedSum: Sendable {
  private var total = 0.0
  private var compensation = 0.0

  /// An empty sum.
  init() {}

  /// The sum of `values`.
  init(_ values: some Sequence<Double>) {
    for value in values { add(value) }
  }

  /// Adds `value` to the sum.
  mutating func add(_ value: Double) {
    let next = total + value
    if abs(total) >= abs(value) {
      compensation += (total - next) + value
    } else {
      compensation += (value - next) + total
    }
    total = next
  }

  /// The sum so far (infinite or NaN if a value was).
  var value: Double {
    total.isFinite ? total + compensation : total
  }

  /// The sum ÷ `divisor`, rounded once rather than twice: the quotient of the rounded sum
  /// is corrected by the remainder `(total − divisor·quotient) + compensation`, the first part
  /// taken exactly with a fused multiply-add. So the mean of equal values is that value
  /// (`0.1` three times gives `0.1`, where `0.30000000000000004 / 3` would not).
  func divided(by divisor: Double) -> Double {
    let quotient = value / divisor
    guard quotient.isFinite else { return quotient }
    let remainder = total.addingProduct(-divisor, quotient)
    return quotient + (remainder + compensation) / divisor
  }
}
