import Foundation

/// Differences of log-gamma values, computed without the cancellation that subtracting two
/// large `lgamma` values would suffer.
enum LogGamma {
  /// `ln Γ(a + b) − ln Γ(a)` for `a > 0`, `b ≥ 0`.
  ///
  /// For `a ≥ 10` the difference is taken term by term from Stirling's series,
  /// `ln Γ(x) = (x − ½) ln x − x + ½ ln 2π + δ(x)`, which gives
  /// `(a − ½) ln(1 + b/a) + b ln(a + b) − b + δ(a + b) − δ(a)`: every term is of the size of
  /// the result, so its relative error stays near machine precision even for `a` in the
  /// millions (where `lgamma(a + b) − lgamma(a)` would lose six or more digits).
  static func difference(_ a: Double, plus b: Double) -> Double {
    guard a >= 10 else { return lgamma(a + b) - lgamma(a) }
    return (a - 0.5) * log1p(b / a) + b * log(a + b) - b
      + stirlingCorrection(a + b) - stirlingCorrection(a)
  }

  /// `δ(x) = ln Γ(x) − ((x − ½) ln x − x + ½ ln 2π)` for `x ≥ 10`, from its asymptotic
  /// series `1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹) − 691/(360360x¹¹)`
  /// (the Bernoulli-number terms `B₂ₖ / (2k(2k − 1) x²ᵏ⁻¹)`); the next term, 1/(156x¹³), is
  /// below 1e-15 at `x = 10`.
  static func stirlingCorrection(_ x: Double) -> Double {
    let inverse = 1 / x
    let square = inverse * inverse
    let series =
      1.0 / 12
      - square
      * (1.0 / 360
        - square
        * (1.0 / 1260 - square * (1.0 / 1680 - square * (1.0 / 1188 - square * 691 / 360360))))
    return series * inverse
  }
}
