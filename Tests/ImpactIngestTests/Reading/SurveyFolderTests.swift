import ImpactModel
import Testing

@testable import ImpactIngest

/// A SurveyMonkey export (two header rows, config aliases for its own column names) beside a
/// file of no recognisable kind.
@Suite struct SurveyFolderTests {
  var configuration: ImpactConfiguration {
    var configuration = ImpactConfiguration()
    configuration.columnAliases[.feedback] = [
      "participant_id": ["Custom Data 1"], "comment": ["Anything else?"],
    ]
    return configuration
  }

  @Test func aFileOfNoKindStopsTheRunNamingTheFileAndTheFix() {
    #expect {
      try DataFolderReader(configuration: configuration).read(folder: fixtureFolder("survey"))
    } throws: { error in
      guard let error = error as? IngestError,
        case .unknownKind(let path, let header) = error
      else { return false }
      return path == "notes.csv" && header == ["Name", "Age"]
        && error.description.contains("For attendance it needs")
    }
  }

  @Test func keepGoingSkipsItAndListsIt() throws {
    let dataset = try DataFolderReader(
      configuration: configuration, options: .init(keepGoing: true)
    ).read(folder: fixtureFolder("survey"))
    #expect(dataset.skippedFiles.map(\.path) == ["notes.csv"])
    #expect(dataset.files.map(\.path) == ["survey-export.csv"])
  }

  @Test func twoHeaderRowsAreMergedAndAliasesApply() throws {
    let dataset = try DataFolderReader(
      configuration: configuration, options: .init(keepGoing: true)
    ).read(folder: fixtureFolder("survey"))
    let file = try #require(dataset.files.first)
    #expect(file.kind == .feedback)
    #expect(file.headerLine == 1)
    #expect(file.unknownColumns == ["Collector ID", "Start Date"])
    // Lines 3–5 are data; line 4 has no End Date.
    #expect(file.rowsRead == 3)
    #expect(file.rowsRejected == 1)
    #expect(dataset.issues.map { "\($0.line) \($0.column)" } == ["4 date"])
    let table = dataset.feedback
    #expect(table.day == [Day(year: 2025, month: 9, day: 1)!, Day(year: 2025, month: 9, day: 3)!])
    #expect(table.satisfaction == [5, 4])
    #expect(table.recommend == [9, 10])
    #expect(dataset.text[table.comment[0]] == "Great, thanks")
    #expect(table.comment[1] == -1)
    #expect(dataset.participants.ids.strings == ["P9", "P7"])
    #expect(table.measuresPresent == [.satisfaction, .recommend])
  }
}
