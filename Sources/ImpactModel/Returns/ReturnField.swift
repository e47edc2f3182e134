/// A part of an indicator row a figure answer may show, as a return file's `show:` names it
/// (the columns of `indicators.csv` a form asks for).
public enum ReturnField: String, CaseIterable, Hashable, Sendable {
  /// The figure.
  case value
  /// The lower end of its 95% interval.
  case ciLow = "ci_low"
  /// The upper end of its 95% interval.
  case ciHigh = "ci_high"
  /// The number of people it rests on.
  case n
  /// The numerator of a share or ratio (the sum of a mean).
  case numerator
  /// The denominator of a share or ratio (the count of a mean).
  case denominator
  /// The target that applies.
  case target
  /// Whether the target is met.
  case status
}
