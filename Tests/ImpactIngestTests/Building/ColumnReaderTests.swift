import ImpactModel
import Testing

@testable import ImpactIngest

/// A record at `line` holding `fields` as written.
private func record(_ fields: [String], line: Int = 7) -> CSVRecord {
  RecordSupport.record(fields, line: line)
}

/// A log with one attendance file begun, as the builder has while reading rows.
private func attendanceLog() -> IssueLog {
  var log = IssueLog()
  log.begin(
    file: "register.csv",
    report: FileReport(
      path: "register.csv", kind: .attendance, encoding: "UTF-8", delimiter: "comma",
      headerLine: 1))
  return log
}

/// Counts how often a parser runs, to see the memo at work.
private final class ParseCounter: @unchecked Sendable {
  var calls = 0
}

struct ColumnReaderTests {
  private func settingReader() -> ColumnReader<Setting> {
    ColumnReader(Column("setting"), at: 1, ifUnreadable: .warn(readAs: .other)) {
      CodeMatcher.setting($0)
    }
  }

  @Test func aCellThatParsesIsItsValueWithNoIssue() {
    var reader = settingReader()
    var log = attendanceLog()
    #expect(reader.read(record(["x", "  Care home "]), &log) == .careHome)
    #expect(reader.read(record(["x", "School hall"]), &log) == .school)
    #expect(log.issues.isEmpty)
  }

  @Test func aBlankCellOrANonAnswerIsUnknownWithNoIssue() {
    var reader = settingReader()
    var log = attendanceLog()
    #expect(reader.read(record(["x", "   "]), &log) == nil)
    #expect(reader.read(record(["x", "Prefer not to say"]), &log) == nil)
    #expect(reader.reading(record(["x", "N/A"]), &log) == .unknown)
    // A record shorter than the column's position, and a column the file lacks.
    #expect(reader.read(record(["x"]), &log) == nil)
    var absent = ColumnReader<Setting>(Column("setting"), at: nil) { CodeMatcher.setting($0) }
    #expect(!absent.isPresent)
    #expect(absent.read(record(["x", "School"]), &log) == nil)
    #expect(log.issues.isEmpty)
  }

  @Test func anUnknownWordIsCoercedWithAWarningQuotingIt() {
    var reader = settingReader()
    var log = attendanceLog()
    #expect(reader.read(record(["x", " Garden shed "], line: 12), &log) == .other)
    #expect(
      log.issues == [
        DataQualityIssue(
          file: "register.csv", line: 12, kind: .attendance, column: "setting",
          value: "Garden shed", severity: .warning,
          problem: "`Garden shed` is not a setting; read as other")
      ])
    #expect(log.report?.warnings == 1)
  }

  @Test func anInvalidValueWarnsWithThePolicysNoteAndReadsAsUnknown() {
    var status = ColumnReader<AttendanceStatus>(
      Column("status"), at: 0, ifUnreadable: .warn(note: "; read as attended")
    ) { CodeMatcher.attendanceStatus($0) }
    var log = attendanceLog()
    #expect(status.read(record(["Maybe"], line: 3), &log) == nil)
    #expect(
      status.reading(record(["Maybe"], line: 4), &log)
        == .invalid("`Maybe` is not an attendance status (attended, absent, cancelled, booked)"))
    #expect(log.issues.map(\.line) == [3, 4])
    #expect(
      log.issues.map(\.problem)
        == Array(
          repeating:
            "`Maybe` is not an attendance status (attended, absent, cancelled, booked); read as attended",
          count: 2))
    #expect(log.issues.allSatisfy { $0.severity == .warning && $0.value == "Maybe" })
  }

  @Test func aRequiredColumnRejectsTheRowWhenBlankOrUnreadable() {
    var date = ColumnReader<Day>(
      Column("date"), at: 0, ifUnreadable: .reject(missing: "the date is missing")
    ) { DateParser().parse($0) }
    var log = attendanceLog()
    #expect(date.read(record(["14/07/2025"], line: 2), &log) == Day(year: 2025, month: 7, day: 14))
    #expect(date.read(record([" "], line: 3), &log) == nil)
    #expect(date.read(record(["31/02/2025"], line: 4), &log) == nil)
    #expect(
      log.issues.map { [$0.column, $0.value, $0.problem] } == [
        ["date", "", "the date is missing"],
        ["date", "31/02/2025", "`31/02/2025` is not a date"],
      ])
    #expect(log.issues.allSatisfy { $0.severity == .rejected })
    #expect(log.report?.rowsRejected == 2)
  }

  @Test func theMemoReturnsTheSameValueForTheSameBytesAndParsesThemOnce() {
    let counter = ParseCounter()
    var hours = ColumnReader<Double>(Column("duration_hours"), at: 0) { bytes in
      counter.calls += 1
      return NumberParser.duration(bytes)
    }
    var log = attendanceLog()
    #expect(hours.read(record(["1.5"]), &log) == 1.5)
    #expect(hours.read(record([" 1.5\t"]), &log) == 1.5)  // trimmed: the same bytes
    #expect(hours.read(record(["1.5"]), &log) == 1.5)
    #expect(counter.calls == 1)
    #expect(hours.memoCount == 1)
    #expect(hours.read(record(["2"]), &log) == 2)
    #expect(counter.calls == 2)
    // An unreadable cell is remembered too, and warned about on every row that holds it.
    #expect(hours.read(record(["-1"], line: 8), &log) == nil)
    #expect(hours.read(record(["-1"], line: 9), &log) == nil)
    #expect(counter.calls == 3)
    #expect(hours.memoCount == 3)
    #expect(log.issues.map(\.line) == [8, 9])
    #expect(log.issues.first?.problem == "`-1` is less than 0")
  }

  @Test func withoutAMemoEveryCellIsParsed() {
    let counter = ParseCounter()
    var dob = ColumnReader<Day>(Column("date_of_birth"), at: 0, memo: false) { bytes in
      counter.calls += 1
      return DateParser().parse(bytes)
    }
    var log = attendanceLog()
    for _ in 0..<3 { #expect(dob.read(record(["2012-08-27"]), &log) != nil) }
    #expect(counter.calls == 3)
    #expect(dob.memoCount == 0)
  }

  @Test func theMemoIsKeyedByBytesNotByWhatTheyRead() {
    let counter = ParseCounter()
    var setting = ColumnReader<Setting>(Column("setting"), at: 0) { bytes in
      counter.calls += 1
      return CodeMatcher.setting(bytes)
    }
    var log = attendanceLog()
    // Three spellings of one code: three entries, each parsed once.
    for text in ["Care home", "care-home", "CARE HOME", "Care home", "care-home"] {
      #expect(setting.read(record([text]), &log) == .careHome)
    }
    #expect(counter.calls == 3)
    #expect(setting.memoCount == 3)
  }
}
