import Foundation
import ImpactTestSupport
import Testing

@testable import ImpactExport

/// Replays each kept input of the templates fuzz target (`Fuzz/Regressions/templates/`) the
/// way the target runs it, the board report in Markdown and HTML, and checks the outcome is
/// the one recorded beside it.
@Suite struct TemplateFuzzRegressionTests {
  static let folder = repositoryRoot + "/Fuzz/Regressions/templates"

  static var inputs: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { !$0.hasSuffix(".expected") }.sorted()
  }

  @Test func everyInputHasAnExpectedOutcome() {
    #expect(Self.inputs.count >= 2)
  }

  @Test(arguments: inputs)
  func replay(name: String) throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name))
    let expected = try String(
      contentsOfFile: Self.folder + "/" + name + ".expected", encoding: .utf8)
    let parts = bytes.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
    let template = String(decoding: parts[0], as: UTF8.self)
    var files = ["board-report.md.mustache": template, "board-report.html.mustache": template]
    if parts.count > 1 { files["labels.txt"] = String(decoding: parts[1], as: UTF8.self) }
    let templates = try TemporaryFolder(files)
    defer { templates.remove() }
    let exporter = TextReportExporter(
      context: TextFixture.context, yearSeries: TextFixture.years, funders: TextFixture.funders,
      templates: .folder(templates.path))
    let outcome: String
    do {
      let documents = try exporter.render(
        audiences: [.board], formats: [.md, .html], funder: nil, wordLimit: nil)
      outcome = "renders \(documents.count) documents"
    } catch {
      outcome = error.description.replacingOccurrences(of: templates.path, with: "DIR")
    }
    #expect(outcome == expected.trimmingCharacters(in: .newlines))
  }
}
