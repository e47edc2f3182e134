import Foundation

/// The standard normal distribution N(0, 1).
enum StandardNormal {
  /// `Φ(z) = P(Z ≤ z)`, from the complementary error function so that the lower tail keeps
  /// full relative precision: `Φ(z) = ½·erfc(−z/√2)`.
  static func cumulativeProbability(_ z: Double) -> Double {
    0.5 * erfc(-z / 2.0.squareRoot())
  }

  /// `Φ⁻¹(p)`, the `z` with `Φ(z) = p`, to within a few units in the last place; `−∞` at 0,
  /// `+∞` at 1, NaN outside `0…1`.
  ///
  /// Method: the tail `q = min(p, 1 − p)` gives a start from the rational approximation of
  /// Abramowitz & Stegun 26.2.23 (error below 4.5e-4), which three Halley steps on
  /// `Φ(z) − q` (each roughly tripling the correct digits) refine to machine precision.
  static func quantile(_ p: Double) -> Double {
    guard p >= 0, p <= 1 else { return .nan }
    if p == 0 { return -.infinity }
    if p == 1 { return .infinity }
    if p == 0.5 { return 0 }
    let tail = min(p, 1 - p)
    let s = (-2 * log(tail)).squareRoot()
    var z =
      -(s - (2.515517 + s * (0.802853 + s * 0.010328))
        / (1 + s * (1.432788 + s * (0.189269 + s * 0.001308))))
    let rootTwoPi = (2 * Double.pi).squareRoot()
    for _ in 0..<3 {
      let error = cumulativeProbability(z) - tail
      let step = error * rootTwoPi * exp(z * z / 2)
      z -= step / (1 + z * step / 2)
    }
    return p < 0.5 ? z : -z
  }
}
