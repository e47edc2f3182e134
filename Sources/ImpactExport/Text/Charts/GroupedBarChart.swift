/// A horizontal grouped bar chart: for each category one bar per series (told apart by colour
/// and by fill pattern), each with its value written beside it, and an optional benchmark
/// drawn as a black diamond on a line across the category's bars.
struct GroupedBarChart {
  /// One category.
  struct Group {
    let label: String
    /// One value per series; `nil` draws no bar.
    let values: [Double?]
    /// The values as printed.
    let texts: [String]
    /// The benchmark, on the same scale, if any.
    let benchmark: Double?
  }

  let id: String
  let title: String
  let description: String
  /// The series' names, for the legend.
  let series: [String]
  let groups: [Group]
  /// The legend's name for the benchmark marker.
  let benchmarkName: String

  /// The chart as SVG.
  func view() -> ChartView {
    let labelWidth = 300.0
    let plotWidth = 300.0
    let bar = 16.0
    let gap = 12.0
    let legend = 28.0
    let groupHeight = Double(series.count) * bar + gap
    let height = legend + Double(groups.count) * groupHeight + 10
    let hasBenchmark = groups.contains { $0.benchmark != nil }
    let legendWidth =
      series.reduce(0.0) { $0 + 30 + Double($1.count) * 7 }
      + (hasBenchmark ? 20 + Double(benchmarkName.count) * 7 : 0)
    var canvas = SVGCanvas(
      id: id, width: max(labelWidth + plotWidth + 90, labelWidth + legendWidth + 10),
      height: height, title: title, description: description)
    canvas.raw(patterns())
    let largest = groups.flatMap { $0.values.compactMap { $0 } + [$0.benchmark ?? 0] }.max() ?? 0
    let scale = largest > 0 ? plotWidth / largest : 0
    var x = labelWidth
    for (index, name) in series.enumerated() {
      canvas.rect(x: x, y: 6, width: 14, height: 14, fill: fill(index))
      canvas.text(name, x: x + 20, y: 18)
      x += 30 + Double(name.count) * 7
    }
    if hasBenchmark {
      canvas.path(diamond(x: x + 7, y: 13), fill: ChartPalette.benchmark)
      canvas.text(benchmarkName, x: x + 20, y: 18)
    }
    for (index, group) in groups.enumerated() {
      let top = legend + Double(index) * groupHeight
      canvas.text(
        ChartLabel.fit(group.label, width: labelWidth - 10), x: labelWidth - 8,
        y: top + Double(series.count) * bar / 2 + 4, anchor: "end")
      for (seriesIndex, value) in group.values.enumerated() {
        let y = top + Double(seriesIndex) * bar
        let length = (value ?? 0) * scale
        canvas.rect(
          x: labelWidth, y: y + 1, width: length, height: bar - 2, fill: fill(seriesIndex))
        let text = seriesIndex < group.texts.count ? group.texts[seriesIndex] : ""
        let clear = max(length, (group.benchmark ?? 0) * scale + 6)
        canvas.text(text, x: labelWidth + clear + 6, y: y + bar - 4)
      }
      if let benchmark = group.benchmark {
        let bx = labelWidth + benchmark * scale
        let bottom = top + Double(series.count) * bar
        canvas.line(
          x1: bx, y1: top - 2, x2: bx, y2: bottom + 2, stroke: ChartPalette.benchmark,
          width: 1.5)
        canvas.path(diamond(x: bx, y: top - 2), fill: ChartPalette.benchmark)
      }
    }
    canvas.line(
      x1: labelWidth, y1: legend - 2, x2: labelWidth, y2: height - 8,
      stroke: ChartPalette.ink, width: 1)
    return ChartView(title: title, description: description, svg: canvas.svg)
  }

  /// Series 0 solid; the others hatched in their colour.
  private func fill(_ index: Int) -> String {
    index == 0 ? ChartPalette.series[0] : "url(#\(id)-pattern-\(index))"
  }

  private func patterns() -> String {
    var defs = "<defs>"
    for index in 1..<max(series.count, 1) {
      let colour = ChartPalette.series[index % ChartPalette.series.count]
      defs +=
        "<pattern id=\"\(id)-pattern-\(index)\" width=\"6\" height=\"6\" "
        + "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        + "<rect width=\"6\" height=\"6\" fill=\"\(colour)\"/>"
        + "<rect width=\"2\" height=\"6\" fill=\"#ffffff\" fill-opacity=\"0.6\"/></pattern>"
    }
    return defs + "</defs>"
  }

  private func diamond(x: Double, y: Double) -> String {
    let (cx, cy) = (SVGText.number(x), SVGText.number(y))
    let (l, r) = (SVGText.number(x - 5), SVGText.number(x + 5))
    let (t, b) = (SVGText.number(y - 5), SVGText.number(y + 5))
    return "M\(cx) \(t) L\(r) \(cy) L\(cx) \(b) L\(l) \(cy) Z"
  }
}
