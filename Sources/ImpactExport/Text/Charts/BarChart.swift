/// A horizontal bar chart: one bar per category, its value written at the bar's end.
struct BarChart {
  /// One bar.
  struct Bar {
    let label: String
    /// The length; `nil` draws no bar (a suppressed or missing figure) but keeps the label.
    let value: Double?
    /// The value as printed (`297`, `<5`, `38%`).
    let text: String
  }

  let id: String
  let title: String
  let description: String
  let bars: [Bar]

  /// The chart as SVG.
  func view() -> ChartView {
    let labelWidth = 190.0
    let plotWidth = 360.0
    let row = 26.0
    let top = 8.0
    let height = top + Double(bars.count) * row + 8
    var canvas = SVGCanvas(
      id: id, width: labelWidth + plotWidth + 70, height: height, title: title,
      description: description)
    let largest = bars.compactMap(\.value).max() ?? 0
    let scale = largest > 0 ? plotWidth / largest : 0
    canvas.line(
      x1: labelWidth, y1: top, x2: labelWidth, y2: height - 8, stroke: ChartPalette.ink, width: 1)
    for (index, bar) in bars.enumerated() {
      let y = top + Double(index) * row
      canvas.text(
        ChartLabel.fit(bar.label, width: labelWidth - 10), x: labelWidth - 8, y: y + 17,
        anchor: "end")
      let length = (bar.value ?? 0) * scale
      canvas.rect(
        x: labelWidth, y: y + 4, width: length, height: row - 8,
        fill: ChartPalette.series[0])
      canvas.text(bar.text, x: labelWidth + length + 6, y: y + 17)
    }
    return ChartView(title: title, description: description, svg: canvas.svg)
  }
}

/// Shortens a label to fit a width at the charts' font size (about 7 units a character).
enum ChartLabel {
  static func fit(_ label: String, width: Double) -> String {
    let most = max(Int(width / 7), 4)
    return label.count <= most ? label : String(label.prefix(most - 1)) + "…"
  }
}
