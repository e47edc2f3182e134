import Foundation
import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactExport

/// Edited templates and labels are input (issue 11): each hostile edit is a `TemplateError`
/// naming the file and line, found before or while rendering, in bounded time and memory.
@Suite("Hostile templates and labels")
struct HostileTemplateTests {
  /// A view with a list, as the report views have.
  struct ListView {
    struct Item {
      let name: String
      let people: Int
    }
    let programmes: [Item]
    let organisation = "Riverside"

    static func of(_ count: Int) -> ListView {
      ListView(programmes: (1...count).map { Item(name: "Programme \($0)", people: $0) })
    }
  }

  /// The error loading `files` as a templates folder and rendering `board-report.md` with a
  /// list of a hundred programmes, or `nil` when there is none.
  static func error(_ files: [String: String], limits: InputLimits = .standard) throws
    -> (TemplateError, TemporaryFolder)?
  {
    let folder = try TemporaryFolder(files)
    do {
      let library = try ReportTemplates(source: .folder(folder.path), limits: limits)
      _ = try library.render(ListView.of(100), template: "board-report.md")
      return nil
    } catch {
      return (error, folder)
    }
  }

  static func syntax(_ error: TemplateError) -> (file: String, line: Int, problem: String)? {
    guard case .syntax(let file, let line, _, let problem) = error else { return nil }
    return (file, line, problem)
  }

  @Test func aPartialThatIncludesItselfIsRefused() throws {
    let (error, folder) = try #require(
      try Self.error([
        "_loop.mustache": "Again:\n{{> _loop}}\n",
        "board-report.md.mustache": "# Board\n{{> _loop}}\n",
      ]))
    defer { folder.remove() }
    let found = try #require(Self.syntax(error))
    #expect(found.file == folder.file("_loop.mustache"))
    #expect(found.line == 2)
    #expect(found.problem.contains("the partial _loop includes itself (_loop → _loop)"))
    #expect(error.description.hasPrefix(folder.file("_loop.mustache") + ":2:1: "))
  }

  @Test func aPartialThatIncludesItselfThroughAnotherIsRefused() throws {
    let (error, folder) = try #require(
      try Self.error([
        "_first.mustache": "{{> _second}}",
        "_second.mustache": "line one\n{{#programmes}}{{> _first}}{{/programmes}}\n",
        "board-report.md.mustache": "{{> _first}}",
      ]))
    defer { folder.remove() }
    let found = try #require(Self.syntax(error))
    // The check starts from the first name in order: _first → _second → _first.
    #expect(found.file == folder.file("_second.mustache"))
    #expect(found.line == 2)
    #expect(found.problem.contains("(_first → _second → _first)"))
  }

  @Test func aMissingPartialIsNamedWithItsLine() throws {
    let (error, folder) = try #require(
      try Self.error(["board-report.md.mustache": "# Board\n\nSee {{> _apendix}} below.\n"]))
    defer { folder.remove() }
    let found = try #require(Self.syntax(error))
    #expect(found.file == folder.file("board-report.md.mustache"))
    #expect(found.line == 3)
    #expect(found.problem.hasPrefix("the partial _apendix does not exist"))
  }

  @Test func aPartialNamedByTheDataIsRefused() throws {
    let (error, folder) = try #require(
      try Self.error(["board-report.md.mustache": "{{>*organisation}}\n"]))
    defer { folder.remove() }
    let found = try #require(Self.syntax(error))
    #expect(found.line == 1)
    #expect(found.problem.contains("takes its name from the data"))
  }

  @Test func anUnclosedSectionIsNamedAtItsOpeningLine() throws {
    let (error, folder) = try #require(
      try Self.error([
        "board-report.md.mustache": "# Board\n{{#programmes}}\n- {{name}}\n{{/programmes}}\n"
          + "{{#organisation}}{{.}} people\n\nThe end.\n"
      ]))
    defer { folder.remove() }
    let found = try #require(Self.syntax(error))
    #expect(found.line == 5)
    #expect(
      found.problem == "the section {{#organisation}} is never closed with {{/organisation}}")
  }

  @Test func sectionsNestedPastTheLimitAreRefused() throws {
    let deep = String(repeating: "{{#a}}", count: 70) + String(repeating: "{{/a}}", count: 70)
    let (error, folder) = try #require(try Self.error(["board-report.md.mustache": deep]))
    defer { folder.remove() }
    let found = try #require(Self.syntax(error))
    #expect(found.problem == "sections are nested more than 64 deep")
  }

  @Test func partialsThatMultiplyPastTheLimitAreRefusedBeforeRendering() throws {
    // 1 KB, doubled by each of 20 partials: a gigabyte of text, never written.
    var files = ["_p0.mustache": String(repeating: "x", count: 1024)]
    for level in 1...20 {
      files["_p\(level).mustache"] = "{{> _p\(level - 1)}}{{> _p\(level - 1)}}"
    }
    files["board-report.md.mustache"] = "# Board\n{{> _p20}}\n"
    let started = Date()
    let (error, folder) = try #require(try Self.error(files))
    defer { folder.remove() }
    let found = try #require(Self.syntax(error))
    #expect(found.problem.contains("larger than a document may be (64 MB)"))
    // _p16 is 1 KB × 2^16 = 64 MB of text plus its tags: the first past the limit.
    #expect(found.file == folder.file("_p16.mustache"))
    #expect(found.line == 1)
    #expect(Date().timeIntervalSince(started) < 5)
  }

  @Test func aListNestedInItselfStopsAtTheRenderedLimit() throws {
    // {{#programmes}} four deep: the list's items to the fourth power, each a line.
    let template =
      "# Board\n\n" + String(repeating: "{{#programmes}}", count: 4)
      + "{{name}} {{people}}\n" + String(repeating: "{{/programmes}}", count: 4)
    var limits = InputLimits.standard
    limits.renderedBytes = 1 << 20
    let started = Date()
    let (error, folder) = try #require(
      try Self.error(["board-report.md.mustache": template], limits: limits))
    defer { folder.remove() }
    guard case .renderedTooLarge(let file, let line, let section, let limit) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(file == folder.file("board-report.md.mustache"))
    #expect(line == 3)
    #expect(section == "programmes")
    #expect(limit == 1 << 20)
    #expect(error.description.contains("the section {{#programmes}} repeats so often"))
    #expect(Date().timeIntervalSince(started) < 10)
  }

  @Test func theSameListOnceRendersAsBefore() throws {
    let folder = try TemporaryFolder([
      "board-report.md.mustache": "{{#programmes}}- {{name}}\n{{/programmes}}"
    ])
    defer { folder.remove() }
    var limits = InputLimits.standard
    limits.renderedBytes = 1 << 20
    let library = try ReportTemplates(source: .folder(folder.path), limits: limits)
    let text = try library.render(ListView.of(3), template: "board-report.md")
    #expect(text == "- Programme 1\n- Programme 2\n- Programme 3\n")
  }

  @Test(arguments: [
    ("<script>alert(1)</script>", "<s"), ("Reach {{people}}", "{{"), ("see [this](http://x)", "]("),
    ("a </b> close", "</"),
  ])
  func markupInALabelIsRefused(label: String, markup: String) throws {
    let (error, folder) = try #require(
      try Self.error(["labels.txt": "# edited\n\nheading.reach: \(label)\n"]))
    defer { folder.remove() }
    let found = try #require(Self.syntax(error))
    #expect(found.file == folder.file("labels.txt"))
    #expect(found.line == 3)
    #expect(found.problem.hasPrefix("the label heading.reach holds markup (\(markup))"))
  }

  @Test func aTemplateFilePastTheSizeLimitIsRefusedUnread() throws {
    var limits = InputLimits.standard
    limits.templateBytes = 1024
    let (error, folder) = try #require(
      try Self.error(
        ["board-report.md.mustache": String(repeating: "words ", count: 200)], limits: limits))
    defer { folder.remove() }
    let found = try #require(Self.syntax(error))
    #expect(found.problem == "the file is larger than a template may be (1 KB)")
  }
}
