import ImpactExport
import ImpactModel
import Testing

@Test func validationTextSummarisesFilesThenGroupsProblems() {
  var dataset = Dataset()
  var register = FileReport(
    path: "attendance.csv", kind: .attendance, encoding: "UTF-8", delimiter: "comma",
    headerLine: 2)
  register.rowsRead = 1204
  register.rowsRejected = 2
  register.warnings = 1
  register.unknownColumns = ["Notes"]
  dataset.files = [register]
  dataset.issues = [
    DataQualityIssue(
      file: "attendance.csv", line: 6, kind: .attendance, column: "date", value: "31/02/2025",
      severity: .rejected, problem: "`31/02/2025` is not a date"),
    DataQualityIssue(
      file: "attendance.csv", line: 9, kind: .attendance, column: "date", value: "",
      severity: .rejected, problem: "the date is missing"),
    DataQualityIssue(
      file: "attendance.csv", line: 12, kind: .attendance, column: "setting", value: "Bandstand",
      severity: .warning, problem: "`Bandstand` is not a setting; read as other"),
  ]
  let text = ValidationText(dataset: dataset, folder: "data", limit: 1).render()
  let expected = """
    Data folder: data

      File            Kind        Encoding  Delimiter   Rows  Rejected  Duplicates  Warnings
      attendance.csv  attendance  UTF-8     comma      1,204         2           0         1
      Total (1 file)                                   1,204         2           0         1

    Columns not used (not recognised; add aliases in impact.yml to use them):
      attendance.csv: Notes

    Problems:

    Rejected rows (left out of the figures) (2)
      attendance date: 2
        attendance.csv:6 `31/02/2025`: `31/02/2025` is not a date
        … and 1 more (all are in data-quality.csv: `impact validate --out DIR`)

    Warnings (row kept; the value named is unknown or read as stated) (1)
      attendance setting: 1
        attendance.csv:12 `Bandstand`: `Bandstand` is not a setting; read as other
    """
  #expect(text == expected)
}
