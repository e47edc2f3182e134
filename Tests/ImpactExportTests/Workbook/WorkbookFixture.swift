import ImpactAnalytics
import ImpactExport
import ImpactModel
import ImpactTestSupport

/// A small report whose programme, funder and comment texts are hostile: formula-like,
/// control characters, emoji, right-to-left, a literal escape, a 40,000-character comment.
enum WorkbookFixture {
  /// Programmes with six people each (shown), in the order of the figures (by code point).
  static let hostileProgrammes = [
    "+44 Choir", "-minus club", "=HYPERLINK(\"http://x\",\"y\")", "@home", "Café ☕️ 🎨",
    "Tab\there\u{1}\u{7}", "_x0041_ literal", "مرحبا بالفن",
  ]
  /// A programme with two people: its people counts are suppressed.
  static let tinyProgramme = "Tiny"
  static let longComment = String(repeating: "abcdefghij", count: 4_000)
  static let comments = [
    "=1+1", "Great \u{1F3A8} day, thank you 👩🏽‍🎨", "شكرا جزيلا", "line one\nline two\r\nthree",
    "bell\u{7} and nul\u{0} and \u{FFFE}", longComment,
  ]
  static let funder = "=SUM(A1:A9)"

  /// The fixture's workbook, written in `folder` with the labels of `templates`, read back.
  static func workbook(in folder: TemporaryFolder, templates: TemplateSource = .builtIn)
    throws -> WorkbookReader
  {
    let path = folder.file("impact-report.xlsx")
    try WorkbookExporter(context: context(), templates: templates).write(to: path)
    return try WorkbookReader(path: path)
  }

  /// The context: every figure computed by the engine for 2025-26 Q2.
  static func context() -> ReportContext {
    var dataset = Dataset()
    var sessions: Int32 = 0
    var person = 0
    func attend(_ programme: String, people: Int) {
      let name = dataset.text.intern(programme)
      let session = sessions
      sessions += 1
      for _ in 0..<people {
        person += 1
        let id = dataset.participants.index(for: "P\(person)")
        dataset.attendance.append(
          AttendanceRow(
            day: Day(year: 2025, month: 8, day: 1)!, programme: name, participant: id,
            headcount: 0, session: session, durationHours: 2))
      }
    }
    for programme in hostileProgrammes { attend(programme, people: 6) }
    attend(tinyProgramme, people: 2)
    // A quarter earlier, for a trend of two quarters.
    let earlier = dataset.text.intern(hostileProgrammes[0])
    for index in 0..<7 {
      let id = dataset.participants.index(for: "Q\(index)")
      dataset.attendance.append(
        AttendanceRow(
          day: Day(year: 2025, month: 5, day: 2)!, programme: earlier, participant: id,
          headcount: 0, session: sessions))
    }
    sessions += 1
    dataset.attendance.sessionCount = Int(sessions)

    for (index, comment) in comments.enumerated() {
      var row = FeedbackRow(day: Day(year: 2025, month: 8, day: 2 + index)!)
      row.programme = dataset.text.intern(hostileProgrammes[index % hostileProgrammes.count])
      row.comment = dataset.text.intern(comment)
      row.consentToQuote = true
      row.satisfaction = 5
      dataset.feedback.append(row)
    }

    var line = FundingLine(funder: dataset.text.intern(funder), amount: 1200)
    line.date = Day(year: 2025, month: 8, day: 10)
    dataset.funding.append(line)

    var configuration = ImpactConfiguration()
    configuration.organisation = "Riverside \"Arts\" <Centre> & Co"
    configuration.targets[IndicatorID("unique_participants")] = Target(value: 100)
    let engine = IndicatorEngine(dataset: dataset, configuration: configuration)
    let q2 = engine.calendar.period(of: FinancialQuarter(financialYear: 2025, number: 2))
    let periods = ReportingPeriods(
      reporting: q2, calendar: engine.calendar,
      attendedDays: [Day(year: 2025, month: 5, day: 2)!, Day(year: 2025, month: 8, day: 1)!])
    return ReportContext(
      table: engine.table(for: periods), configuration: configuration,
      generatedAt: "2026-01-01T00:00:00Z", toolVersion: "9.9.9", dataset: dataset)
  }
}
