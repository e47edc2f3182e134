import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// DATA.md "Dates are read per column": each column's order is settled by its own values.
@Suite struct DateColumnTests {
  func days(_ dataset: Dataset) -> [String] { dataset.attendance.day.map(\.description) }

  @Test func monthFirstAndDayFirstFilesInOneFolderAreBothRead() throws {
    for order in [DateOrder.dayFirst, .monthFirst] {
      var configuration = ImpactConfiguration()
      configuration.dateOrder = order
      let dataset = try TemporaryFolder([
        "a-bookings.csv":
          "date,programme,participant_id\n07/03/2025,Drama,P1\n07/14/2025,Drama,P1\n",
        "b-register.csv":
          "date,programme,participant_id\n03/07/2025,Dance,P2\n14/07/2025,Dance,P2\n",
      ]).read(configuration)
      #expect(
        days(dataset) == ["2025-07-03", "2025-07-14", "2025-07-03", "2025-07-14"], "\(order)")
      #expect(dataset.issues.isEmpty)
    }
  }

  @Test func aColumnAmbiguousThroughoutFollowsDateOrder() throws {
    var configuration = ImpactConfiguration()
    let text = "date,programme,participant_id\n03/07/2025,Drama,P1\n04/07/2025,Drama,P1\n"
    #expect(
      days(try TemporaryFolder(["r.csv": text]).read(configuration)) == [
        "2025-07-03", "2025-07-04",
      ])
    configuration.dateOrder = .monthFirst
    #expect(
      days(try TemporaryFolder(["r.csv": text]).read(configuration)) == [
        "2025-03-07", "2025-04-07",
      ])
  }

  @Test func eachColumnOfAFileIsSettledOnItsOwn() throws {
    let dataset = try TemporaryFolder([
      "funding.csv":
        "funder,amount,start_date,end_date\nA,100,07/14/2025,01/02/2026\nB,200,08/01/2025,13/01/2026\n"
    ]).read()
    #expect(dataset.funding.map { $0.startDate!.description } == ["2025-07-14", "2025-08-01"])
    #expect(dataset.funding.map { $0.endDate!.description } == ["2026-02-01", "2026-01-13"])
  }

  @Test func aColumnHoldingBothOrdersIsAFileLevelProblemNamingALineOfEach() {
    #expect {
      try TemporaryFolder([
        "register.csv": "Date,Programme,Participant ID\n14/07/2025,Drama,P1\n01/02/2025,Drama,P2\n"
          + "07/15/2025,Drama,P3\n"
      ]).read()
    } throws: { error in
      guard let error = error as? IngestError,
        case .mixedDateOrder(let path, let column, let day, let month) = error
      else { return false }
      return path == "register.csv" && column == "Date" && day == 2 && month == 4
        && error.description.contains("both day first (line 2) and month first (line 4)")
    }
  }

  @Test func keepGoingSkipsTheFileAndKeepsTheOthers() throws {
    let dataset = try TemporaryFolder([
      "a.csv": "date,programme,participant_id\n2025-07-01,Drama,P1\n",
      "b.csv": "date,programme,participant_id\n14/07/2025,Drama,P1\n07/15/2025,Drama,P2\n",
    ]).read(options: .init(keepGoing: true))
    #expect(dataset.files.map(\.path) == ["a.csv"])
    #expect(dataset.skippedFiles.map(\.path) == ["b.csv"])
    #expect(days(dataset) == ["2025-07-01"])
  }

  @Test func dateTimesWithSecondsMeridiemsWeekdaysAndZonesKeepTheDateWritten() {
    let parser = DateParser()
    let cases: [(String, String)] = [
      ("2025-07-14T23:30:00-05:00", "2025-07-14"), ("2025-07-14T00:30:00+01:00", "2025-07-14"),
      ("2025-07-14 23:59:59 UTC", "2025-07-14"), ("2025-07-14T10:30:00.000Z", "2025-07-14"),
      ("14/07/2025 10:30:00 PM", "2025-07-14"), ("14/07/2025 11:05 pm GMT+1", "2025-07-14"),
      ("Mon Jul 14 2025 22:30:00 GMT+0100 (British Summer Time)", "2025-07-14"),
      ("Monday, 14 July 2025 10:30", "2025-07-14"),
      ("Mon, 14 Jul 2025 10:30:00 +0100", "2025-07-14"),
    ]
    for (text, day) in cases {
      #expect(parser.parse(text).value?.description == day, "\(text)")
    }
  }
}

extension DateColumnTests {
  @Test func aLaterDateAtOddsWithItsColumnIsRejectedSayingSo() throws {
    var text = "date,programme,participant_id\n14/07/2025,Drama,P1\n"
    for _ in 0..<DateOrderSurvey.recordLimit { text += "01/07/2025,Drama,P1\n" }
    text += "07/15/2025,Drama,P2\n"
    let dataset = try TemporaryFolder(["register.csv": text]).read()
    let issue = try #require(dataset.issues.first { $0.severity == .rejected })
    #expect(issue.line == DateOrderSurvey.recordLimit + 3)
    #expect(
      issue.problem
        == "`07/15/2025` is not a date read day first, as the other dates of its column are written"
    )
  }
}
