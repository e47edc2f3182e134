/// A line chart of one figure over periods, oldest first, each point labelled with its value;
/// a missing or suppressed point breaks the line.
struct LineChart {
  /// One point.
  struct Point {
    let label: String
    let value: Double?
    let text: String
  }

  let id: String
  let title: String
  let description: String
  let points: [Point]

  /// The chart as SVG.
  func view() -> ChartView {
    let left = 20.0
    let top = 24.0
    let plotHeight = 160.0
    let step = points.count > 1 ? min(110.0, 560.0 / Double(points.count - 1)) : 0
    let width = left * 2 + step * Double(max(points.count - 1, 0)) + 60
    let height = top + plotHeight + 44
    var canvas = SVGCanvas(
      id: id, width: max(width, 240), height: height, title: title, description: description)
    let values = points.compactMap(\.value)
    let largest = values.max() ?? 0
    let scale = largest > 0 ? plotHeight / largest : 0
    let baseline = top + plotHeight
    canvas.line(
      x1: left, y1: baseline, x2: max(width, 240) - left, y2: baseline,
      stroke: ChartPalette.ink, width: 1)
    var segment: [(Double, Double)] = []
    var segments: [[(Double, Double)]] = []
    for (index, point) in points.enumerated() {
      let x = left + 30 + Double(index) * step
      canvas.text(point.label, x: x, y: baseline + 18, anchor: "middle")
      if let value = point.value {
        segment.append((x, baseline - value * scale))
      } else {
        if !segment.isEmpty { segments.append(segment) }
        segment = []
      }
    }
    if !segment.isEmpty { segments.append(segment) }
    for line in segments where line.count > 1 {
      canvas.polyline(line, stroke: ChartPalette.series[0])
    }
    for (index, point) in points.enumerated() {
      let x = left + 30 + Double(index) * step
      let y = baseline - (point.value ?? 0) * scale
      if point.value != nil { canvas.circle(x: x, y: y, radius: 4, fill: ChartPalette.series[0]) }
      canvas.text(
        point.text, x: x, y: point.value == nil ? baseline - 6 : y - 9, anchor: "middle",
        bold: true)
    }
    return ChartView(title: title, description: description, svg: canvas.svg)
  }
}
