/// The charts' colours: the Okabe–Ito palette, which readers with the common colour-vision
/// deficiencies can tell apart. Charts never rely on colour alone: every bar carries its value
/// as text, series differ in fill pattern too, and the benchmark is a black marker shape.
enum ChartPalette {
  /// Series colours in order.
  static let series = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"]
  /// Text and axes.
  static let ink = "#1a1a1a"
  /// Grid lines.
  static let grid = "#d0d0d0"
  /// The benchmark marker.
  static let benchmark = "#000000"
}
