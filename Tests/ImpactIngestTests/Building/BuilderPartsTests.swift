import ImpactModel
import Testing

@testable import ImpactIngest

/// A record at `line` holding `fields` as written.
private func record(_ fields: [String], line: Int = 2) -> CSVRecord {
  RecordSupport.record(fields, line: line)
}

struct BuilderPartsTests {
  @Test func sessionsAreNumberedInTheOrderFirstSeenByIDOrByKey() {
    var sessions = SessionIndex()
    let key = SessionKey(day: 10, programme: 1, activity: -1, venue: -1, startTime: 600)
    #expect(sessions.session(named: record(["S-1"]), 0) == 0)
    #expect(sessions.session(for: key) == 1)
    #expect(sessions.session(named: record([" S-1 "]), 0) == 0)  // trimmed: the same id
    #expect(sessions.session(named: record(["s-1"]), 0) == 2)  // ids are compared exactly
    #expect(sessions.session(for: key) == 1)
    #expect(sessions.session(named: record([""]), 0) == nil)
    #expect(sessions.session(named: record(["S-1"]), nil) == nil)
    #expect(sessions.count == 3)
  }

  @Test func theFirstOccurrenceIsKeptAndEachLaterOneIsTheDuplicate() {
    var duplicates = DuplicateTracker()
    var table = AttendanceTable()
    let day = Day(year: 2025, month: 7, day: 1)!
    #expect(duplicates.earlierAttendance(session: 3, participant: 7, in: table) == nil)
    table.append(AttendanceRow(day: day, programme: 0, participant: 7, headcount: 0, session: 3))
    #expect(duplicates.earlierAttendance(session: 3, participant: 8, in: table) == nil)
    table.append(AttendanceRow(day: day, programme: 0, participant: 8, headcount: 0, session: 3))
    #expect(duplicates.earlierAttendance(session: 3, participant: 7, in: table) == 0)
    #expect(duplicates.earlierAttendance(session: 4, participant: 7, in: table) == nil)
    #expect(duplicates.isRepeated(headcount: 12, session: 3) == false)
    #expect(duplicates.isRepeated(headcount: 12, session: 3) == true)
    #expect(duplicates.isRepeated(headcount: 13, session: 3) == false)
    #expect(duplicates.isRepeatedResponse(record(["R1"]), 0) == false)
    #expect(duplicates.isRepeatedResponse(record(["R1 "]), 0) == true)
    #expect(duplicates.isRepeatedResponse(record([""]), 0) == false)
    #expect(duplicates.isRepeatedResponse(record([""]), 0) == false)
    #expect(duplicates.isRepeatedProfile(4) == false)
    #expect(duplicates.isRepeatedProfile(4) == true)
  }

  @Test func theIssueLogOrdersByFileThenLineAndRecountsWarnings() {
    var log = IssueLog()
    for path in ["a.csv", "b.csv"] {
      log.begin(
        file: path,
        report: FileReport(
          path: path, kind: .attendance, encoding: "UTF-8", delimiter: "comma", headerLine: 1))
      log.note(.warning, line: 9, column: Column("setting"), value: "x", "late")
      log.reject(line: 3, column: Column("date"), value: "", "the date is missing")
    }
    log.append(
      DataQualityIssue(
        file: "a.csv", line: 5, kind: .attendance, column: "birth_year", value: "1850",
        severity: .warning, problem: "checked at the end"))
    let (issues, files) = log.finish()
    #expect(
      issues.map { "\($0.file):\($0.line)" } == [
        "a.csv:3", "a.csv:5", "a.csv:9", "b.csv:3", "b.csv:9",
      ])
    #expect(files.map(\.warnings) == [2, 1])
    #expect(files.map(\.rowsRejected) == [1, 1])
  }
}
