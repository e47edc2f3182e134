import CXlsxWriter
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// A workbook as a real producer writes it (libxlsxwriter: shared strings, its own styles part,
/// a date format, a merged title, a formula with a cached value, a hidden sheet).
@Suite struct XlsxWriterWorkbookTests {
  @Test func aLibxlsxwriterWorkbookReadsAsTyped() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("register.xlsx")
    let workbook = try #require(workbook_new(path))
    let sheet = try #require(workbook_add_worksheet(workbook, "Autumn term"))
    let date = try #require(workbook_add_format(workbook))
    format_set_num_format(date, "dd/mm/yyyy")
    worksheet_merge_range(sheet, 0, 0, 0, 4, "Choir register", nil)
    for (column, title) in ["Date", "Programme", "Participant ID", "Hours", "Attended"]
      .enumerated()
    {
      worksheet_write_string(sheet, 1, UInt16(column), title, nil)
    }
    var day = lxw_datetime(year: 2025, month: 7, day: 1, hour: 0, min: 0, sec: 0)
    worksheet_write_datetime(sheet, 2, 0, &day, date)
    worksheet_write_string(sheet, 2, 1, "Choir", nil)
    worksheet_write_string(sheet, 2, 2, "P1", nil)
    worksheet_write_formula_num(sheet, 2, 3, "=1+0.5", nil, 1.5)
    worksheet_write_boolean(sheet, 2, 4, 1, nil)
    let hidden = try #require(workbook_add_worksheet(workbook, "Archive"))
    worksheet_write_string(hidden, 0, 0, "participant_id", nil)
    worksheet_hide(hidden)
    #expect(workbook_close(workbook) == LXW_NO_ERROR)

    let dataset = try folder.read()
    #expect(dataset.files.map(\.path) == ["register.xlsx [Autumn term]"])
    #expect(dataset.files.first?.headerLine == 2)
    #expect(dataset.attendance.day.map(\.description) == ["2025-07-01"])
    #expect(Array(dataset.attendance.durationHours) == [1.5])
    #expect(dataset.attendance.status.count == 1)
    #expect(dataset.notes.map(\.path) == ["register.xlsx [Archive]"])
    #expect(dataset.issues.isEmpty)
  }
}
