/// A horizontal stacked bar chart of shares: one bar per category, split into parts (a share
/// each, adding up to about 1), each part's share written inside it when it fits, and a
/// legend naming the parts. Parts differ in colour and in order (the legend's order, left to
/// right), and the description lists every value, so colour is never the only cue.
struct StackedBarChart {
  /// One category.
  struct Bar {
    let label: String
    /// One share per part; `nil` draws nothing for that part (suppressed or missing).
    let values: [Double?]
    /// The shares as printed.
    let texts: [String]
  }

  let id: String
  let title: String
  let description: String
  /// The parts' names, in order.
  let parts: [String]
  let bars: [Bar]
  /// Colours the parts from the highest down instead (for a measure where low is good, such
  /// as anxiety, so the good end has the same colour in both charts).
  var reversedColours = false

  /// The chart as SVG.
  func view() -> ChartView {
    let labelWidth = 300.0
    let plotWidth = 400.0
    let row = 30.0
    let legend = 28.0
    let height = legend + Double(bars.count) * row + 10
    let legendWidth = parts.reduce(0.0) { $0 + 30 + Double($1.count) * 7 }
    var canvas = SVGCanvas(
      id: id, width: max(labelWidth + plotWidth + 20, labelWidth + legendWidth + 10),
      height: height, title: title, description: description)
    var x = labelWidth
    for (index, name) in parts.enumerated() {
      canvas.rect(x: x, y: 6, width: 14, height: 14, fill: colour(index))
      canvas.text(name, x: x + 20, y: 18)
      x += 30 + Double(name.count) * 7
    }
    for (index, bar) in bars.enumerated() {
      let y = legend + Double(index) * row
      canvas.text(
        ChartLabel.fit(bar.label, width: labelWidth - 10), x: labelWidth - 8, y: y + 19,
        anchor: "end")
      var start = labelWidth
      for (part, value) in bar.values.enumerated() {
        let length = max(value ?? 0, 0) * plotWidth
        canvas.rect(x: start, y: y + 3, width: length, height: row - 6, fill: colour(part))
        let text = part < bar.texts.count ? bar.texts[part] : ""
        if length >= Double(text.count) * 7 + 6 {
          canvas.text(
            text, x: start + length / 2, y: y + 19, anchor: "middle", bold: true,
            fill: [0, 3].contains(shade(part)) ? "#ffffff" : ChartPalette.ink)
        }
        start += length
      }
    }
    canvas.line(
      x1: labelWidth, y1: legend, x2: labelWidth, y2: height - 8, stroke: ChartPalette.ink,
      width: 1)
    return ChartView(title: title, description: description, svg: canvas.svg)
  }

  /// The shade of a part: 0 (vermilion) to 3 (blue), from the lowest band to the highest.
  private func shade(_ index: Int) -> Int {
    let shade = min(index, 3)
    return reversedColours ? 3 - shade : shade
  }

  private func colour(_ index: Int) -> String {
    let shades = [
      ChartPalette.series[5], ChartPalette.series[1], ChartPalette.series[4],
      ChartPalette.series[0],
    ]
    return shades[shade(index)]
  }
}
