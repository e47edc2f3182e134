/// True when `value` is within `relative` of `expected`, relative to the size of `expected`
/// (or absolutely, when `expected` is 0): how the statistics tests compare computed values with
/// reference values.
func isClose(_ value: Double?, _ expected: Double, relative: Double = 1e-12) -> Bool {
  guard let value else { return false }
  if expected == 0 { return abs(value) <= relative }
  return abs(value - expected) <= relative * abs(expected)
}
