import Foundation
import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// One folder per export family under `Fixtures/exports`, written by hand from the tool's
/// documented (or, where noted in layouts.txt, assumed) layout, read with no impact.yml; the
/// expected figures are worked out by hand from the rows.
@Suite struct ExportFamilyTests {
  @Test func eventbriteAttendeeReportCountsCheckInsOnly() throws {
    let dataset = try readExports("eventbrite-attendees")
    // Checked In: Ann on 1 July, Di and Ann on 8 July; Attending (booked), Not Attending and
    // Deleted (cancelled) are no attendance. People are their emails.
    #expect(ExportFigures(dataset) == ExportFigures(attendances: 3, people: 2, sessions: 2))
    #expect(dataset.files.map(\.layout) == ["Eventbrite attendee report"])
    #expect(dataset.files[0].kind == .attendance)
    #expect(dataset.files[0].personKey == "email")
    #expect(
      dataset.attendance.status == [
        .attended, .booked, .cancelled, .attended, .attended, .cancelled,
      ])
  }

  @Test func eventbriteOrderReportIsBookingsNotAttendance() throws {
    let dataset = try readExports("eventbrite-orders")
    #expect(ExportFigures(dataset) == ExportFigures())
    #expect(dataset.files.map(\.layout) == ["Eventbrite order report"])
    #expect(Array(dataset.attendance.headcount) == [2, 4])
    #expect(dataset.attendance.status == [.booked, .booked])
    #expect(
      dataset.issues.contains {
        $0.severity == .warning && $0.line == 1 && $0.problem.contains("bookings, not attendance")
      })
  }

  @Test func ticketTailorReadsTheCheckedInColumnNotTheTicketStatus() throws {
    let dataset = try readExports("ticket-tailor")
    // Checked in Yes: Hal and Jo on 3 July, Hal on 10 July; Ivy No; Kit blank.
    #expect(ExportFigures(dataset) == ExportFigures(attendances: 3, people: 2, sessions: 2))
    #expect(dataset.files.map(\.layout) == ["Ticket Tailor issued tickets"])
    let status = dataset.issues.filter { $0.column == "status" }
    #expect(status.map(\.line) == [1, 6])
    #expect(status[0].value == "Status")
    #expect(status[0].problem.contains("`Checked in` is read"))
    #expect(status[1].problem.contains("1 row with a blank status"))
    #expect(dataset.files[0].unknownColumns.contains("Status"))
  }

  @Test func googleFormsGridOfSWEMWBSStatementsMakesPairs() throws {
    let dataset = try readExports("google-forms")
    // a@ answers a first (17) and a last (27) session; b@ only a first, c@ only a last.
    #expect(ExportFigures(dataset) == ExportFigures(responses: 4, pairs: 1))
    #expect(dataset.files.map(\.layout) == ["Google Forms responses"])
    let table = dataset.feedback
    #expect(table.swemwbsRaw == [17, 27, 21, 35])
    #expect(table.stage == [.pre, .post, .pre, .post])
    #expect(table.recommend == [8, 9, 7, 10])
    #expect(
      table.day.map(\.description) == ["2025-07-01", "2025-07-29", "2025-07-01", "2025-07-29"])
    #expect(dataset.files[0].unknownColumns.isEmpty)
  }

  @Test func typeformQuestionsByTheirWording() throws {
    let dataset = try readExports("typeform")
    #expect(ExportFigures(dataset) == ExportFigures(responses: 3))
    #expect(dataset.files.map(\.layout) == ["Typeform responses"])
    let table = dataset.feedback
    #expect(table.recommend == [9, 10, 6])
    #expect(table.stage == [.pre, .post, .post])
    #expect(table.loneliness == [.someOfTheTime, .hardlyEver, .oftenAlways])
    #expect(table.day.map(\.description) == ["2025-07-14", "2025-09-01", "2025-09-01"])
    #expect(dataset.files[0].unknownColumns == ["Start Date (UTC)", "Network ID"])
  }

  @Test func jotFormSubmissionsCollapseARepeatedSubmission() throws {
    let dataset = try readExports("jotform")
    #expect(ExportFigures(dataset) == ExportFigures(responses: 2))
    #expect(dataset.files.map(\.layout) == ["JotForm submissions"])
    #expect(dataset.feedback.satisfaction == [5, 4])
    #expect(dataset.files[0].duplicates == 1)
    #expect(dataset.feedback.consentToQuote == [true, false])
  }

  @Test func aFirstAndALastNameInTwoColumnsAreThePersonsFullName() throws {
    let dataset = try readExports("salesforce-report")
    // No id and no email: Ann Lee (14 and 21 July), Ann Khan (14 July) and Bo Lee (21 July;
    // absent on 14 July) are three people, though two share a first name and two a last name.
    #expect(ExportFigures(dataset) == ExportFigures(attendances: 4, people: 3, sessions: 2))
    #expect(dataset.files[0].personKey == "full name")
    #expect(dataset.files[0].unknownColumns.isEmpty)
    #expect(
      dataset.files[0].columnsRead.filter { $0.column == "participant_id" }.map(\.header) == [
        "First Name", "Last Name",
      ])
    #expect(dataset.participants.count == 3)
  }

  @Test func aFirstOrLastNameAloneStandsForThePersonWhenTheOtherIsBlank() throws {
    let dataset = try TemporaryFolder([
      "attendance.csv": "Forename,Surname,Programme,Date\nAnn,,Art Club,14/07/2025\n"
        + ",Lee,Art Club,14/07/2025\nAnn,Lee,Art Club,14/07/2025\n,,Art Club,14/07/2025\n"
    ]).read()
    // `Ann`, `Lee` and `Ann Lee` are three people; the row with neither names no one.
    #expect(dataset.participants.count == 3)
    #expect(dataset.files[0].personKey == "full name")
  }

  @Test func salesforceServiceDeliveriesNeverCountAnAbsence() throws {
    let dataset = try readExports("salesforce-pmm")
    // Present: Pat on 14 July, Pat and Rae on 21 July; unexcused and excused absences and
    // the blank status are no attendance.
    #expect(ExportFigures(dataset) == ExportFigures(attendances: 3, people: 2, sessions: 2))
    #expect(dataset.files.map(\.layout) == ["Salesforce Program Management service deliveries"])
    #expect(
      dataset.attendance.status == [.attended, .absent, .absent, .attended, .attended, .unknown])
    let blank = dataset.issues.filter { $0.column == "status" }
    #expect(blank.map(\.line) == [7])
    // The report's footer is listed once, neither read nor rejected.
    #expect(dataset.files[0].rowsRead == 6)
    #expect(dataset.files[0].rowsRejected == 0)
    #expect(
      dataset.notes.map(\.message) == [
        "service-deliveries.csv: 5 lines after the data are a report footer (`Grand Totals (6 "
          + "records)` …), not data: neither read nor rejected"
      ])
  }

  @Test func threeSixtyGivingGrantsAreIncome() throws {
    let dataset = try readExports("360giving")
    #expect(ExportFigures(dataset) == ExportFigures(income: 37_500.50))
    #expect(dataset.files.map(\.layout) == ["360Giving grants"])
    let lines = dataset.funding
    #expect(lines.map { dataset.text[$0.funder] } == ["Riverside Trust", "County Foundation"])
    #expect(lines.map { dataset.text[$0.reference] } == ["360G-rt-0001", "360G-cf-0042"])
    #expect(lines.map { $0.date?.description } == ["2025-05-12", "2025-03-03"])
    #expect(lines.map { $0.startDate?.description } == ["2025-06-01", "2025-04-01"])
    #expect(lines.map { $0.endDate?.description } == ["2026-05-31", "2026-03-31"])
  }

  @Test func aPipelineCountsOnlyWonMoneyAndLeavesOutAnUnknownStage() throws {
    let dataset = try readExports("pipeline")
    // Awarded 5,000 and Received 10,000; Submitted is pending, Lost declined, Prospect no
    // status at all (kept out, with a warning).
    #expect(ExportFigures(dataset) == ExportFigures(income: 15_000))
    #expect(dataset.files.map(\.layout) == ["fundraising pipeline"])
    #expect(dataset.funding.map(\.status) == [.awarded, .pending, .declined, .received])
    let warning = try #require(dataset.issues.first { $0.column == "status" })
    #expect(warning.line == 5)
    #expect(warning.value == "Prospect")
    #expect(warning.problem.contains("not income"))
  }

  @Test func aRegisterGridIsOneAttendancePerMarkedCell() throws {
    let dataset = try readExports("register-grid")
    // Ann ✓ 1 and 8 July; Bo / on 1 July, x (absent) on 8 July, L (late) on 15 July; Cy ✓ 8
    // and 15 July. Blank cells are no row; the Total row and column are passed over.
    #expect(ExportFigures(dataset) == ExportFigures(attendances: 6, people: 3, sessions: 3))
    #expect(dataset.files.map(\.layout) == ["register grid"])
    #expect(dataset.files[0].headerLine == 2)
    let table = dataset.attendance
    #expect(
      table.day.map(\.description) == [
        "2025-07-01", "2025-07-08", "2025-07-01", "2025-07-08", "2025-07-15", "2025-07-08",
        "2025-07-15",
      ])
    #expect(
      table.status == [.attended, .attended, .attended, .absent, .attended, .attended, .attended])
    #expect(Set(table.programme.map { dataset.text[$0] }) == ["Riverside Choir"])
    #expect(dataset.files[0].unknownColumns == ["Name", "Total"])
    #expect(dataset.issues.isEmpty)
  }

  @Test func aMixedFolderOfSeveralFamiliesAddsUp() throws {
    var files: [String: String] = [:]
    for (family, name) in [
      ("eventbrite-attendees", "youth-theatre-attendees.csv"),
      ("salesforce-pmm", "service-deliveries.csv"), ("google-forms", "wellbeing-form.csv"),
      ("pipeline", "fundraising-pipeline.csv"), ("360giving", "grants.csv"),
    ] {
      let url = Bundle.module.url(
        forResource: "Fixtures/exports/\(family)/\(name)", withExtension: nil)!
      files["\(family)/\(name)"] = try String(contentsOf: url, encoding: .utf8)
    }
    let dataset = try TemporaryFolder(files).read()
    #expect(
      ExportFigures(dataset)
        == ExportFigures(
          attendances: 6, people: 4, sessions: 4, responses: 4, pairs: 1, income: 52_500.50))
    #expect(dataset.files.count == 5)
  }

  @Test func withoutAnIdThePersonIsTheirEmailElseTheirFullName() throws {
    let dataset = try TemporaryFolder([
      "a.csv": "Date,Programme,Name,Email\n2025-07-01,Drama,Ann Lee,ann@example.org\n",
      "b.csv": "Date,Programme,Full name\n2025-07-01,Dance,Ann Lee\n2025-07-08,Dance,Ann Lee\n",
      "c.csv": "Date,Programme,Participant ID,Email\n2025-07-01,Song,P1,ann@example.org\n",
    ]).read()
    #expect(dataset.files.map(\.personKey) == ["email", "full name", nil])
    #expect(dataset.participants.ids.strings == ["ann@example.org", "Ann Lee", "P1"])
    #expect(ExportFigures(dataset) == ExportFigures(attendances: 4, people: 3, sessions: 4))
  }

  @Test func aUsersAliasBeatsABuiltInAliasOfAnotherCell() throws {
    var configuration = ImpactConfiguration()
    configuration.columnAliases[.attendance] = ["participant_id": ["Ticket holder ref"]]
    let dataset = try TemporaryFolder([
      "register.csv": "ID,Ticket holder ref,Date,Programme\nX1,P1,2025-07-01,Drama\n"
    ]).read(configuration)
    #expect(dataset.participants.ids.strings == ["P1"])
    #expect(dataset.files[0].unknownColumns == ["ID"])
  }
}

/// The families whose exports write dates month first, read with no impact.yml (DATA.md
/// "Dates are read per column").
@Suite struct MonthFirstExportTests {
  @Test func microsoftFormsONS4QuestionsAndMonthFirstTimes() throws {
    let dataset = try readExports("microsoft-forms")
    #expect(ExportFigures(dataset) == ExportFigures(responses: 3))
    #expect(dataset.files.map(\.layout) == ["Microsoft Forms responses"])
    let table = dataset.feedback
    // `7/14/2025` settles the column month first, so `8/1/2025` is 1 August.
    #expect(table.day.map(\.description) == ["2025-07-14", "2025-07-14", "2025-08-01"])
    #expect(table.onsLifeSatisfaction == [7, 5, 9])
    #expect(table.onsWorthwhile == [8, 6, 9])
    #expect(table.onsHappy == [6, 5, 8])
    #expect(table.onsAnxious == [3, 6, 2])
    // The form's ID numbers responses; the person is their email.
    #expect(
      dataset.participants.ids.strings == ["ann@example.org", "bo@example.org", "cy@example.org"])
    #expect(dataset.files[0].unknownColumns == ["Start time", "Name"])
  }

  @Test func surveyMonkeyTwoHeaderRowsOfStatements() throws {
    let dataset = try readExports("surveymonkey")
    // Ann: first session 16, last 27; Bo: first session only.
    #expect(ExportFigures(dataset) == ExportFigures(responses: 3, pairs: 1))
    #expect(dataset.files.map(\.layout) == ["SurveyMonkey responses"])
    let table = dataset.feedback
    #expect(table.swemwbsRaw == [16, 27, 21])
    #expect(table.stage == [.pre, .post, .pre])
    #expect(table.recommend == [7, 9, 8])
    #expect(table.day.map(\.description) == ["2025-07-01", "2025-07-29", "2025-07-01"])
    #expect(dataset.files[0].unknownColumns == ["Collector ID", "Start Date"])
  }
}
