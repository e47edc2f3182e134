import Foundation
import ImpactTestSupport
import Testing

@testable import ImpactExport

@Test func labelsSkipCommentsAndBlankLinesAndFillPlaceholders() throws {
  let labels = try ReportLabels(
    parsing: "# a comment\n\ncaption.reach: Reach by programme, {period}\r\n"
      + "indicator.priority_share:any:  In at least one priority group  \n  # indented comment\n",
    path: "labels.txt")
  #expect(labels.texts.count == 2)
  #expect(labels["indicator.priority_share:any"] == "In at least one priority group")
  #expect(labels("caption.reach", ["period": "2025-26 Q2"]) == "Reach by programme, 2025-26 Q2")
  // A placeholder without a value, and a brace on its own, stay as they are.
  #expect(ReportLabels.fill("{a} {b} {", ["a": "1"]) == "1 {b} {")
  #expect(labels["heading.nothing"] == "heading.nothing")
}

@Test func aMalformedLabelLineIsNamedByFileAndLine() {
  let cases = [
    ("# labels\nheading.figure: Figure\n\nheading figure Figure\n", 4),
    ("heading.figure Figure\n", 1),
    ("heading.figure: Figure\nheading.status: Status\nheading.figure: Item\n", 3),
    ("\n: no key\n", 2),
    ("two words: text\n", 1),
  ]
  for (text, line) in cases {
    #expect(throws: TemplateError.self) {
      try ReportLabels(parsing: text, path: "/my/labels.txt")
    }
    do {
      _ = try ReportLabels(parsing: text, path: "/my/labels.txt")
    } catch {
      guard case .syntax(let file, let errorLine, _, _) = error else {
        Issue.record("unexpected error \(error)")
        continue
      }
      #expect(file == "/my/labels.txt" && errorLine == line, "\(text)")
      #expect(error.description.hasPrefix("/my/labels.txt:\(line):"))
    }
  }
}

@Test func anOrganisationsLabelsReplaceOnlyTheKeysTheyGive() throws {
  let builtIn = ReportLabels(texts: ["heading.figure": "Figure", "heading.target": "Target"])
  let merged = builtIn.merging(ReportLabels(texts: ["heading.figure": "Measure"]))
  #expect(merged.texts == ["heading.figure": "Measure", "heading.target": "Target"])
}

@Test func anEditedLabelsFileChangesThatHeadingInTheBoardReportAndLeavesTheRest() throws {
  let folder = try TemporaryFolder([
    "labels.txt":
      "# our wording\ncaption.reach_by_programme: Who came to each programme in {period}\n"
  ])
  defer { folder.remove() }
  let edited = try TextReportExporter(
    context: TextFixture.context, yearSeries: TextFixture.years, funders: TextFixture.funders,
    templates: .folder(folder.path)
  ).render(audiences: [.board], formats: [.md], funder: nil, wordLimit: nil)
  let original = try TextFixture.exporter.render(
    audiences: [.board], formats: [.md], funder: nil, wordLimit: nil)
  let text = try #require(edited.first?.text)
  let before = try #require(original.first?.text)
  #expect(text.contains("Who came to each programme in 2025-26 Q2"))
  #expect(!text.contains("Reach by programme,"))
  #expect(before.contains("Reach by programme, 2025-26 Q2"))
  #expect(text.contains("Headline figures for 2025-26 Q2"))
  // Only the caption's line changed.
  let changed = zip(text.split(separator: "\n"), before.split(separator: "\n")).filter { $0 != $1 }
  #expect(changed.count == 1)
}

@Test func aMalformedLabelsFileInTheTemplatesFolderIsReported() throws {
  let folder = try TemporaryFolder(["labels.txt": "heading.figure: Item\nheading.target Goal\n"])
  defer { folder.remove() }
  let exporter = TextReportExporter(
    context: TextFixture.context, yearSeries: TextFixture.years, funders: TextFixture.funders,
    templates: .folder(folder.path))
  do {
    _ = try exporter.render(audiences: [.board], formats: [.md], funder: nil, wordLimit: nil)
    Issue.record("a malformed labels file was accepted")
  } catch {
    guard case .template(let templateError) = error else {
      Issue.record("unexpected error \(error)")
      return
    }
    #expect(
      templateError
        == .syntax(
          file: folder.file("labels.txt"), line: 2, column: 1,
          problem: "a label must be written `key: text`, with no space in the key"))
  }
}

/// The kinds of key; a report showing one followed by a letter shows a key with no text.
private let keyPrefixes = [
  "indicator.", "field.", "group.", "heading.", "caption.", "chart.", "word.", "workbook.",
]

/// Keys and unfilled `{placeholders}` left in a document.
private func leftovers(in text: String) -> [String] {
  var found: [String] = []
  for prefix in keyPrefixes {
    var rest = text[...]
    while let range = rest.range(of: prefix) {
      let next = rest[range.upperBound...].first
      if let next, next.isLetter, next.isLowercase {
        found.append(String(rest[range.lowerBound...].prefix(40)))
      }
      rest = rest[range.upperBound...]
    }
  }
  var rest = text[...]
  while let open = rest.firstIndex(of: "{") {
    let name = rest[rest.index(after: open)...].prefix { $0.isLetter || $0 == "_" }
    let after = rest[rest.index(after: open)...].dropFirst(name.count).first
    if !name.isEmpty, after == "}" { found.append("{" + name + "}") }
    rest = rest[rest.index(after: open)...]
  }
  return found
}

@Test func everyLabelTheFixtureDocumentsUseIsInTheBuiltInFile() throws {
  let documents = try TextFixture.exporter.render(
    audiences: Set(Audience.allCases), formats: Set(TextFormat.allCases), funder: nil,
    wordLimit: nil)
  // Board, bid and inclusion in md and html; the one funder's summary in md, txt and html.
  #expect(documents.count == 9)
  for document in documents {
    #expect(leftovers(in: document.text).isEmpty, "\(document.fileName)")
  }
}

@Test func everyLabelTheSampleReportsUseIsInTheBuiltInFile() throws {
  // reports/examples/ is the sample's every document (ReportExamplesTests keeps it current).
  let folder = repositoryRoot + "/reports/examples"
  let names = try FileManager.default.contentsOfDirectory(atPath: folder)
  #expect(names.count >= 10)
  for name in names {
    let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    #expect(leftovers(in: text).isEmpty, "\(name)")
  }
  #expect(
    leftovers(in: "x heading.figure y {period}") == ["heading.figure y {period}", "{period}"])
}

/// The label keys a Swift file spells whole, as a string literal: `labels["workbook.reach.title"]`,
/// `labels("workbook.reach.title", […])`, `heading: "heading.people"`.
private func keysSpelled(in text: String) throws -> [String] {
  let pattern = try Regex(
    #""((?:indicator|field|group|heading|caption|chart|word|workbook|config)\.[A-Za-z0-9_.:]*[A-Za-z0-9_])""#
  )
  return text.matches(of: pattern).map { String(text[$0.range].dropFirst().dropLast()) }
}

/// The Swift files of ImpactExport (the generated copy of the templates aside), by path.
private func exportSources(under folder: String = "") throws -> [String: String] {
  let root = repositoryRoot + "/Sources/ImpactExport" + folder
  var sources: [String: String] = [:]
  for path in FileManager.default.subpaths(atPath: root) ?? []
  where path.hasSuffix(".swift") && !path.hasSuffix("+Generated.swift") {
    sources[path] = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
  }
  return sources
}

@Test func everyLabelTheSourcesSpellIsInTheBuiltInFile() throws {
  let labels = try ReportLabels.builtIn()
  var workbookKeys: Set<String> = []
  for (path, text) in try exportSources() {
    for key in try keysSpelled(in: text) {
      #expect(labels.text(key) != nil, "\(path): \(key)")
      if key.hasPrefix("workbook.") { workbookKeys.insert(key) }
    }
  }
  #expect(workbookKeys.count > 100)
  #expect(
    try keysSpelled(in: #"x labels["heading.people"] "word.previous_quarter." + kind"#) == [
      "heading.people"
    ])
}

@Test func everyWorkbookLabelOfTheBuiltInFileIsUsedByTheWorkbook() throws {
  let spelled = Set(try exportSources(under: "/Workbook").values.flatMap(keysSpelled))
  let unused = try ReportLabels.builtIn().texts.keys.filter {
    $0.hasPrefix("workbook.") && !spelled.contains($0)
  }
  #expect(unused.isEmpty, "\(unused.sorted())")
}

@Test func theFixtureWorkbookShowsNoKeyAndNoUnfilledPlaceholder() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let workbook = try WorkbookFixture.workbook(in: folder)
  #expect(workbook.sharedStrings.count > 100)
  for text in workbook.sharedStrings {
    #expect(leftovers(in: text).isEmpty, "\(text.prefix(80))")
  }
  let charts = workbook.entries.keys.filter { $0.hasPrefix("xl/charts/") }
  #expect(charts.count >= 5)
  for part in charts + ["docProps/core.xml", "docProps/app.xml"] {
    #expect(leftovers(in: workbook.text(part)).isEmpty, "\(part)")
  }
}

@Test func theLabelsBuiltFromKindsOfPeriodAndEffectSizesExist() throws {
  let labels = try ReportLabels.builtIn()
  for kind in ["quarter", "year", "year_to_date"] {
    #expect(labels.text("word.previous_quarter." + kind) != nil)
    #expect(labels.text("word.last_year." + kind) != nil)
  }
  for size in ["large", "medium", "small", "very_small"] {
    #expect(labels.text("word.effect." + size) != nil)
  }
  #expect(labels["word.last_year.quarter"] == "the same quarter last year")
  #expect(labels["word.effect.very_small"] == "very small")
}
