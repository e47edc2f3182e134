import Foundation
import ImpactAnalytics
import ImpactTestSupport
import Testing

@testable import ImpactExport

/// Writes the fixture's workbook once per test and reads it back.
private func writtenWorkbook() throws -> (WorkbookReader, TemporaryFolder, ReportContext) {
  let folder = try TemporaryFolder()
  let context = WorkbookFixture.context()
  try WorkbookExporter(context: context).write(to: folder.file("impact-report.xlsx"))
  return (try WorkbookReader(path: folder.file("impact-report.xlsx")), folder, context)
}

@Test func everySheetExistsInOrder() throws {
  let (workbook, folder, _) = try writtenWorkbook()
  defer { folder.remove() }
  #expect(
    workbook.sheets.map(\.name) == [
      "Summary", "Reach", "Inclusion", "Wellbeing", "Funding", "Trends", "Quotes",
      "Data quality", "Indicators", "About",
    ])
  #expect(folder.entries == ["impact-report.xlsx"])
}

@Test func indicatorsSheetEqualsIndicatorsCSVCellByCell() throws {
  let (workbook, folder, context) = try writtenWorkbook()
  defer { folder.remove() }
  try IndicatorsCSVFile(rows: context.table.rows).write(to: folder.file("indicators.csv"))
  let csv = SimpleCSV.parse(try folder.text("indicators.csv"))
  let cells = workbook.cells(of: "Indicators")
  #expect(csv.count == context.table.rows.count + 1)
  var compared = 0
  for (rowIndex, fields) in csv.enumerated() {
    #expect(fields.count == 19)
    for (column, field) in fields.enumerated() {
      let reference = CellPosition(row: rowIndex, column: column)!.reference
      let cell = cells[reference]
      if field.isEmpty {
        #expect(cell == nil, "\(reference) should be empty")
      } else if let number = Double(field), rowIndex > 0, column != 5 {
        // libxlsxwriter 1.1.4 writes numbers with 16 significant digits (Excel shows 15),
        // so a 17-digit double reads back as its nearest 16-digit neighbour.
        let sixteenDigits = Double(String(format: "%.16g", number))!
        #expect(cell == .number(sixteenDigits), "\(reference): \(field)")
      } else if case .text(let text)? = cell {
        // The CSV guards spreadsheet-unsafe text from the data with a leading `'`; the
        // workbook stores the text itself, as a string, which no spreadsheet runs.
        let guarded = "=+-@\t\r".contains(text.first ?? " ") && field == "'" + text
        #expect(field == text || guarded, "\(reference): \(field) against \(text)")
      } else {
        Issue.record("\(reference) holds \(String(describing: cell)), not \(field)")
      }
      compared += 1
    }
  }
  #expect(compared == csv.count * 19)
  // Every stored cell is accounted for.
  #expect(cells.count == csv.joined().filter { !$0.isEmpty }.count)
}

@Test func hostileTextRoundTripsAsTextAndNeverAsAFormula() throws {
  let (workbook, folder, _) = try writtenWorkbook()
  defer { folder.remove() }
  for sheet in workbook.sheets {
    #expect(!workbook.text(sheet.part).contains("<f>"), "\(sheet.name) holds a formula")
  }
  let reach = workbook.cells(of: "Reach")
  // Reach: title rows, a chart of 20 rows, the heading; the programme table's header is on
  // row 25 and its nine groups (by code point, `Tiny` between `Tab…` and `_x0041_…`) follow.
  var programmes = WorkbookFixture.hostileProgrammes
  programmes.insert(WorkbookFixture.tinyProgramme, at: 6)
  #expect(reach["A25"] == .text("Programme"))
  for (offset, programme) in programmes.enumerated() {
    #expect(reach["A\(26 + offset)"] == .text(programme))
    let participants: WorkbookReader.Cell =
      programme == WorkbookFixture.tinyProgramme ? .text("<5") : .number(6)
    #expect(reach["C\(26 + offset)"] == participants, "\(programme)")
  }

  let quotes = workbook.cells(of: "Quotes")
  #expect(quotes["C4"] == .text("Comment"))
  for (index, comment) in WorkbookFixture.comments.dropLast().enumerated() {
    #expect(quotes["C\(5 + index)"] == .text(comment))
    let programme = WorkbookFixture.hostileProgrammes[index]
    #expect(quotes["B\(5 + index)"] == .text(programme))
  }
  guard case .text(let long)? = quotes["C10"] else {
    Issue.record("the long comment is missing")
    return
  }
  #expect(long.utf16.count == 32_767)
  #expect(long.hasPrefix(String(WorkbookFixture.longComment.prefix(32_000))))
  #expect(long.hasSuffix("[cut: Excel holds at most 32,767 characters in a cell]"))
  let about = workbook.cells(of: "About").values
  #expect(
    about.contains { cell in
      if case .text(let text) = cell { return text.hasPrefix("1 text was longer than") }
      return false
    })

  let funding = workbook.cells(of: "Funding")
  #expect(funding.values.contains(.text(WorkbookFixture.funder)))
  let summary = workbook.cells(of: "Summary")
  #expect(summary["A1"] == .text("Riverside \"Arts\" <Centre> & Co: impact report"))
}

@Test func tablesChartsAndNamesHaveTheRightRanges() throws {
  let (workbook, folder, _) = try writtenWorkbook()
  defer { folder.remove() }
  let tables = workbook.entries.keys.filter { $0.hasPrefix("xl/tables/") }.map {
    XMLElements(workbook.entries[$0]!).all("table")[0]
  }
  let byName = Dictionary(
    tables.map { ($0["name"] ?? "", $0["ref"] ?? "") }, uniquingKeysWith: { a, _ in a })
  // Programme + the five shared reach figures + six more; header on row 25, nine programmes
  // below.
  #expect(byName["T_Reach_programme"] == "A25:L34")
  let reachColumns = tables.first { $0["name"] == "T_Reach_programme" }
  #expect(reachColumns != nil)
  let headers = workbook.entries.keys.filter { $0.hasPrefix("xl/tables/") }
    .flatMap { XMLElements(workbook.entries[$0]!).all("tableColumn").map { $0["name"] ?? "" } }
  #expect(!headers.contains { $0.hasPrefix("Column") })

  let charts = workbook.entries.keys.filter { $0.hasPrefix("xl/charts/chart") }.sorted()
  #expect(charts.count == 5)
  let formulas = charts.map { workbook.text($0) }
  let reachChart = formulas.first { $0.contains("Participants and new participants") }
  #expect(reachChart?.contains("<c:f>Reach!$A$26:$A$34</c:f>") == true)
  // People taking part is the first figure (B), new participants the first after the shared
  // five (G).
  #expect(reachChart?.contains("<c:f>Reach!$B$26:$B$34</c:f>") == true)
  #expect(reachChart?.contains("<c:f>Reach!$G$26:$G$34</c:f>") == true)
  let fundingChart = formulas.first { $0.contains("Income by funder, 2025-26 Q2") }
  #expect(fundingChart != nil)

  // The headline name points at the figure: 50 people in the quarter.
  let names = XMLElements(workbook.entries["xl/workbook.xml"]!)
  #expect(names.all("definedName").contains { $0["name"] == "Headline_unique_participants" })
  let definitions = workbook.text("xl/workbook.xml")
  let marker = "name=\"Headline_unique_participants\">Summary!$B$"
  let start = try #require(definitions.range(of: marker)).upperBound
  let row = definitions[start...].prefix { $0.isNumber }
  #expect(workbook.cells(of: "Summary")["B\(row)"] == .number(50))

  let summary = workbook.text("xl/worksheets/sheet1.xml")
  #expect(summary.contains("<conditionalFormatting"))
  // The status words are the labels': word.met and word.not_met.
  #expect(summary.contains("<formula>\"Met\"</formula>"))
  #expect(summary.contains("<formula>\"Not met\"</formula>"))
  #expect(summary.contains("orientation=\"landscape\""))
  #expect(summary.contains("paperSize=\"9\""))
  #expect(summary.contains("fitToHeight=\"0\""))
  #expect(summary.contains("<oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</oddFooter>"))

  let core = workbook.text("docProps/core.xml")
  #expect(core.contains("<dc:title>Impact report, 2025-26 Q2</dc:title>"))
  #expect(core.contains("2026-01-01T00:00:00Z</dcterms:created>"))
  #expect(
    workbook.text("docProps/app.xml").contains(
      "<Company>Riverside \"Arts\" &lt;Centre&gt; &amp; Co</Company>"))
}

@Test func indicatorsBeyondTheRowLimitAreCutWithANote() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let context = WorkbookFixture.context()
  try WorkbookExporter(
    context: context, labels: try ReportLabels.builtIn(), injected: nil, rowLimit: 10
  )
  .write(to: folder.file("small.xlsx"))
  let cells = try WorkbookReader(path: folder.file("small.xlsx")).cells(of: "Indicators")
  // Header, eight rows, the note on the tenth row, nothing after.
  #expect(cells["D9"] == .text(context.table.rows[7].indicator.rawValue))
  #expect(
    cells["A10"]
      == .text(
        "Only the first 8 of \(context.table.rows.count) rows fit in a sheet; every row is in "
          + "indicators.csv."))
  #expect(!cells.keys.contains { Int($0.drop { $0.isLetter })! > 10 })
}
