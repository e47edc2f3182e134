/// A chart ready for a template: the inline SVG (for HTML) and its title and description in
/// words (for every format, and for screen readers).
struct ChartView: Sendable {
  /// The chart's title.
  let title: String
  /// What the chart shows, in a sentence or two.
  let description: String
  /// The `<svg>` element, with `<title>` and `<desc>`.
  let svg: String
}
