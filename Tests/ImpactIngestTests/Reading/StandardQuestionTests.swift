import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// DATA.md "Real exports": standard questions by their wording, and a survey never taken
/// for participant profiles.
@Suite struct StandardQuestionTests {
  static let wemwbs = [
    "I've been feeling optimistic about the future", "I've been feeling useful",
    "I've been feeling relaxed", "I've been feeling interested in other people",
    "I've had energy to spare", "I've been dealing with problems well",
    "I've been thinking clearly", "I've been feeling good about myself",
    "I've been feeling close to other people", "I've been feeling confident",
    "I've been able to make up my own mind about things", "I've been feeling loved",
    "I've been interested in new things", "I've been feeling cheerful",
  ]

  @Test func aFullWEMWBSAlsoGivesASWEMWBSScore() throws {
    let header = ["Date", "Participant ID"] + Self.wemwbs.enumerated().map { "Q\($0 + 1). \($1)" }
    let answers = [4, 3, 2, 5, 4, 3, 2, 1, 4, 5, 3, 2, 4, 5]
    let text =
      header.map { "\"\($0)\"" }.joined(separator: ",") + "\n2025-07-01,P1,"
      + answers.map(String.init).joined(separator: ",") + "\n2025-07-02,P2,"
      + answers.dropLast().map(String.init).joined(separator: ",") + ",\n"
    let dataset = try TemporaryFolder(["survey.csv": text]).read()
    // 4+3+2+5+4+3+2+1+4+5+3+2+4+5 = 47; items 1, 2, 3, 6, 7, 9, 11: 4+3+2+3+2+4+3 = 21.
    #expect(dataset.feedback.wemwbsRaw == [47, nil])
    #expect(dataset.feedback.swemwbsRaw == [21, nil])
    #expect(dataset.feedback.measuresPresent == [.wemwbs, .swemwbs])
    #expect(dataset.files[0].unknownColumns.isEmpty)
  }

  @Test func sevenStatementsAloneAreSWEMWBS() throws {
    let seven = [0, 1, 2, 5, 6, 8, 10].map { Self.wemwbs[$0] }
    let text =
      (["Timestamp"] + seven).joined(separator: ",") + "\n01/07/2025 10:00:00,5,4,4,3,3,2,2\n"
    let dataset = try TemporaryFolder(["form.csv": text]).read()
    #expect(dataset.feedback.swemwbsRaw == [23])
    #expect(dataset.feedback.wemwbsRaw == [nil])
  }

  @Test func aSurveyExportIsNeverReadAsParticipantProfiles() {
    #expect {
      try TemporaryFolder([
        "form.csv": "Timestamp,Participant ID,Favourite colour\n01/07/2025 10:00:00,P1,Blue\n"
      ]).read()
    } throws: { error in
      guard case .unknownKind(let path, _) = error as? IngestError else { return false }
      return path == "form.csv"
    }
  }

  @Test func aFileWhoseColumnsMostlyGoUnusedIsWarnedAbout() throws {
    let dataset = try TemporaryFolder([
      "people.csv": "Participant ID,Shoe size,Favourite colour,Pet\nP1,5,Blue,Cat\n"
    ]).read()
    #expect(dataset.files[0].kind == .participants)
    let issue = try #require(dataset.issues.first)
    #expect(issue.line == 1)
    #expect(
      issue.problem
        == "read as participants although most of its columns are not used: `Shoe size`, "
        + "`Favourite colour`, `Pet`; if it is another kind of file, rename its columns or add "
        + "aliases in impact.yml")
  }
}
