import Foundation
import Testing

@testable import ImpactExport

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Collects what an XML parse finds: errors, element names, and whether each `<svg>` starts
/// with a `<title>`.
private final class HTMLChecker: NSObject, XMLParserDelegate {
  var elements: [String] = []
  var svgWithoutTitle = 0
  var awaitingTitle = false
  var attributes: [String] = []

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if awaitingTitle && name != "title" { svgWithoutTitle += 1 }
    awaitingTitle = name == "svg"
    elements.append(name)
    self.attributes += attributes.values
  }
}

/// Checks one HTML document: well-formed XML, no script, no external reference, every chart
/// titled.
func checkHTML(_ text: String, name: String) {
  #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"), "\(name)")
  let parser = XMLParser(data: Data(text.utf8))
  let checker = HTMLChecker()
  parser.delegate = checker
  #expect(parser.parse(), "\(name) is not well-formed: \(String(describing: parser.parserError))")
  #expect(!checker.elements.contains("script"), "\(name) has a script")
  #expect(!checker.elements.contains("link") && !checker.elements.contains("img"), "\(name)")
  #expect(checker.svgWithoutTitle == 0, "\(name) has an <svg> without a <title>")
  let lower = text.lowercased()
  for external in ["http:", "https:", "//", "src=", "@import"] where external != "//" {
    #expect(!lower.contains(external), "\(name) refers to \(external)")
  }
  #expect(!checker.attributes.contains { $0.hasPrefix("//") }, "\(name)")
  #expect(text.contains("@media print") && text.contains("size: A4"), "\(name)")
}

@Test func everyHTMLDocumentIsSelfContainedWellFormedAndTitled() throws {
  let documents = try TextFixture.exporter.render(
    audiences: Set(Audience.allCases), formats: [.html], funder: nil, wordLimit: nil)
  #expect(documents.count == 4)
  for document in documents {
    checkHTML(document.text, name: document.fileName)
  }
  let board = try #require(documents.first { $0.fileName == "board-report.html" })
  #expect(board.text.contains("<h1>Riverside &lt;Arts&gt; &amp; Co: board report, 2025-26 Q2</h1>"))
  #expect(board.text.contains("<caption>"))
  #expect(board.text.contains("<svg id=\"priority-shares\""))
}

@Test func theChartsDrawTheirValuesAsTextAndTheBenchmarkAsAShape() {
  let chart = GroupedBarChart(
    id: "c", title: "Share & benchmark", description: "A: 36%, benchmark 30%.",
    series: ["Now", "Then"],
    groups: [.init(label: "A", values: [0.36, 0.4], texts: ["36%", "40%"], benchmark: 0.3)],
    benchmarkName: "Benchmark"
  ).view()
  #expect(chart.svg.hasPrefix("<svg id=\"c\""))
  #expect(chart.svg.contains("<title id=\"c-title\">Share &amp; benchmark</title>"))
  #expect(chart.svg.contains("<desc id=\"c-desc\">A: 36%, benchmark 30%.</desc>"))
  #expect(chart.svg.contains(">36%</text>") && chart.svg.contains(">40%</text>"))
  #expect(chart.svg.contains("url(#c-pattern-1)"))
  #expect(chart.svg.contains("<path d=\"M"))
  let line = LineChart(
    id: "l", title: "T", description: "D",
    points: [.init(label: "Q1", value: 10, text: "10"), .init(label: "Q2", value: nil, text: "<5")]
  ).view()
  #expect(line.svg.contains(">&lt;5</text>"))
  #expect(!line.svg.contains("<polyline"))
}

@Test func theSampleExamplesInHTMLPassTheSameChecks() throws {
  let folder = repositoryRoot + "/reports/examples"
  let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    .filter { $0.hasSuffix(".html") }
  #expect(names.count >= 4)
  for name in names {
    checkHTML(try String(contentsOfFile: folder + "/" + name, encoding: .utf8), name: name)
  }
}
