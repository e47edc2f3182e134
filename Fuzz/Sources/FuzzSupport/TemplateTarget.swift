import Foundation
import ImpactAnalytics
import ImpactIngest
import ImpactModel
import ImpactRun

@testable import ImpactExport

/// An edited template and labels file rendered into the board report, the way
/// `impact report --templates DIR` renders it, over the figures of a real data folder
/// (worked out once, when the target starts).
///
/// The input is the template's text, then, after a NUL byte if there is one, the text of
/// `labels.txt`. The template is used as both `board-report.md.mustache` and
/// `board-report.html.mustache`, so Markdown and HTML escaping both see it.
public struct TemplateTarget: Sendable {
  let folder = FuzzFolder("templates")
  let exporter: TextReportExporter

  /// Works out the figures of `dataFolder` (`sample-data`, or `IMPACT_FUZZ_DATA`).
  public init() {
    let dataFolder = ProcessInfo.processInfo.environment["IMPACT_FUZZ_DATA"] ?? "sample-data"
    do {
      let read = try DataReading(folder: dataFolder, keepGoing: true, out: nil).read()
      let engine = IndicatorEngine(dataset: read.dataset, configuration: read.configuration)
      guard let periods = engine.periods(for: .latest) else {
        fatalError("\(dataFolder) has no attended session to report on.")
      }
      let context = ReportContext(
        table: engine.table(for: periods), configuration: read.configuration,
        generatedAt: "2026-04-01 09:00", toolVersion: "fuzz", dataset: read.dataset)
      exporter = TextReportExporter(
        context: context, yearSeries: engine.yearSeries(for: periods),
        funders: engine.funderIncome(in: periods.reporting), templates: .folder(folder.path))
    } catch {
      fatalError("The fuzz target needs a data folder: \(error.description)")
    }
  }

  /// Renders the board report with the input as its template and labels.
  public func run(_ bytes: UnsafeRawBufferPointer) {
    let (template, labels) = FuzzInput.split(bytes)
    for name in ["board-report.md.mustache", "board-report.html.mustache"] {
      FileManager.default.createFile(atPath: folder.file(name), contents: Data(template.utf8))
    }
    if let labels {
      FileManager.default.createFile(atPath: folder.file("labels.txt"), contents: Data(labels.utf8))
    } else {
      folder.remove("labels.txt")
    }
    do {
      _ = try exporter.render(
        audiences: [.board], formats: [.md, .html], funder: nil, wordLimit: nil)
    } catch {
      precondition(!error.description.isEmpty, "a template error without a message")
    }
  }
}
