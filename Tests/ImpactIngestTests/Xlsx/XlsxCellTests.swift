import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// Every cell type of SpreadsheetML, read as the text a CSV file would hold.
@Suite struct XlsxCellTests {
  /// The rows of the first sheet of a fixture, each its line and cells.
  static func rows(_ fixture: XlsxFixture, limits: InputLimits = .standard) throws -> [(
    Int, [String]
  )] {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try fixture.write(to: folder.file("book.xlsx"))
    let workbook = try XlsxWorkbook(
      path: folder.file("book.xlsx"), shownAs: "book.xlsx", limits: limits)
    var rows: [(Int, [String])] = []
    try workbook.forEachRow(of: workbook.sheets[0]) { rows.append(($0.line, $0.allFields)) }
    return rows
  }

  @Test func everyCellTypeReadsAsItsText() throws {
    typealias F = XlsxFixture
    let cells = [
      F.s("A1", 0),
      F.inline("B1", "Inline & more"),
      "<c r=\"C1\" t=\"b\"><v>1</v></c>", "<c r=\"D1\" t=\"b\"><v>0</v></c>",
      F.n("E1", "12500.5"),
      "<c r=\"F1\" t=\"e\"><v>#DIV/0!</v></c>",
      "<c r=\"G1\"><f>SUM(1,2)</f><v>3</v></c>",
      "<c r=\"H1\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>",
      F.n("I1", "45200", style: 1), F.n("J1", "45200.75", style: 2),
      F.n("K1", "0.58333333333333337", style: 3), F.n("L1", "45200", style: 4),
      F.s("M1", 1), F.n("N1", "0.1"), F.n("O1", "1E-3"), F.n("P1", "45200"),
      "<c r=\"Q1\" t=\"d\" s=\"1\"><v>2025-07-14T00:00:00Z</v></c>",
    ]
    let fixture = XlsxFixture(
      sheets: [
        .init(
          name: "Cells", rows: F.row(1, cells) + F.row(3, [F.inline("A3", "x"), F.n("D3", "7")]))
      ],
      sharedStrings: [
        "<t>Plain</t>",
        "<r><t>Rich </t></r><r><t>text</t></r><rPh sb=\"0\" eb=\"1\"><t>ふり</t></rPh>",
      ],
      styleFormats: [0, 14, 22, 20, 164], customFormats: [164: "dd/mm/yyyy"])
    let rows = try Self.rows(fixture)
    #expect(rows.map(\.0) == [1, 3])
    #expect(
      rows[0].1 == [
        "Plain", "Inline & more", "TRUE", "FALSE", "12500.5", "#DIV/0!", "3", "ab", "2023-10-01",
        "2023-10-01T18:00", "14:00", "2023-10-01", "Rich text", "0.1", "0.001", "45200",
        "2025-07-14",
      ])
    #expect(rows[1].1 == ["x", "", "", "7"])
  }

  @Test func the1904DateSystemCountsFrom1904() throws {
    // 45200 in the 1900 system is 2023-10-01; the 1904 system starts 1,462 days later.
    let fixture = XlsxFixture(
      sheets: [
        .init(name: "S", rows: XlsxFixture.row(1, [XlsxFixture.n("A1", "43738", style: 1)]))
      ],
      styleFormats: [0, 14], uses1904Dates: true)
    #expect(try Self.rows(fixture)[0].1 == ["2023-10-01"])
  }

  @Test func serialsAreDaysOfThe1900SystemWorkedByHand() {
    func date(_ serial: Double, _ kind: NumberFormatKind = .date, mac: Bool = false) -> String? {
      XlsxCellText.date(serial: serial, kind: kind, uses1904Dates: mac)
    }
    // 44927 is 2023-01-01 (45292, 2024-01-01, less 365); +59 is 1 March, +273 is 1 October.
    #expect(date(44927) == "2023-01-01")
    #expect(date(45200) == "2023-10-01")
    #expect(date(1) == "1900-01-01")
    #expect(date(59) == "1900-02-28")
    #expect(date(60) == "1900-02-29")  // Excel's phantom day, left for the date reader to refuse
    #expect(date(61) == "1900-03-01")
    #expect(date(0, mac: true) == "1904-01-01")
    #expect(date(45200.999_999_9, .dateTime) == "2023-10-02T00:00")
    #expect(date(0.5, .time) == "12:00")
    #expect(date(-1) == nil)
  }

  @Test func numbersReadAsTheirShortestPlainText() {
    #expect(XlsxCellText.shortest(12500) == "12500")
    #expect(XlsxCellText.shortest(0.1) == "0.1")
    #expect(XlsxCellText.shortest(-2.5) == "-2.5")
    #expect(XlsxCellText.shortest(1e16) == "10000000000000000")
    #expect(XlsxCellText.shortest(1.5e-5) == "0.000015")
    #expect(XlsxCellText.shortest(1.25e20) == "125000000000000000000")
    #expect(
      XlsxCellText.number("0.30000000000000004", kind: .number, uses1904Dates: false)
        == "0.30000000000000004")
    #expect(XlsxCellText.number("007", kind: .number, uses1904Dates: false) == "7")
  }

  @Test func numberFormatsTellDatesFromNumbers() {
    #expect(NumberFormatKind.builtIn(14) == .date)
    #expect(NumberFormatKind.builtIn(22) == .dateTime)
    #expect(NumberFormatKind.builtIn(20) == .time)
    #expect(NumberFormatKind.builtIn(0) == .number)
    #expect(NumberFormatKind.builtIn(4) == .number)
    #expect(NumberFormatKind.of(code: "dd/mm/yyyy") == .date)
    #expect(NumberFormatKind.of(code: "[$-F800]dddd, mmmm dd, yyyy") == .date)
    #expect(NumberFormatKind.of(code: "mmm-yy") == .date)
    #expect(NumberFormatKind.of(code: "yyyy-mm-dd hh:mm") == .dateTime)
    #expect(NumberFormatKind.of(code: "h:mm AM/PM") == .time)
    #expect(NumberFormatKind.of(code: "[h]:mm:ss") == .time)
    #expect(NumberFormatKind.of(code: "mm:ss") == .time)
    #expect(NumberFormatKind.of(code: "#,##0.00;[Red]-#,##0.00") == .number)
    #expect(NumberFormatKind.of(code: "\"Day \"0") == .number)
    #expect(NumberFormatKind.of(code: "0.00E+00") == .number)
    #expect(NumberFormatKind.of(code: "General") == .number)
    #expect(NumberFormatKind.of(code: "[$£-809]#,##0.00") == .number)
  }
}
