import Foundation

extension IncompleteBeta {
  /// The argument `x` with its complement `y = 1 − x` and both logarithms, so that a caller
  /// who knows `y` or the logarithms more exactly than `1 − x` (the t distribution does) can
  /// pass them without loss.
  struct Argument {
    /// `x`, in `0…1`.
    let x: Double
    /// `1 − x`.
    let y: Double
    /// `ln x`.
    let logX: Double
    /// `ln(1 − x)`.
    let logY: Double

    /// `x` and its complement computed as `1 − x`.
    init(x: Double) {
      self.init(x: x, y: 1 - x)
    }

    /// `x` and a complement `y` known separately (`x + y = 1`).
    init(x: Double, y: Double) {
      self.init(
        x: x, y: y, logX: x > 0.5 ? log1p(-y) : log(x), logY: y > 0.5 ? log1p(-x) : log(y))
    }

    /// All four given.
    init(x: Double, y: Double, logX: Double, logY: Double) {
      self.x = x
      self.y = y
      self.logX = logX
      self.logY = logY
    }
  }
}
