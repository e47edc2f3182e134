import CXlsxWriter
import Foundation
import ImpactTestSupport
import Testing
import ZIPFoundation

@testable import ImpactIngest

/// The benchmark's xlsx floor counts what a workbook's sheets hold, as libxlsxwriter wrote it.
@Suite struct XlsxParseFloorTests {
  /// Two sheets: "Register" with a header of 2 cells, a row of 3 cells and a row that only has
  /// a height (a `row` element without cells); "Archive", hidden, with 1 cell. So 2 sheets, 3
  /// rows with cells and 2 + 3 + 1 = 6 cells.
  @Test func countsTheSheetsRowsAndCellsOfAWorkbook() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("register.xlsx")
    let workbook = try #require(workbook_new(path))
    let sheet = try #require(workbook_add_worksheet(workbook, "Register"))
    let date = try #require(workbook_add_format(workbook))
    format_set_num_format(date, "dd/mm/yyyy")
    worksheet_write_string(sheet, 0, 0, "Date", nil)
    worksheet_write_string(sheet, 0, 1, "Programme", nil)
    var day = lxw_datetime(year: 2025, month: 7, day: 1, hour: 0, min: 0, sec: 0)
    worksheet_write_datetime(sheet, 1, 0, &day, date)
    worksheet_write_string(sheet, 1, 1, "Choir", nil)
    worksheet_write_number(sheet, 1, 2, 1.5, nil)
    worksheet_set_row(sheet, 2, 30, nil)
    let hidden = try #require(workbook_add_worksheet(workbook, "Archive"))
    worksheet_write_string(hidden, 0, 0, "participant_id", nil)
    worksheet_hide(hidden)
    #expect(workbook_close(workbook) == LXW_NO_ERROR)

    // The row with only a height is in the XML, so the count has one to leave out.
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    var register = Data()
    _ = try archive.extract(try #require(archive["xl/worksheets/sheet1.xml"])) {
      register.append($0)
    }
    #expect(String(decoding: register, as: UTF8.self).contains("<row r=\"3\" ht=\"30\""))

    let count = try XlsxParseFloor.parse(paths: [path])
    #expect(count.sheets == 2)
    #expect(count.rows == 3)
    #expect(count.cells == 6)
    let parts = ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]
    #expect(count.bytes == parts.reduce(0) { $0 + Int(archive[$1]?.uncompressedSize ?? 0) })
    #expect(count.packedBytes == parts.reduce(0) { $0 + Int(archive[$1]?.compressedSize ?? 0) })

    // Two workbooks add up.
    let twice = try XlsxParseFloor.parse(paths: [path, path])
    #expect(twice.rows == 6)
    #expect(twice.cells == 12)
  }

  @Test func aFileThatIsNotAWorkbookIsRefused() throws {
    let folder = try TemporaryFolder(["notes.xlsx": "not a zip"])
    #expect(throws: XlsxError.self) {
      try XlsxParseFloor.parse(paths: [folder.file("notes.xlsx")])
    }
  }
}
