import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// DATA.md "Attendance status", rule by rule, on small registers: no reading ever turns an
/// unknown into an attendance.
@Suite struct AttendanceStatusFolderTests {
  let header = "date,programme,participant_id,status\n"

  @Test func withoutAStatusColumnEveryRowIsAttended() throws {
    let dataset = try TemporaryFolder([
      "register.csv": "date,programme,participant_id\n2025-07-01,Drama,P1\n2025-07-01,Drama,P2\n"
    ]).read()
    #expect(dataset.attendance.status == [.attended, .attended])
    #expect(dataset.issues.isEmpty)
  }

  @Test func blankCellsAreNotAttendancesAndAreCountedOnce() throws {
    let dataset = try TemporaryFolder([
      "register.csv": header
        + "2025-07-01,Drama,P1,present\n2025-07-01,Drama,P2,\n2025-07-01,Drama,P3, \n"
    ]).read()
    #expect(dataset.attendance.status == [.attended, .unknown, .unknown])
    #expect(dataset.issues.count == 1)
    let issue = try #require(dataset.issues.first)
    #expect(issue.line == 3)
    #expect(issue.column == "status")
    #expect(issue.severity == .warning)
    #expect(
      issue.problem
        == "2 rows with a blank status, not counted as attendances (the first at line 3)")
  }

  @Test func eachOtherWordIsOneWarningWithItsCountAndFirstLine() throws {
    let dataset = try TemporaryFolder([
      "register.csv": header
        + "2025-07-01,Drama,P1,Maybe\n2025-07-01,Drama,P2,came\n2025-07-08,Drama,P1,maybe\n"
        + "2025-07-08,Drama,P2,Maybe\n2025-07-08,Drama,P3,attended\n"
    ]).read()
    #expect(dataset.attendance.status == [.unknown, .unknown, .unknown, .unknown, .attended])
    #expect(dataset.issues.map(\.line) == [2, 3, 4])
    #expect(
      dataset.issues.map(\.problem) == [
        "`Maybe` is not an attendance status (attended, absent, cancelled, booked): 2 rows not "
          + "counted as attendances (the first at line 2)",
        "`came` is not an attendance status (attended, absent, cancelled, booked): 1 row not "
          + "counted as attendances (the first at line 3)",
        "`maybe` is not an attendance status (attended, absent, cancelled, booked): 1 row not "
          + "counted as attendances (the first at line 4)",
      ])
    #expect(dataset.issues.map(\.value) == ["Maybe", "came", "maybe"])
  }

  @Test func aQuestionMarkThatIsTheOnlyMarkReadsAsATick() throws {
    let dataset = try TemporaryFolder([
      "register.csv": header
        + "2025-07-01,Drama,P1,?\n2025-07-01,Drama,P2,\n2025-07-08,Drama,P1,?\n"
    ]).read()
    #expect(dataset.attendance.status == [.attended, .unknown, .attended])
    let question = dataset.issues.filter { $0.value == "?" }
    #expect(question.count == 1)
    #expect(question.first?.line == 2)
    #expect(question.first?.problem.contains("read as ✓") == true)
    #expect(question.first?.problem.contains("2 rows read as attended") == true)
  }

  @Test func aQuestionMarkBesideOtherMarksIsNoAttendance() throws {
    let dataset = try TemporaryFolder([
      "register.csv": header
        + "2025-07-01,Drama,P1,?\n2025-07-01,Drama,P2,✓\n2025-07-01,Drama,P3,x\n"
    ]).read()
    #expect(dataset.attendance.status == [.unknown, .attended, .absent])
    #expect(dataset.issues.map(\.value) == ["?"])
    #expect(dataset.issues.first?.problem.contains("not counted as attendances") == true)
  }

  @Test func aYesNoColumnThatNamesAttendanceIsTheStatus() throws {
    for name in ["Attended?", "Present", "Checked in", "Is Redeemed", "Here"] {
      let dataset = try TemporaryFolder([
        "register.csv": "Date,Programme,Participant ID,\(name)\n2025-07-01,Drama,P1,Yes\n"
          + "2025-07-01,Drama,P2,No\n"
      ]).read()
      #expect(dataset.attendance.status == [.attended, .absent], "\(name)")
      #expect(dataset.files[0].unknownColumns.isEmpty, "\(name)")
    }
  }

  @Test func ofTwoStatusColumnsTheOneOfStatusWordsIsRead() throws {
    let dataset = try TemporaryFolder([
      "register.csv": "Date,Programme,Participant ID,Status,Attended?\n"
        + "2025-07-01,Drama,P1,Paid,yes\n2025-07-01,Drama,P2,Paid,no\n"
    ]).read()
    #expect(dataset.attendance.status == [.attended, .absent])
    #expect(dataset.files[0].unknownColumns == ["Status"])
    let issue = try #require(dataset.issues.first)
    #expect(issue.line == 1)
    #expect(issue.value == "Status")
    #expect(
      issue.problem
        == "2 columns could be the attendance status: `Attended?` is read (its values are all "
        + "attendance status words), and `Status` is not used")
  }

  @Test func ofTwoStatusColumnsTheOneNamedInTheConfigWins() throws {
    var configuration = ImpactConfiguration()
    configuration.columnAliases[.attendance] = ["status": ["Booking status"]]
    let dataset = try TemporaryFolder([
      "register.csv": "Date,Programme,Participant ID,Booking status,Attended?\n"
        + "2025-07-01,Drama,P1,Booked,yes\n"
    ]).read(configuration)
    #expect(dataset.attendance.status == [.booked])
    #expect(dataset.files[0].unknownColumns == ["Attended?"])
    #expect(
      dataset.issues.map(\.problem) == [
        "2 columns could be the attendance status: `Booking status` is read (named in "
          + "impact.yml), and `Attended?` is not used"
      ])
  }

  @Test func aFundingStatusOutsideTheListIsNeverIncome() throws {
    let dataset = try TemporaryFolder([
      "funding.csv":
        "funder,amount,status\nA,100,Lost\nB,200,\nC,300,Maybe\nD,400,n/a\nE,500,paid\n"
    ]).read()
    #expect(dataset.funding.map(\.amount) == [100, 200, 500])
    #expect(dataset.funding.map(\.status) == [.declined, .awarded, .received])
    let status = dataset.issues.filter { $0.column == "status" }
    #expect(status.map(\.line) == [4, 5])
    #expect(status.allSatisfy { $0.problem.hasSuffix("it is kept out of every figure") })
  }
}
