import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// DATA.md "Real exports": a per-event file takes its date, and its programme, from its name.
@Suite struct FileNameFactsTests {
  @Test func readsTheOneDateAndTheRestOfTheName() {
    let cases: [(String, String?, String?)] = [
      ("Youth Theatre 01 Jul 2025 - attendees.csv", "2025-07-01", "Youth Theatre"),
      ("Memory Cafe 2025-07-03 register.csv", "2025-07-03", "Memory Cafe"),
      ("Family_Saturdays_05-07-2025_Bookings.xlsx", "2025-07-05", "Family Saturdays"),
      ("14 July 2025.csv", "2025-07-14", nil),
      ("attendance-youth-theatre-2025-26.csv", nil, "attendance-youth-theatre-2025-26"),
      ("Drama 01 Jul 2025 and 08 Jul 2025.csv", nil, nil),
      ("Survey 2025.csv", nil, "Survey 2025"),
    ]
    for (name, day, programme) in cases {
      let facts = FileNameFacts(fileName: name, order: .dayFirst)
      #expect(facts.date?.description == day, "\(name)")
      #expect(facts.programme == programme, "\(name)")
    }
  }

  @Test func aPerEventAttendeeExportTakesItsDateAndProgrammeFromItsName() throws {
    let dataset = try TemporaryFolder([
      "Youth Theatre 01 Jul 2025 - attendees.csv":
        "First Name,Last Name,Email,Checked In\nAnn,Lee,ann@example.org,Yes\nBo,Ray,bo@example.org,No\n",
      "Youth Theatre 08 Jul 2025 - attendees.csv":
        "First Name,Last Name,Email,Checked In\nAnn,Lee,ann@example.org,Yes\nBo,Ray,bo@example.org,Yes\n",
    ]).read()
    #expect(ExportFigures(dataset) == ExportFigures(attendances: 3, people: 2, sessions: 2))
    #expect(
      dataset.attendance.day.map(\.description) == [
        "2025-07-01", "2025-07-01", "2025-07-08", "2025-07-08",
      ])
    #expect(Set(dataset.attendance.programme.map { dataset.text[$0] }) == ["Youth Theatre"])
    #expect(
      dataset.files.map(\.fromFileName) == Array(
        repeating: "the date 2025-07-01 and the programme `Youth Theatre` from the file name",
        count: 1) + ["the date 2025-07-08 and the programme `Youth Theatre` from the file name"])
    #expect(dataset.files.map(\.personKey) == ["email", "email"])
  }
}
