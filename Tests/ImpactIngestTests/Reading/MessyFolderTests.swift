import ImpactModel
import Testing

@testable import ImpactIngest

/// The `messy` fixture folder holds one example of most bad-input classes; the expected
/// counts and lines below were worked out by reading the files (see the comments).
@Suite struct MessyFolderTests {
  let dataset: Dataset

  init() throws {
    var configuration = ImpactConfiguration()
    configuration.imdLookup = "lookups/imd.csv"
    configuration.priorityGroups.append(
      PriorityGroupRule(
        id: "care_experienced", label: "Care-experienced young people",
        field: "care_experienced", condition: .equals("yes")))
    dataset = try DataFolderReader(configuration: configuration).read(
      folder: fixtureFolder("messy"))
  }

  func report(_ path: String) throws -> FileReport {
    try #require(dataset.files.first { $0.path == path })
  }

  func issues(_ path: String) -> [DataQualityIssue] {
    dataset.issues.filter { $0.file == path }
  }

  @Test func filesAreReadInPathOrderWithTheLookupLeftOut() {
    #expect(
      dataset.files.map(\.path) == [
        "attendance/attendance-youth-theatre.csv", "attendance/family-days.csv",
        "feedback-survey.csv", "funding.csv", "participants.csv",
      ])
    #expect(
      dataset.files.map(\.kind) == [.attendance, .attendance, .feedback, .funding, .participants])
  }

  @Test func registerWithTitleRowCountsEveryProblemAtItsLine() throws {
    let file = try report("attendance/attendance-youth-theatre.csv")
    // Title row on line 1, header on line 2, data records start on lines 3–11 and 13
    // (the record on line 11 runs on to line 12).
    #expect(file.headerLine == 2)
    #expect(file.encoding == "UTF-8")
    #expect(file.delimiter == "comma")
    #expect(file.rowsRead == 10)
    #expect(file.rowsRejected == 4)
    #expect(file.duplicates == 1)
    #expect(file.warnings == 3)
    let found = issues("attendance/attendance-youth-theatre.csv").map {
      "\($0.line) \($0.severity.rawValue) \($0.column)"
    }
    #expect(
      found == [
        "5 duplicate participant_id", "6 rejected date", "7 rejected programme",
        "8 rejected participant_id", "9 warning setting", "9 warning duration_minutes",
        "10 rejected ", "13 warning status",
      ])
    let date = try #require(
      issues("attendance/attendance-youth-theatre.csv").first { $0.line == 6 })
    #expect(date.value == "31/02/2025")
    #expect(date.problem.contains("31/02/2025"))
    let quote = try #require(
      issues("attendance/attendance-youth-theatre.csv").first { $0.line == 10 })
    #expect(quote.value.hasPrefix("\"Big\" Band,Youth Theatre,P004"))
  }

  @Test func windows1252SemicolonHeadcountsWithAnIdenticalPair() throws {
    let file = try report("attendance/family-days.csv")
    #expect(file.encoding == "Windows-1252")
    #expect(file.delimiter == "semicolon")
    #expect(file.rowsRead == 3)
    #expect(file.rowsRejected == 1)
    #expect(file.warnings == 1)
    let found = issues("attendance/family-days.csv").map {
      "\($0.line) \($0.severity.rawValue) \($0.column)"
    }
    #expect(found == ["3 warning headcount", "4 rejected headcount"])
    #expect(dataset.text.id(of: "Café") != nil)
  }

  @Test func attendanceRowsSessionsAndDuplicatesCollapse() throws {
    let table = dataset.attendance
    // Kept: lines 3, 4, 9, 11, 13 of the register and lines 2, 3 of the headcounts.
    #expect(table.count == 7)
    // 14/07 2pm (= 14:00) holds P001 and P002; 21/07, 28/07, 04/08; and the family day.
    #expect(table.sessionCount == 5)
    #expect(table.session[0] == table.session[1])
    #expect(Array(table.headcount.suffix(2)) == [25, 25])
    #expect(table.participant.suffix(2) == [-1, -1])
    // The duplicate said "no"; the person still attended. Line 13's `maybe` is no status,
    // so no attendance (DATA.md "Attendance status").
    #expect(
      table.status == [.attended, .attended, .attended, .attended, .unknown, .attended, .attended])
    // The line-9 row keeps the row with its setting read as other, its duration unknown.
    #expect(table.setting[2] == .other)
    #expect(table.durationHours[2].isNaN)
    #expect(table.durationHours[0] == 1.5)
    #expect(table.capacity[0] == 20)
    #expect(table.venue[3] >= 0 && dataset.text[table.venue[3]] == "Main\nHall")
    #expect(table.durationHours[5] == 2)
  }

  @Test func participantProfilesMergeAndWarn() throws {
    let file = try report("participants.csv")
    #expect(file.rowsRead == 6)
    #expect(file.duplicates == 2)
    #expect(file.rowsRejected == 1)
    #expect(file.warnings == 5)
    let found = issues("participants.csv").map { "\($0.line) \($0.severity.rawValue) \($0.column)" }
    #expect(
      found == [
        "4 duplicate participant_id", "5 warning ethnicity", "5 warning postcode",
        "5 warning imd_decile", "5 warning date_of_birth", "6 duplicate participant_id",
        "6 warning gender", "7 rejected participant_id",
      ])
    let people = dataset.participants
    let p1 = people.profiles[Int(try #require(people.ids.id(of: "P001")))]
    #expect(p1.gender == .woman)
    #expect(p1.dateOfBirth == Day(year: 2010, month: 5, day: 1))
    #expect(p1.ethnicity == .whiteBritish)
    #expect(p1.disability == .notDisabled)
    #expect(p1.postcode == "SW1A 1AA")
    #expect(p1.imdDecile == 3)
    let p2 = people.profiles[Int(try #require(people.ids.id(of: "P002")))]
    #expect(p2.gender == .woman)  // "girl" in the later row wins over "boy"
    #expect(p2.ethnicity == .indian)
    #expect(p2.ethnicGroup == .asian)
    #expect(p2.imdDecile == 2)  // from the lookup
    let p3 = people.profiles[Int(try #require(people.ids.id(of: "P003")))]
    #expect(p3.dateOfBirth == nil)  // 225 on 21/07/2025, so unknown
    #expect(p3.ethnicGroup == .other)
    #expect(p3.ethnicity == .anyOther)
    #expect(p3.imdDecile == nil)
    #expect(p3.disability == nil)
    let flag = try #require(people.extraFieldNames.firstIndex(of: "care_experienced"))
    #expect(dataset.text[people.extraValues[flag][Int(people.ids.id(of: "P001")!)]] == "Yes")
    #expect(dataset.text[people.extraValues[flag][Int(people.ids.id(of: "P002")!)]] == "No")
  }

  @Test func feedbackScoresDuplicatesAndPartialScales() throws {
    let file = try report("feedback-survey.csv")
    #expect(file.rowsRead == 6)
    #expect(file.duplicates == 1)
    #expect(file.rowsRejected == 1)
    #expect(file.warnings == 2)
    let found = issues("feedback-survey.csv").map {
      "\($0.line) \($0.severity.rawValue) \($0.column)"
    }
    #expect(
      found == [
        "4 duplicate response_id", "5 warning swemwbs_1", "6 warning swemwbs", "7 rejected date",
      ])
    let table = dataset.feedback
    #expect(table.count == 4)
    #expect(table.stage == [.pre, .post, .single, .post])
    #expect(table.swemwbsRaw == [21, 28, nil, nil])
    #expect(table.satisfaction == [nil, 5, 4, nil])
    #expect(table.consentToQuote == [false, true, false, false])
    #expect(table.participant[2] == -1)
    #expect(table.measuresPresent == [.swemwbs, .satisfaction])
  }

  @Test func fundingDuplicatesNegativesAndUndatedLines() throws {
    let file = try report("funding.csv")
    #expect(file.rowsRead == 5)
    #expect(file.duplicates == 1)
    #expect(file.rowsRejected == 2)
    #expect(file.warnings == 1)
    let found = issues("funding.csv").map { "\($0.line) \($0.severity.rawValue) \($0.column)" }
    #expect(
      found == [
        "3 duplicate reference", "4 rejected amount", "5 warning date", "6 rejected funder",
      ])
    #expect(dataset.funding.count == 2)
    #expect(dataset.funding[0].amount == 12000)
    #expect(dataset.funding[0].startDate == Day(year: 2025, month: 4, day: 1))
    #expect(dataset.funding[1].amount == 250)
    #expect(dataset.funding[1].type == .donation)
    #expect(dataset.funding[1].status == .received)
  }
}
