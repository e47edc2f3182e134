/// The Wilson score interval for a share `successes ÷ trials` (no continuity correction).
///
/// With `N = n + z²`, `A = k + z²/2` and `B = z·√(k(n − k)/n + z²/4)`, the interval is
/// `(A ± B)/N`. The lower end is computed in the equivalent form `k² / (n(A + B))` (since
/// `A² − B² = k²N/n`), which avoids the cancellation in `A − B` and is exactly 0 at `k = 0`;
/// above `k = n/2` the upper end is taken by the mirror rule `1 − lower(n − k)`, so it is
/// exactly 1 at `k = n`. Both ends lie in `0…1`.
struct WilsonInterval: Equatable, Sendable {
  /// z for a 95% interval, `Φ⁻¹(0.975)`.
  static let z95 = 1.959963984540054

  /// The lower end.
  let lower: Double
  /// The upper end.
  let upper: Double

  /// The interval for `successes` out of `trials` (counts, or weights), with `z` standard
  /// errors (95% by default). Nil when `trials` is not positive or `successes` lies outside
  /// `0…trials`, where no share is defined.
  init?(successes: Double, trials: Double, z: Double = WilsonInterval.z95) {
    guard trials > 0, trials.isFinite, successes >= 0, successes <= trials else { return nil }
    let k = successes
    let n = trials
    lower = Self.lowerEnd(k, n, z)
    upper =
      k <= n / 2
      ? min(1, (k + z * z / 2 + Self.spread(k, n, z)) / (n + z * z))
      : 1 - Self.lowerEnd(n - k, n, z)
  }

  /// The interval as a `ConfidenceInterval`.
  var confidenceInterval: ConfidenceInterval {
    ConfidenceInterval(lower: lower, upper: upper)
  }

  /// `k² / (n(A + B))`, the lower end.
  private static func lowerEnd(_ k: Double, _ n: Double, _ z: Double) -> Double {
    guard k > 0 else { return 0 }
    return max(0, min(1, k * k / (n * (k + z * z / 2 + spread(k, n, z)))))
  }

  /// `B = z·√(k(n − k)/n + z²/4)`.
  private static func spread(_ k: Double, _ n: Double, _ z: Double) -> Double {
    z * (k * (n - k) / n + z * z / 4).squareRoot()
  }
}
