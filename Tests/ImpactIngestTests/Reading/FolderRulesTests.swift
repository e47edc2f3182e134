import Foundation
import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// One DATA.md rule per test, each on a folder written for it.
@Suite struct FolderRulesTests {
  @Test func discoveryReadsCsvTsvAndTxtAndSkipsHiddenAndExcludedPaths() throws {
    let folder = try TemporaryFolder([
      "a.csv": "participant_id\nP1\n",
      "b.tsv": "participant_id\tgender\nP2\tman\n",
      "c.txt": "participant_id;gender\nP3;woman\n",
      "notes.md": "not data",
      ".hidden.csv": "nonsense\n",
      ".git/x.csv": "nonsense\n",
      "reports/2025-26-Q2/indicators.csv": "nonsense\n",
    ])
    let dataset = try folder.read(options: .init(excluded: ["reports"]))
    #expect(dataset.files.map(\.path) == ["a.csv", "b.tsv", "c.txt"])
    #expect(dataset.files.map(\.delimiter) == ["comma", "tab", "semicolon"])
    #expect(dataset.participants.ids.strings == ["P1", "P2", "P3"])
  }

  @Test func theFirstFittingRuleDecidesAndAFileNameSettlesDoubt() throws {
    let folder = try TemporaryFolder([
      // funder and amount come first, whatever else the header holds.
      "x1.csv": "date,programme,participant_id,funder,amount\n2025-05-01,Art,P1,ACE,100\n",
      // A measure column makes feedback before the attendance rule is tried.
      "x2.csv": "date,programme,participant_id,satisfaction\n2025-05-01,Art,P1,5\n",
      // A comment column alone does not make feedback: this is a register.
      "x3.csv": "date,programme,participant_id,comment\n2025-05-01,Art,P1,hello\n",
      // A name starting with a kind settles it, although the measure column says feedback.
      "attendance-x4.csv": "date,programme,participant_id,satisfaction\n2025-05-02,Art,P1,5\n",
      // In a file named feedback…, a comment is enough.
      "feedback-x5.csv": "date,comment\n2025-05-01,Lovely\n",
    ])
    let dataset = try folder.read()
    #expect(
      dataset.files.map(\.path) == [
        "attendance-x4.csv", "feedback-x5.csv", "x1.csv", "x2.csv", "x3.csv",
      ])
    #expect(
      dataset.files.map(\.kind) == [.attendance, .feedback, .funding, .feedback, .attendance])
    #expect(dataset.files[0].unknownColumns == ["satisfaction"])
  }

  @Test func aFileNamedForAKindWithoutItsColumnsNamesTheFix() throws {
    let folder = try TemporaryFolder(["funding-2025.csv": "Funder,Total\n"])
    #expect(
      throws: IngestError.missingColumns(
        path: "funding-2025.csv", kind: .funding, header: ["Funder", "Total"])
    ) {
      try folder.read()
    }
  }

  @Test func sessionsAreOneByIdAcrossFilesOrByTheirCompositeKey() throws {
    let folder = try TemporaryFolder([
      "attendance-a.csv": """
      date,programme,participant_id,session_id,activity,venue,start_time
      2025-05-01,Youth Theatre,P1,S-9,,,
      2025-05-01,Youth  theatre,P2,,Warm-up, Main Hall ,2pm
      2025-05-01,youth theatre,P3,,warm-up,main hall,14:00
      2025-05-01,Youth Theatre,P4,,Warm-up,Main Hall,
      2025-05-01,Youth Theatre,P5,,Warm-up,Main Hall,3pm

      """,
      "attendance-b.csv": """
      date,programme,participant_id,session_id
      2025-06-01,Other,P6,S-9

      """,
    ])
    let table = try folder.read().attendance
    // S-9 (both files); P2 and P3 (case, spaces and 2pm = 14:00); P4 (blank time is its own
    // value); P5 (3pm). A row with a session_id is never the same as one without.
    #expect(table.session == [0, 1, 1, 2, 3, 0])
    #expect(table.sessionCount == 4)
  }

  @Test func deliveryDefaultsFromTheSetting() throws {
    let folder = try TemporaryFolder([
      "attendance.csv": """
      date,programme,participant_id,setting,delivery
      2025-05-01,Art,P1,online,
      2025-05-01,Art,P2,school,
      2025-05-01,Art,P3,online,hybrid
      2025-05-01,Art,P4,,

      """
    ])
    #expect(
      try Array(folder.read().attendance.delivery) == [.online, .inPerson, .hybrid, .inPerson])
  }

  @Test func flatExportsFeedTheProfileAndAgesAreCheckedAgainstFirstAttendance() throws {
    let folder = try TemporaryFolder([
      "attendance.csv": """
      date,programme,participant_id,gender,birth_year,age
      2025-05-01,Art,P1,woman,2015,
      2025-06-01,Art,P2,man,1890,
      2025-06-01,Art,P3,,,10

      """,
      "participants.csv": """
      participant_id,birth_year
      P4,1880

      """,
    ])
    let dataset = try folder.read()
    let people = dataset.participants
    #expect(people.profiles[0].gender == .woman)
    #expect(people.profiles[0].birthYear == 2015)
    // 2025 − 1890 = 135 on P2's first attended date: unknown, with a warning at its line.
    #expect(people.profiles[1].birthYear == nil)
    #expect(people.profiles[2].statedAge == 10)
    #expect(people.profiles[2].statedAgeDay == Day(year: 2025, month: 6, day: 1))
    // P4 never attended: checked on the latest date in the data (2025-06-01): 145.
    #expect(people.profiles[3].birthYear == nil)
    let warnings = dataset.issues.map { "\($0.file):\($0.line) \($0.column)" }
    #expect(warnings == ["attendance.csv:3 birth_year", "participants.csv:2 birth_year"])
  }
}

@Test func aBrokenLinkIsReportedNotPassedOver() throws {
  let folder = try TemporaryFolder(["participants.csv": "participant_id\nP1\n"])
  try FileManager.default.createSymbolicLink(
    atPath: folder.path + "/gone.csv", withDestinationPath: folder.path + "/nowhere.csv")
  let dataset = try folder.read(options: .init(keepGoing: true))
  #expect(dataset.skippedFiles.map(\.path) == ["gone.csv"])
  #expect(dataset.skippedFiles.first?.message.contains("cannot be read") == true)
}

@Test func onlyConfiguredExtraColumnsOfProfileFilesBecomePersonFields() throws {
  var configuration = ImpactConfiguration()
  configuration.priorityGroups = [
    PriorityGroupRule(id: "carers", label: "Carers", field: "carer", condition: .equals("yes"))
  ]
  let folder = try TemporaryFolder([
    "attendance.csv": "date,programme,participant_id,carer,notes\n2025-05-01,Art,P1,yes,hi\n",
    "feedback.csv": "date,participant_id,satisfaction,carer\n2025-05-02,P1,5,no\n",
    "funding.csv": "funder,amount,carer\nACE,100,no\n",
  ])
  let dataset = try folder.read(configuration)
  // The feedback and funding files' columns (and an unconfigured `notes`) make no field, and
  // their `carer` cells do not overwrite the register's.
  #expect(dataset.participants.extraFieldNames == ["carer"])
  #expect(dataset.text[dataset.participants.extraValues[0][0]] == "Yes")
}

@Test func aCollapsedDuplicateStillFillsBlankProfileValues() throws {
  let folder = try TemporaryFolder([
    "attendance.csv": """
    date,programme,participant_id,gender,postcode
    2025-05-01,Art,P1,woman,
    2025-05-01,Art,P1,,sw1a1aa

    """
  ])
  let dataset = try folder.read()
  #expect(dataset.attendance.count == 1)
  #expect(dataset.issues.map { "\($0.line) \($0.severity.rawValue)" } == ["3 duplicate"])
  #expect(dataset.participants.profiles[0].gender == .woman)
  #expect(dataset.participants.profiles[0].postcode == "SW1A 1AA")
}

@Test func aRowOfNonBreakingSpacesIsAnEmptyRowNotARejectedOne() throws {
  let folder = try TemporaryFolder([
    "attendance.csv": "date,programme,participant_id\n2025-05-01,Art,P1\n\u{A0},\u{A0},\u{A0}\n"
  ])
  let dataset = try folder.read()
  #expect(dataset.files[0].rowsRead == 1)
  #expect(dataset.issues.isEmpty)
}
