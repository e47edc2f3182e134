import Foundation
import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// Workbooks in a data folder: each worksheet read like a CSV file of its own.
@Suite struct XlsxFolderTests {
  typealias F = XlsxFixture

  /// A folder holding `files` (text) and `workbooks` (written from fixtures).
  static func folder(
    _ files: [String: String] = [:], workbooks: [String: XlsxFixture]
  ) throws -> TemporaryFolder {
    let folder = try TemporaryFolder(files)
    for (name, fixture) in workbooks { try fixture.write(to: folder.file(name)) }
    return folder
  }

  /// A register sheet: a merged title row, the header, two rows and a date that is not one.
  static let register = XlsxFixture(
    sheets: [
      .init(
        name: "Register",
        xml: """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <worksheet xmlns="\(F.main)"><dimension ref="A1:C5"/><sheetData>\
          \(F.row(1, [F.inline("A1", "Youth Theatre register, autumn")]))\
          \(F.row(2, [F.s("A2", 0), F.s("B2", 1), F.s("C2", 2)]))\
          \(F.row(3, [F.n("A3", "45839", style: 1), F.s("B3", 3), F.inline("C3", "P1")]))\
          \(F.row(4, [F.n("A4", "45846", style: 1), F.s("B4", 3), F.n("C4", "2")]))\
          \(F.row(5, [F.inline("A5", "31/02/2025"), F.s("B5", 3), F.inline("C5", "P3")]))\
          </sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>
          """),
      .init(
        name: "Old",
        rows: F.row(1, [F.s("A1", 0), F.s("B1", 1), F.s("C1", 2)])
          + F.row(2, [F.n("A2", "45839", style: 1), F.s("B2", 3), F.inline("C2", "P9")]),
        hidden: true),
      .init(name: "Notes", rows: F.row(1, [F.inline("A1", "Typed up by Sam")])),
    ],
    sharedStrings: [
      "<t>Date</t>", "<t>Programme</t>", "<t>Participant ID</t>", "<t>Youth Theatre</t>",
    ],
    styleFormats: [0, 14])

  @Test func eachFittingSheetIsReadAsAFileNamedWithItsSheet() throws {
    let folder = try Self.folder(
      ["old.xls": "binary", "calc.ods": "zip"], workbooks: ["register.xlsx": Self.register])
    let dataset = try folder.read()
    #expect(dataset.files.map(\.path) == ["register.xlsx [Register]"])
    #expect(dataset.files.first?.headerLine == 2)  // the merged title row stands above it
    #expect(dataset.files.first?.rowsRead == 3)
    #expect(dataset.attendance.count == 2)
    #expect(dataset.attendance.day.map(\.description) == ["2025-07-01", "2025-07-08"])
    #expect(dataset.participants.ids.strings == ["P1", "2"])
    let issue = try #require(dataset.issues.first)
    #expect(issue.file == "register.xlsx [Register]")
    #expect(issue.line == 5)
    #expect(issue.value == "31/02/2025")
    #expect(
      dataset.notes.map(\.path) == [
        "calc.ods", "old.xls", "register.xlsx [Old]", "register.xlsx [Notes]",
      ])
    #expect(dataset.notes[0].message.contains("save it as .xlsx (Excel Workbook) or as CSV"))
    #expect(dataset.notes[2].message.contains("a hidden sheet, not read"))
    #expect(dataset.notes[3].message.contains("`Typed up by Sam`"))
    #expect(dataset.skippedFiles.isEmpty)
  }

  @Test func aWorkbookWithNoFittingSheetIsAnErrorNamingItsSheet() throws {
    let folder = try Self.folder(
      workbooks: [
        "notes.xlsx": XlsxFixture(sheets: [
          .init(name: "Sheet1", rows: F.row(1, [F.inline("A1", "hello")]))
        ])
      ])
    #expect(throws: IngestError.unknownKind(path: "notes.xlsx [Sheet1]", header: ["hello"])) {
      try folder.read()
    }
  }

  @Test func anXlsmWorkbookIsReadAndLockFilesAreNot() throws {
    let folder = try Self.folder(
      ["~$register.xlsx": "lock"], workbooks: ["register.xlsm": Self.register])
    #expect(try folder.read().files.map(\.path) == ["register.xlsm [Register]"])
  }

  /// The same register as CSV and as a workbook (dates as date cells, numbers as numbers,
  /// text as shared strings) gives the same dataset: rows, people, values and problems.
  @Test func aWorkbookReadsExactlyAsTheSameCSV() throws {
    let csv = """
      Session date,Programme,Participant ID,Hours,Status,Venue
      2025-07-01,Choir,P1,1.5,attended,Hall
      2025-07-01,Choir,P2,1.5,absent,Hall
      2025-07-08,Choir,P1,2,attended,Studio
      2025-07-08,Choir,P3,2,maybe,Studio
      31/02/2025,Choir,P2,2,attended,Studio
      2025-08-12,Youth Theatre,P2,0.75,attended,
      """
    let csvData = try TemporaryFolder(["attendance.csv": csv + "\n"]).read()
    let xlsxData = try Self.folder(workbooks: ["attendance.xlsx": Self.workbook(csv)]).read()
    #expect(xlsxData.files.map(\.path) == ["attendance.xlsx [Sheet1]"])
    #expect(Self.fingerprint(xlsxData) == Self.fingerprint(csvData))
    #expect(Self.fingerprint(csvData).count > 5)
  }

  /// What a dataset holds, file names aside.
  static func fingerprint(_ dataset: Dataset) -> [String] {
    let a = dataset.attendance
    return [
      "\(a.day)", "\(a.programme)", "\(a.participant)", "\(a.headcount)", "\(a.session)",
      "\(a.status)", "\(a.venue)", "\(a.durationHours)", "\(a.sessionCount)",
      "\(dataset.participants.ids.strings)", "\(dataset.text.strings)",
      "\(dataset.files.map { [$0.kind.rawValue, "\($0.headerLine)", "\($0.rowsRead)", "\($0.rowsRejected)", "\($0.warnings)"] })",
    ]
      + dataset.issues.map {
        "\($0.line) \($0.column) \($0.value) \($0.severity) \($0.problem)"
      }
  }

  /// A workbook of one sheet holding the CSV's cells as a person typing them into Excel would:
  /// ISO dates as date cells, numbers as numbers, other text as shared strings.
  static func workbook(_ csv: String) -> XlsxFixture {
    var strings: [String] = []
    var rows = ""
    for (index, line) in csv.split(separator: "\n").enumerated() {
      var cells: [String] = []
      for (column, text) in line.split(separator: ",", omittingEmptySubsequences: false)
        .enumerated()
      {
        let reference = String(UnicodeScalar(UInt8(65 + column))) + "\(index + 1)"
        let text = String(text)
        if text.isEmpty { continue }
        if let day = Self.serial(text) {
          cells.append(F.n(reference, "\(day)", style: 1))
        } else if Double(text) != nil {
          cells.append(F.n(reference, text))
        } else {
          cells.append(F.s(reference, strings.count))
          strings.append("<t>\(F.escape(text))</t>")
        }
      }
      rows += F.row(index + 1, cells)
    }
    return XlsxFixture(
      sheets: [.init(name: "Sheet1", rows: rows)], sharedStrings: strings, styleFormats: [0, 14])
  }

  /// The 1900-system serial of an ISO date.
  static func serial(_ text: String) -> Int? {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, let day = Day(year: parts[0], month: parts[1], day: parts[2]) else {
      return nil
    }
    return XlsxCellText.epoch1900.days(to: day)
  }
}
