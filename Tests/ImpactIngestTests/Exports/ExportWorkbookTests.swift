import CXlsxWriter
import Foundation
import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// Each export family saved as an `.xlsx` workbook (written with libxlsxwriter, every cell as
/// text, as Microsoft Forms and spreadsheet users save them) reads to the same figures as its
/// CSV file.
@Suite struct ExportWorkbookTests {
  static let families = [
    "eventbrite-attendees", "eventbrite-orders", "ticket-tailor", "google-forms", "typeform",
    "jotform", "salesforce-pmm", "360giving", "pipeline", "microsoft-forms", "surveymonkey",
    "register-grid",
  ]

  @Test(arguments: families)
  func aWorkbookCopyReadsAsTheCSV(family: String) throws {
    let csv = try readExports(family)
    let folder = Bundle.module.url(forResource: "Fixtures/exports/\(family)", withExtension: nil)!
    let name = try #require(
      FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".csv") })
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    let copy = try TemporaryFolder()
    let base = (name as NSString).deletingPathExtension
    let workbook = try #require(workbook_new(copy.file(base + ".xlsx")))
    let sheet = try #require(workbook_add_worksheet(workbook, "Export"))
    for (row, cells) in SimpleCSV.parse(text).enumerated() {
      for (column, cell) in cells.enumerated() where !cell.isEmpty {
        worksheet_write_string(sheet, UInt32(row), UInt16(column), cell, nil)
      }
    }
    #expect(workbook_close(workbook) == LXW_NO_ERROR)
    let xlsx = try copy.read()
    #expect(ExportFigures(xlsx) == ExportFigures(csv), "\(family)")
    #expect(xlsx.files.map(\.layout) == csv.files.map(\.layout))
    #expect(xlsx.files.map(\.path) == ["\(base).xlsx [Export]"])
    #expect(Array(xlsx.attendance.day) == Array(csv.attendance.day))
    #expect(xlsx.feedback.day == csv.feedback.day)
    #expect(xlsx.feedback.swemwbsRaw == csv.feedback.swemwbsRaw)
    #expect(xlsx.funding.map(\.amount) == csv.funding.map(\.amount))
  }
}
