/// Builds one `<svg>` element: the accessible heading (`role="img"`, `<title>`, `<desc>`) and
/// the shapes added to it.
struct SVGCanvas {
  let id: String
  let width: Double
  let height: Double
  let title: String
  let description: String
  private(set) var body = ""

  init(id: String, width: Double, height: Double, title: String, description: String) {
    self.id = id
    self.width = width
    self.height = height
    self.title = title
    self.description = description
  }

  mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String) {
    body +=
      "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(width, 0)))\" height=\"\(n(height))\" "
      + "fill=\"\(fill)\"/>"
  }

  mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double)
  {
    body +=
      "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" "
      + "stroke-width=\"\(n(width))\"/>"
  }

  mutating func text(
    _ content: String, x: Double, y: Double, anchor: String = "start", bold: Bool = false,
    fill: String? = nil
  ) {
    body +=
      "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\""
      + (bold ? " font-weight=\"bold\"" : "") + (fill.map { " fill=\"\($0)\"" } ?? "") + ">"
      + SVGText.escaped(content) + "</text>"
  }

  mutating func polyline(_ points: [(Double, Double)], stroke: String) {
    let list = points.map { n($0.0) + "," + n($0.1) }.joined(separator: " ")
    body +=
      "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"2.5\"/>"
  }

  mutating func circle(x: Double, y: Double, radius: Double, fill: String) {
    body += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\" fill=\"\(fill)\"/>"
  }

  mutating func path(_ d: String, fill: String, stroke: String = "none") {
    body += "<path d=\"\(d)\" fill=\"\(fill)\" stroke=\"\(stroke)\"/>"
  }

  mutating func raw(_ markup: String) {
    body += markup
  }

  /// The finished element.
  var svg: String {
    let titleID = id + "-title"
    let descID = id + "-desc"
    return
      "<svg id=\"\(id)\" class=\"chart\" "
      + "viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" "
      + "role=\"img\" aria-labelledby=\"\(titleID) \(descID)\" "
      + "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\" fill=\"\(ChartPalette.ink)\">"
      + "<title id=\"\(titleID)\">\(SVGText.escaped(title))</title>"
      + "<desc id=\"\(descID)\">\(SVGText.escaped(description))</desc>" + body + "</svg>"
  }

  private func n(_ value: Double) -> String { SVGText.number(value) }
}
