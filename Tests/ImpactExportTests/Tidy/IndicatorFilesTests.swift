import ImpactAnalytics
import ImpactExport
import ImpactModel
import ImpactTestSupport
import Testing

/// Three rows covering a counted figure, a share with everything filled, a spreadsheet-unsafe
/// programme name and a suppressed figure.
private func sampleRows() -> [IndicatorRow] {
  let q2 = PeriodCalendar(financialYearStart: 4).period(
    of: FinancialQuarter(financialYear: 2025, number: 2))
  var share = IndicatorRow(
    period: q2, indicator: IndicatorID("priority_share:imd_1_3"), unit: .share, value: 0.25, n: 5)
  share.numerator = 5
  share.denominator = 20
  share.ciLow = 0.1
  share.ciHigh = 0.5
  share.target = 0.4
  share.benchmark = 0.3
  share.status = .notMet
  let programme = IndicatorRow(
    period: q2, indicator: IndicatorID("attendances"), groupBy: GroupBy("programme"),
    group: Group("=Big, \"Band\""),
    unit: .count, value: 12, n: 7)
  var hidden = IndicatorRow(
    period: .all, indicator: IndicatorID("unique_participants"), groupBy: GroupBy("gender"),
    group: Group("Other"),
    unit: .people, value: nil, n: nil)
  hidden.suppressed = .primary
  return [share, programme, hidden]
}

@Test func indicatorsCSVHasTheColumnsAndFormatsOfOutputsMD() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  try IndicatorsCSVFile(rows: sampleRows()).write(to: folder.file("indicators.csv"))
  let expected = #"""
    period,period_start,period_end,indicator,group_by,group,value,numerator,denominator,unit,ci_low,ci_high,p_value,effect_size,n,target,benchmark,status,suppressed
    2025-26 Q2,2025-07-01,2025-09-30,priority_share:imd_1_3,all,All,0.25,5,20,share,0.1,0.5,,,5,0.4,0.3,not_met,no
    2025-26 Q2,2025-07-01,2025-09-30,attendances,programme,"'=Big, ""Band""",12,,,count,,,,,7,,,,no
    all,,,unique_participants,gender,Other,,,,people,,,,,,,,,primary

    """#
  #expect(try folder.text("indicators.csv") == expected)
}

@Test func indicatorsJSONHoldsTheSameRowsUnderAHeading() throws {
  let q2 = PeriodCalendar(financialYearStart: 4).period(
    of: FinancialQuarter(financialYear: 2025, number: 2))
  let heading = IndicatorsJSONFile.Heading(
    organisation: "Riverside \"Arts\"", generatedAt: "2026-01-01T00:00:00Z", toolVersion: "0.1.0",
    reportingPeriod: q2)
  let text = IndicatorsJSONFile(heading: heading, rows: Array(sampleRows().prefix(1))).text
  let expected = #"""
    {
      "organisation": "Riverside \"Arts\"",
      "generated_at": "2026-01-01T00:00:00Z",
      "tool_version": "0.1.0",
      "period": {"label": "2025-26 Q2", "start": "2025-07-01", "end": "2025-09-30"},
      "indicators": [
        {"period": "2025-26 Q2", "period_start": "2025-07-01", "period_end": "2025-09-30", "indicator": "priority_share:imd_1_3", "group_by": "all", "group": "All", "value": 0.25, "numerator": 5, "denominator": 20, "unit": "share", "ci_low": 0.1, "ci_high": 0.5, "p_value": null, "effect_size": null, "n": 5, "target": 0.4, "benchmark": 0.3, "status": "not_met", "suppressed": "no"}
      ]
    }

    """#
  #expect(text == expected)
}

@Test func dataQualityFileListsEveryProblemSpreadsheetSafe() throws {
  var dataset = Dataset()
  dataset.issues = [
    DataQualityIssue(
      file: "attendance.csv", line: 6, kind: .attendance, column: "date", value: "31/02/2025",
      severity: .rejected, problem: "`31/02/2025` is not a date"),
    DataQualityIssue(
      file: "funding.csv", line: 4, kind: .funding, column: "amount", value: "-500",
      severity: .rejected, problem: "a negative amount"),
  ]
  dataset.skippedFiles = [SkippedFile(path: "notes.csv", message: "notes.csv: unknown kind")]
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  try DataQualityFile(dataset: dataset).write(to: folder.file("data-quality.csv"))
  let expected = #"""
    file,line,kind,column,value,severity,problem
    attendance.csv,6,attendance,date,31/02/2025,rejected,`31/02/2025` is not a date
    funding.csv,4,funding,amount,'-500,rejected,a negative amount
    notes.csv,,,,,rejected,file skipped: notes.csv: unknown kind

    """#
  #expect(try folder.text("data-quality.csv") == expected)
}

@Test func aNonFiniteNumberIsWrittenEmptyNeverAsBrokenText() throws {
  var row = IndicatorRow(
    period: .all, indicator: IndicatorID("rows_read"), unit: .count, value: .nan, n: nil)
  row.ciLow = .infinity
  let heading = IndicatorsJSONFile.Heading(
    organisation: "O", generatedAt: "T", toolVersion: "V", reportingPeriod: .all)
  let text = IndicatorsJSONFile(heading: heading, rows: [row]).text
  #expect(text.contains("\"value\": null"))
  #expect(text.contains("\"ci_low\": null"))
  #expect(!text.contains(": ,"))
}
