import Foundation
import ImpactAnalytics
import ImpactExport
import ImpactIngest
import ImpactModel
import ImpactRun
import ImpactTestSupport
import Testing

/// `reports/examples/` holds the text reports for `sample-data/` (OUTPUTS.md), written by
/// `make examples` through the CLI at a fixed time. This test renders them afresh, as the CLI
/// does, and compares.
@Test func reportExamplesAreCurrent() throws {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
  let sample = root + "/sample-data"
  let configuration = try ConfigLoader(knownColumns: CanonicalColumns.names)
    .load(path: sample + "/impact.yml")
  let dataset = try DataFolderReader(configuration: configuration).read(folder: sample)
  let engine = IndicatorEngine(dataset: dataset, configuration: configuration)
  let periods = try #require(engine.periods(for: .latest))
  let context = ReportContext(
    table: engine.table(for: periods), configuration: configuration,
    generatedAt: ReportExamples.generatedAt, toolVersion: ReportExamples.toolVersion,
    dataset: dataset)
  let exporter = TextReportExporter(
    context: context, yearSeries: engine.yearSeries(for: periods),
    funders: engine.funderIncome(in: periods.reporting))
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let examples = root + "/reports/examples"
  var paths = try exporter.write(
    to: folder.path, audiences: Set(Audience.allCases), formats: Set(TextFormat.allCases))
  // The sample's funder returns (sample-data/returns/), in Markdown and plain text.
  let vocabulary = ReturnVocabularyBuilder.vocabulary(
    table: context.table, configuration: configuration)
  let returns = try ReturnsFolder(dataFolder: sample, configuration: configuration)
    .read(vocabulary: vocabulary)
  #expect(returns.count == 3)
  paths += try FunderReturnExporter(
    context: context, funders: engine.funderIncome(in: periods.reporting)
  ).write(returns, to: folder.path, formats: Set(TextFormat.allCases), workbook: false)
  let names = paths.map { ($0 as NSString).lastPathComponent }
  #expect(names.contains("board-report.html"))
  #expect(names.contains("funder-summary-arts-council-england.txt"))
  let stored = try FileManager.default.contentsOfDirectory(atPath: examples)
    .filter { !$0.hasPrefix(".") }.sorted()
  #expect(stored == names.sorted(), "run `make examples` to bring reports/examples up to date")
  for name in names {
    let now = try folder.text(name)
    let kept = try? String(contentsOfFile: examples + "/" + name, encoding: .utf8)
    #expect(now == kept, "\(name) is stale: run `make examples`")
  }
}

/// The fixed heading of the examples, so they only change when the reports do.
enum ReportExamples {
  static let generatedAt = "2026-04-01T09:00:00Z"
  static let toolVersion = "0.1.0"
}

/// `sample-data/returns/` holds copies of `reports/returns-examples/`, so `make demo` and
/// `reports/examples/` fill in the example returns.
@Test func theSampleReturnsAreTheExampleReturns() throws {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
  let examples = root + "/reports/returns-examples"
  let names = try FileManager.default.contentsOfDirectory(atPath: examples).sorted()
  #expect(names.count == 3)
  #expect(
    try FileManager.default.contentsOfDirectory(atPath: root + "/sample-data/returns").sorted()
      == names)
  for name in names {
    #expect(
      FileManager.default.contents(atPath: examples + "/" + name)
        == FileManager.default.contents(atPath: root + "/sample-data/returns/" + name),
      "copy reports/returns-examples/\(name) to sample-data/returns/")
  }
}
