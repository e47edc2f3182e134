import Foundation
import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// Workbooks built to break a reader: each meets a clear message naming the file, never a
/// crash or unbounded memory.
@Suite struct XlsxHostileTests {
  typealias F = XlsxFixture

  /// The message reading a folder holding only `book.xlsx` stops with.
  static func message(_ fixture: XlsxFixture) throws -> String {
    let folder = try TemporaryFolder()
    try fixture.write(to: folder.file("book.xlsx"))
    do {
      _ = try folder.read()
    } catch {
      return "\(error)"
    }
    Issue.record("the workbook was read")
    return ""
  }

  static func sheet(_ xml: String) -> XlsxFixture {
    XlsxFixture(sheets: [.init(name: "Sheet1", xml: xml)])
  }

  @Test func aPartThatInflatesAThousandFoldIsRefused() throws {
    // 16 MB of spaces inside the sheet pack into about 16 KB.
    let padding = String(repeating: " ", count: 16 << 20)
    let message = try Self.message(
      Self.sheet("<worksheet xmlns=\"\(F.main)\"><sheetData>\(padding)</sheetData></worksheet>"))
    #expect(message.hasPrefix("book.xlsx: the part xl/worksheets/sheet1.xml unpacks to over 250"))
    #expect(message.contains("not read"))
  }

  @Test func aPartPastTheSizeBoundIsRefusedWhileInflating() throws {
    var limits = InputLimits.standard
    limits.workbookPartBytes = 4096
    let rows = (1...500).map { F.row($0, [F.n("A\($0)", "\($0)")]) }.joined()
    #expect(
      throws: XlsxError.partTooLarge(
        path: "book.xlsx", part: "xl/worksheets/sheet1.xml", limit: 4096)
    ) {
      _ = try XlsxCellTests.rows(
        XlsxFixture(sheets: [.init(name: "S", rows: rows)]), limits: limits)
    }
  }

  @Test func aDTDIsRefusedAndNoEntityIsExpanded() throws {
    let laughs = """
      <?xml version="1.0"?>
      <!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\
      <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY ext SYSTEM "file:///etc/passwd">]>
      <worksheet xmlns="\(F.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&c;&ext;</t>\
      </is></c></row></sheetData></worksheet>
      """
    let message = try Self.message(Self.sheet(laughs))
    #expect(
      message.hasPrefix("book.xlsx: the part xl/worksheets/sheet1.xml declares a DTD"))
  }

  @Test func anUndeclaredEntityIsMalformed() throws {
    let message = try Self.message(
      Self.sheet(
        "<worksheet xmlns=\"\(F.main)\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>"
      ))
    #expect(
      message.hasPrefix("book.xlsx: the part xl/worksheets/sheet1.xml is damaged (XML line 1"))
  }

  @Test func aSheetClaimingABillionRowsAllocatesNothingForThem() throws {
    let xml = """
      <worksheet xmlns="\(F.main)"><dimension ref="A1:XFD1000000000"/><sheetData>\
      \(F.row(1, [F.inline("A1", "participant_id")]))\
      \(F.row(1_000_000_000, [F.inline("A1000000000", "P1")]))</sheetData></worksheet>
      """
    let rows = try XlsxCellTests.rows(Self.sheet(xml))
    #expect(rows.map(\.0) == [1, 1_000_000_000])
    #expect(rows.map(\.1) == [["participant_id"], ["P1"]])
  }

  @Test func aSharedStringIndexOutOfRangeNamesTheCell() throws {
    var fixture = XlsxFixture(
      sheets: [.init(name: "Term 1", rows: F.row(1, [F.s("A1", 0)]) + F.row(2, [F.s("B2", 99)]))])
    fixture.sharedStrings = ["<t>participant_id</t>"]
    let message = try Self.message(fixture)
    #expect(
      message.hasPrefix(
        "book.xlsx [Term 1]: cell B2 points at shared text number 99, but the workbook holds 1"))
  }

  @Test func aCellPastTheLastColumnIsRefused() throws {
    let message = try Self.message(
      XlsxFixture(sheets: [.init(name: "S", rows: F.row(1, [F.inline("XFE1", "x")]))]))
    #expect(message.hasPrefix("book.xlsx [S]: a cell is at XFE1, outside any sheet Excel can make"))
  }

  @Test func aFileThatIsNotAZipIsNotAWorkbook() throws {
    let folder = try TemporaryFolder(["book.xlsx": "date,programme\n"])
    #expect(
      throws: IngestError.unreadableWorkbook(
        path: "book.xlsx",
        message: XlsxError.notAWorkbook(path: "book.xlsx", reason: "it is not a ZIP package")
          .description)
    ) {
      try folder.read()
    }
  }

  @Test func aTruncatedSheetIsDamaged() throws {
    let message = try Self.message(
      Self.sheet("<worksheet xmlns=\"\(F.main)\"><sheetData><row r=\"1\"><c t=\"inlineStr\">"))
    #expect(message.hasPrefix("book.xlsx: the part xl/worksheets/sheet1.xml is damaged"))
  }

  @Test func underKeepGoingABadWorkbookIsSkippedAndListed() throws {
    let folder = try TemporaryFolder([
      "book.xlsx": "not a zip",
      "attendance.csv": "date,programme,participant_id\n2025-07-01,A,P1\n",
    ])
    let dataset = try folder.read(options: .init(keepGoing: true))
    #expect(dataset.skippedFiles.map(\.path) == ["book.xlsx"])
    #expect(dataset.attendance.count == 1)
  }
}
