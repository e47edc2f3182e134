/// A two-sided confidence interval `lower … upper` for an estimate.
struct ConfidenceInterval: Equatable, Sendable {
  /// The lower end.
  let lower: Double
  /// The upper end.
  let upper: Double
}
