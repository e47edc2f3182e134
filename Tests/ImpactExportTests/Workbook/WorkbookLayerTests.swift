import ImpactTestSupport
import Testing

@testable import ImpactExport

@Test(arguments: [
  ("Summary", true), ("Data quality", true), (String(repeating: "x", count: 31), true),
  (String(repeating: "x", count: 32), false), ("", false), ("a/b", false), ("a[1]", false),
  ("what?", false), ("'quoted'", false), ("History", false), ("history", false),
  ("tab\there", false),
])
func sheetNamesFollowExcelsRules(name: String, accepted: Bool) {
  #expect((SheetName(name) != nil) == accepted)
}

@Test func sheetNamesAreQuotedInFormulasWhenNeeded() {
  #expect(SheetName("Summary")!.formulaReference == "Summary")
  #expect(SheetName("Data quality")!.formulaReference == "'Data quality'")
  #expect(SheetName("Bob's")!.formulaReference == "'Bob''s'")
}

@Test(arguments: [
  ("Headline_income", true), ("_x", true), ("a.b", true), ("A1", false), ("XFD1048576", false),
  ("R1C1", false), ("r", false), ("C", false), ("1abc", false), ("has space", false),
  ("ABCD1", true), ("", false),
])
func definedNamesFollowExcelsRules(name: String, accepted: Bool) {
  #expect((DefinedName(name) != nil) == accepted)
}

@Test func derivedNamesReplaceWhatExcelRefuses() {
  #expect(
    DefinedName.derived(prefix: "Headline", from: "priority_share:imd_1_3")?.text
      == "Headline_priority_share_imd_1_3")
  #expect(DefinedName.derived(prefix: "T", from: "Reach art_form")?.text == "T_Reach_art_form")
}

@Test func cellsOutsideTheGridDoNotExist() {
  #expect(CellPosition(row: 1_048_575, column: 16_383)?.reference == "XFD1048576")
  #expect(CellPosition(row: 1_048_576, column: 0) == nil)
  #expect(CellPosition(row: 0, column: 16_384) == nil)
  #expect(CellPosition(row: -1, column: 0) == nil)
  #expect(CellPosition(row: 0, column: 26)?.reference == "AA1")
  #expect(CellRange(firstRow: 5, firstColumn: 0, lastRow: 4, lastColumn: 0) == nil)
}

@Test func textIsEscapedForXMLAndCutAtExcelsLimit() {
  #expect(ExcelText.cell("plain") == ("plain", false))
  #expect(ExcelText.cell("a\u{0}b\u{1F}c\td\ne").escaped == "a_x0000_b_x001F_c\td\ne")
  #expect(ExcelText.cell("x\r\ny").escaped == "x_x000D_\ny")
  #expect(ExcelText.cell("\u{FFFE}\u{FFFF}").escaped == "_xFFFE__xFFFF_")
  #expect(ExcelText.cell("_x0041_ and _xZZZZ_").escaped == "_x005F_x0041_ and _xZZZZ_")
  #expect(
    ExcelText.cell(String(repeating: "é", count: 32_767)) == (
      String(repeating: "é", count: 32_767), false
    ))
  // 32,768 emoji are 65,536 UTF-16 units: cut to whole emoji within 32,767 units.
  let note = " … [cut]"
  let cut = ExcelText.cell(String(repeating: "😀", count: 32_768), cutNote: note)
  #expect(cut.wasCut)
  let kept = (32_767 - note.utf16.count) / 2
  #expect(cut.escaped == String(repeating: "😀", count: kept) + note)
  // Escapes count against libxlsxwriter's limit, so control characters are cut earlier.
  let controls = ExcelText.cell(String(repeating: "\u{1}", count: 5_000), cutNote: note)
  #expect(controls.wasCut)
  #expect(controls.escaped.unicodeScalars.count <= 32_767)
  #expect(controls.escaped.hasSuffix(note))
  #expect(ExcelText.plain("a\u{0}b\u{FFFF}") == "a b ")
}

@Test func nonFiniteNumbersAreRefusedBeforeTheLibrary() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let calls = XlsxCalls(path: folder.file("x.xlsx"))
  let workbook = try XlsxWorkbook(path: folder.file("x.xlsx"), calls: calls)
  let sheet = try workbook.addWorksheet(SheetName("Sheet")!, constantMemory: false)
  for value in [Double.nan, .infinity, -.infinity] {
    #expect(throws: WorkbookError.self) {
      try sheet.writeNumber(value, at: CellPosition(row: 0, column: 0)!)
    }
  }
  #expect(throws: WorkbookError.self) {
    try workbook.addWorksheet(SheetName("sheet")!, constantMemory: false)
  }
}

@Test func constantMemorySheetsRefuseTablesAndRowsOutOfOrder() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let workbook = try XlsxWorkbook(
    path: folder.file("x.xlsx"), calls: XlsxCalls(path: folder.file("x.xlsx")))
  let sheet = try workbook.addWorksheet(SheetName("Big")!, constantMemory: true)
  try sheet.writeText("later", at: CellPosition(row: 5, column: 0)!)
  #expect(throws: WorkbookError.self) {
    try sheet.writeText("earlier", at: CellPosition(row: 4, column: 0)!)
  }
  #expect(throws: WorkbookError.self) {
    try sheet.addTable(
      TableSpec(
        name: DefinedName("T")!, headers: ["a"], headerStyles: [],
        origin: CellPosition(
          row: 6, column: 0)!, dataRowCount: 1))
  }
}

@Test func tablesNeedDistinctHeaders() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let workbook = try XlsxWorkbook(
    path: folder.file("x.xlsx"), calls: XlsxCalls(path: folder.file("x.xlsx")))
  let sheet = try workbook.addWorksheet(SheetName("S")!, constantMemory: false)
  #expect(throws: WorkbookError.self) {
    try sheet.addTable(
      TableSpec(
        name: DefinedName("Table_one")!, headers: ["Group", "group"], headerStyles: [],
        origin: CellPosition(row: 0, column: 0)!, dataRowCount: 1))
  }
}
