import Foundation
import ImpactTestSupport
import Testing

@testable import ImpactExport

/// The repository's root, from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

@Test func theEmbeddedTemplatesAreTheFilesOfReportsTemplates() throws {
  let folder = repositoryRoot + "/reports/templates"
  let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    .filter { $0.hasSuffix(".mustache") || $0 == "labels.txt" }.sorted()
  #expect(
    names == BuiltInTemplates.files.keys.sorted(),
    "run reports/embed-templates.sh (make templates) after changing reports/templates")
  for name in names {
    let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    #expect(BuiltInTemplates.files[name] == text, "\(name) differs: run make templates")
  }
}

@Test func aTemplateErrorNamesTheFileAndLine() throws {
  let folder = try TemporaryFolder([
    "board-report.md.mustache":
      "# {{heading.organisation}}\n\nWe reached {{#people}}{{value}} people.\n"
  ])
  defer { folder.remove() }
  let path = folder.file("board-report.md.mustache")
  let exporter = TextReportExporter(
    context: TextFixture.context, yearSeries: TextFixture.years, funders: TextFixture.funders,
    templates: .folder(folder.path))
  do {
    _ = try exporter.render(audiences: [.board], formats: [.md], funder: nil, wordLimit: nil)
    Issue.record("an unclosed section was accepted")
  } catch {
    guard case .template(.syntax(let file, let line, _, let problem)) = error else {
      Issue.record("unexpected error \(error)")
      return
    }
    #expect(file == path)
    // The line of the section left open, not the end of the file.
    #expect(line == 3)
    #expect(problem == "the section {{#people}} is never closed with {{/people}}")
    #expect(error.description.hasPrefix(path + ":3:"))
  }
}

@Test func anEditedTemplateReplacesTheBuiltInOneAndTheRestStay() throws {
  let folder = try TemporaryFolder([
    "board-report.md.mustache": "{{heading.organisation}} reached {{people.value}} people.\n"
  ])
  defer { folder.remove() }
  let exporter = TextReportExporter(
    context: TextFixture.context, yearSeries: TextFixture.years, funders: TextFixture.funders,
    templates: .folder(folder.path))
  let documents = try exporter.render(
    audiences: [.board, .bid], formats: [.md], funder: nil, wordLimit: nil)
  #expect(documents.first?.text == "Riverside \\<Arts> & Co reached 1,204 people.\n")
  #expect(documents.last?.text.hasPrefix("# Riverside") == true)
}

@Test func aMissingTemplatesFolderIsExplained() {
  let exporter = TextReportExporter(
    context: TextFixture.context, yearSeries: TextFixture.years, funders: TextFixture.funders,
    templates: .folder("/no/such/folder"))
  #expect(throws: TextReportError.self) {
    try exporter.render(audiences: [.board], formats: [.md], funder: nil, wordLimit: nil)
  }
}
