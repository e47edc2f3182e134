import Foundation

/// Student's t distribution with `degreesOfFreedom` degrees of freedom (any real value above
/// zero), as used for the t interval of a mean and the paired t-test.
///
/// Its tail is a regularised incomplete beta function: for `s ≥ 0`,
/// `P(T > s) = ½·I_x(ν/2, ½)` with `x = ν/(ν + s²)`, and `1 − x = s²/(ν + s²)` is computed
/// directly so that small `s` loses nothing.
struct StudentTDistribution: Sendable {
  /// ν, the degrees of freedom.
  let degreesOfFreedom: Double

  /// The t distribution with `degreesOfFreedom` (ν > 0) degrees of freedom.
  init(degreesOfFreedom: Double) {
    precondition(degreesOfFreedom > 0, "the t distribution needs positive degrees of freedom")
    self.degreesOfFreedom = degreesOfFreedom
  }

  /// `F(t) = P(T ≤ t)`.
  func cumulativeProbability(_ t: Double) -> Double {
    guard !t.isNaN else { return .nan }
    return t < 0 ? upperTail(-t) : 1 - upperTail(t)
  }

  /// The two-sided tail `P(|T| ≥ |t|) = 2·(1 − F(|t|))`, the p-value of a t statistic,
  /// computed from the tail itself so that tiny p-values keep their digits.
  func twoSidedTail(_ t: Double) -> Double {
    guard !t.isNaN else { return .nan }
    return 2 * upperTail(abs(t))
  }

  /// The density `f(t)`.
  func density(_ t: Double) -> Double {
    exp(logDensity(abs(t)))
  }

  /// `F⁻¹(p)`, the `t` with `F(t) = p`; `−∞` at 0, `+∞` at 1, NaN outside `0…1`.
  ///
  /// Method: by symmetry it solves `P(T > s) = q` for `s > 0`, with `q = min(p, 1 − p)`.
  /// Newton's method runs on `ln P(T > eᵛ) − ln q` in `v = ln s`, which is close to a
  /// straight line in the heavy tails, so a handful of steps suffice from the
  /// Cornish–Fisher start. A bracket around the root is kept throughout, and a step that
  /// would leave it is replaced by bisection, so the search cannot diverge.
  func quantile(_ p: Double) -> Double {
    guard p >= 0, p <= 1 else { return .nan }
    if p == 0 { return -.infinity }
    if p == 1 { return .infinity }
    if p == 0.5 { return 0 }
    let target = log(min(p, 1 - p))

    var v = log(startingPoint(upperTailProbability: min(p, 1 - p)))
    var low = -Double.infinity  // excess > 0 here (tail too heavy: s too small)
    var high = Double.infinity  // excess < 0 here
    for _ in 0..<200 {
      let s = exp(v)
      let logTail = log(upperTail(s))
      let value = logTail - target
      if value == 0 { break }
      if value > 0 { low = v } else { high = v }
      // d/dv ln P(T > eᵛ) = −s·f(s) / P(T > s)
      let slope = -exp(v + logDensity(s) - logTail)
      var next = v - value / slope
      if !next.isFinite || next <= low || next >= high {
        next = bisection(low, high)
      }
      if abs(next - v) <= 4 * Double.ulpOfOne * max(1, abs(v)) {
        v = next
        break
      }
      v = next
    }
    let s = exp(v)
    return p < 0.5 ? -s : s
  }

  /// `P(T > s)` for `s ≥ 0`.
  private func upperTail(_ s: Double) -> Double {
    let nu = degreesOfFreedom
    let ratio = s / nu.squareRoot()
    let w = ratio * ratio  // s²/ν
    // x = 1/(1 + w) and 1 − x = w/(1 + w), with their logarithms
    let argument =
      w < 1e300
      ? IncompleteBeta.Argument(
        x: 1 / (1 + w), y: w / (1 + w), logX: -log1p(w), logY: -log1p(1 / w))
      : IncompleteBeta.Argument(
        x: exp(-2 * log(ratio)), y: 1, logX: -2 * log(ratio), logY: -1 / w)
    return 0.5 * IncompleteBeta.split(argument, a: nu / 2, b: 0.5).lower
  }

  /// `ln f(s)` for `s ≥ 0`, finite even where `s²` overflows:
  /// `ln Γ((ν + 1)/2) − ln Γ(ν/2) − ½ ln(νπ) − (ν + 1)/2 · ln(1 + s²/ν)`.
  private func logDensity(_ s: Double) -> Double {
    let nu = degreesOfFreedom
    let ratio = s / nu.squareRoot()
    let w = ratio * ratio
    let logOnePlusW = w < 1e300 ? log1p(w) : 2 * log(ratio)
    return LogGamma.difference(nu / 2, plus: 0.5) - 0.5 * log(nu * .pi)
      - (nu + 1) / 2 * logOnePlusW
  }

  /// A positive first guess at the `s` with `P(T > s) = q`: the Cornish–Fisher expansion
  /// of the t quantile about the normal one, `z + (z³ + z)/(4ν) + (5z⁵ + 16z³ + 3z)/(96ν²)`,
  /// which is close for moderate ν and good enough for Newton's method elsewhere.
  private func startingPoint(upperTailProbability q: Double) -> Double {
    let z = -StandardNormal.quantile(q)
    let nu = degreesOfFreedom
    let z2 = z * z
    let guess = z + z * (z2 + 1) / (4 * nu) + z * ((5 * z2 + 16) * z2 + 3) / (96 * nu * nu)
    return guess.isFinite && guess > 0 ? guess : 1
  }

  /// The midpoint of `low … high` in `v = ln s`; with an open end, a step of 1 (a factor of
  /// e in `s`) beyond the known end.
  private func bisection(_ low: Double, _ high: Double) -> Double {
    switch (low.isFinite, high.isFinite) {
    case (true, true): return (low + high) / 2
    case (true, false): return low + 1
    case (false, true): return high - 1
    case (false, false): return 0
    }
  }
}
