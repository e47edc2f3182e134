import Foundation

/// The regularised incomplete beta function `I_x(a, b)`, the cumulative distribution of the
/// beta distribution, from which the Student t distribution follows.
///
/// Method: `I_x(a, b) = xᵃ(1 − x)ᵇ / (a·B(a, b)) · 1 / (1 + d₁ / (1 + d₂ / (1 + …)))`, with
/// `d₂ₘ₊₁ = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1))` and
/// `d₂ₘ = m(b − m)x / ((a + 2m − 1)(a + 2m))`, the continued fraction evaluated by the
/// modified Lentz method. It converges quickly for `x < (a + 1)/(a + b + 2)`; above that the
/// symmetry `I_x(a, b) = 1 − I_{1−x}(b, a)` is used. The prefactor is taken in logarithms,
/// with `ln(1/B(a, b))` from `LogGamma` so that large `a` or `b` lose no digits.
enum IncompleteBeta {
  /// `I_x(a, b)` for `0 ≤ x ≤ 1`, `a > 0`, `b > 0`; NaN outside that domain.
  static func regularized(_ x: Double, a: Double, b: Double) -> Double {
    guard x >= 0, x <= 1 else { return .nan }
    return split(Argument(x: x), a: a, b: b).lower
  }

  /// `I_x(a, b)` and its complement `1 − I_x(a, b)`, each to full relative precision even
  /// when it is tiny, for `a > 0`, `b > 0`.
  static func split(_ argument: Argument, a: Double, b: Double) -> (lower: Double, upper: Double) {
    guard a > 0, b > 0, argument.x >= 0, argument.y >= 0 else { return (.nan, .nan) }
    // Tested on the logarithms: x itself may have underflowed while xᵃ is still representable.
    if argument.logX == -.infinity { return (0, 1) }
    if argument.logY == -.infinity { return (1, 0) }
    let smaller = min(a, b)
    let logInverseBeta = LogGamma.difference(max(a, b), plus: smaller) - lgamma(smaller)
    let logPrefactor = a * argument.logX + b * argument.logY + logInverseBeta
    if argument.x < (a + 1) / (a + b + 2) {
      let lower = exp(logPrefactor) / (a * continuedFraction(argument.x, a: a, b: b))
      return (lower, 1 - lower)
    }
    let upper = exp(logPrefactor) / (b * continuedFraction(argument.y, a: b, b: a))
    return (1 - upper, upper)
  }

  /// `1 + d₁ / (1 + d₂ / (1 + …))` for `I_x(a, b)`, by the modified Lentz method.
  private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
    let tiny = 1e-300
    var value = 1.0
    var numeratorRatio = 1.0  // Lentz's C
    var denominatorRatio = 0.0  // Lentz's D
    for step in 1...maximumSteps {
      let m = Double(step / 2)
      let coefficient =
        step % 2 == 1
        ? -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
        : m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
      denominatorRatio = 1 + coefficient * denominatorRatio
      if abs(denominatorRatio) < tiny { denominatorRatio = tiny }
      numeratorRatio = 1 + coefficient / numeratorRatio
      if abs(numeratorRatio) < tiny { numeratorRatio = tiny }
      denominatorRatio = 1 / denominatorRatio
      let change = numeratorRatio * denominatorRatio
      value *= change
      if abs(change - 1) <= 2 * Double.ulpOfOne { break }
    }
    return value
  }

  /// A bound far above what is needed: below the switch point the fraction settles in under
  /// a hundred steps for `b = ½` (the t distribution) up to ν = 10⁶, and for `a`, `b` up to
  /// 1000; this guards only against a non-terminating loop.
  private static let maximumSteps = 1_000_000
}
